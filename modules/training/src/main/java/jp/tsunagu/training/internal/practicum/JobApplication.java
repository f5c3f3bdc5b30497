package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A job application (応募): a company of the directory or a name, the day, the job; the status reached and its day,
 * the outcome. APPLIED leads to INTERVIEW (again and again), OFFER, REJECTED or WITHDRAWN; an OFFER may still be
 * WITHDRAWN (declined); REJECTED and WITHDRAWN are final.
 */
@Entity
@Table(name = "job_application")
class JobApplication extends TenantOwnedEntity {
    enum Status {
        APPLIED, INTERVIEW, OFFER, REJECTED, WITHDRAWN;

        Set<Status> next() {
            return switch (this) {
                case APPLIED, INTERVIEW -> Set.of(INTERVIEW, OFFER, REJECTED, WITHDRAWN);
                case OFFER -> Set.of(WITHDRAWN);
                case REJECTED, WITHDRAWN -> Set.of();
            };
        }
    }

    private UUID officeId;
    private UUID personId;
    private UUID companyId;
    private String companyName;
    private LocalDate appliedOn;
    private String job;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate statusOn;
    private String outcome;

    protected JobApplication() {
    }

    JobApplication(OfficeId office, PersonId person, UUID companyId, String companyName, LocalDate appliedOn, String job, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.companyId = companyId;
        this.companyName = companyId == null ? companyName.strip() : null;
        this.appliedOn = appliedOn;
        this.job = job.strip();
        this.status = Status.APPLIED;
        this.statusOn = appliedOn;
    }

    /** Moves to {@code next} on {@code on}: refused naming {@code status} when not allowed, naming {@code date} before the last step. */
    void move(Status next, LocalDate on, String outcome) {
        if (!status.next().contains(next)) {
            throw new Problem.Invalid("status", "training.application.step", status, next);
        }
        if (on.isBefore(statusOn)) {
            throw new Problem.Invalid("date", "training.application.stepBefore", on, statusOn);
        }
        this.status = next;
        this.statusOn = on;
        if (outcome != null && !outcome.isBlank()) {
            this.outcome = outcome.strip();
        }
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

    String companyName() {
        return companyName;
    }

    LocalDate appliedOn() {
        return appliedOn;
    }

    String job() {
        return job;
    }

    Status status() {
        return status;
    }

    LocalDate statusOn() {
        return statusOn;
    }

    String outcome() {
        return outcome;
    }
}
