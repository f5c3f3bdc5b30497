package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** Job development (職場開拓) with a company of the directory: the day, the staff member, what was discussed, the outcome. */
@Entity
@Table(name = "job_development")
class JobDevelopment extends TenantOwnedEntity {
    private UUID officeId;
    private UUID companyId;
    private LocalDate visitedOn;
    private String staff;
    private String discussed;
    private String outcome;

    protected JobDevelopment() {
    }

    JobDevelopment(OfficeId office, UUID companyId, LocalDate on, String staff, String discussed, String outcome, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.companyId = companyId;
        this.visitedOn = on;
        this.staff = staff.strip();
        this.discussed = discussed.strip();
        this.outcome = Texts.orNull(outcome);
    }

    UUID companyId() {
        return companyId;
    }

    LocalDate on() {
        return visitedOn;
    }

    String staff() {
        return staff;
    }

    String discussed() {
        return discussed;
    }

    String outcome() {
        return outcome;
    }
}
