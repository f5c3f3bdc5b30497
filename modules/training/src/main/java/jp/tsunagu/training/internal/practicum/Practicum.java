package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A workplace practicum (職場実習) at a company of the directory: from and to (both included), the tasks. */
@Entity
@Table(name = "practicum")
class Practicum extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private UUID companyId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String tasks;

    protected Practicum() {
    }

    Practicum(OfficeId office, PersonId person, UUID companyId, LocalDate from, LocalDate to, String tasks, String by, Instant at) {
        super(by, at);
        if (to.isBefore(from)) {
            throw new Problem.Invalid("toDate", "training.practicum.toBeforeFrom", to, from);
        }
        this.officeId = office.value();
        this.personId = person.value();
        this.companyId = companyId;
        this.fromDate = from;
        this.toDate = to;
        this.tasks = tasks.strip();
    }

    /** Whether {@code day} lies in the practicum (both ends included). */
    boolean covers(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
    }

    OfficeId officeId() {
        return new OfficeId(officeId);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    UUID companyId() {
        return companyId;
    }

    LocalDate from() {
        return fromDate;
    }

    LocalDate to() {
        return toDate;
    }

    String tasks() {
        return tasks;
    }
}
