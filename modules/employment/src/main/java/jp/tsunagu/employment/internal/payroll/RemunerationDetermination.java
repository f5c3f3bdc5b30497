package jp.tsunagu.employment.internal.payroll;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A determined monthly remuneration (定時決定 ANNUAL, 随時改定 REVISION) in force from its month, with the months it averaged. */
@Entity
@Table(name = "remuneration_determination")
class RemunerationDetermination extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private String kind;
    private LocalDate effectiveMonth;
    private long remuneration;
    private String basis;

    protected RemunerationDetermination() {
    }

    RemunerationDetermination(OfficeId office, PersonId person, String kind, YearMonth effective, Yen remuneration, String basis, String by,
                              Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.kind = kind;
        this.effectiveMonth = effective.atDay(1);
        this.remuneration = remuneration.value();
        this.basis = basis;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    YearMonth effectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    Yen remuneration() {
        return Yen.of(remuneration);
    }

    String basis() {
        return basis;
    }
}
