package jp.tsunagu.training.internal.retention;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * 就労定着支援 for a person employed by a company: the employer, the hire date, the support's first and last day, the
 * person's consent to the employer receiving the monthly report, and the day it ended early because the person left
 * the job (with the reason).
 */
@Entity
@Table(name = "retention_support")
class RetentionSupport extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private String employer;
    private LocalDate hireDate;
    private LocalDate supportFrom;
    private LocalDate supportTo;
    private boolean consentEmployer;
    private LocalDate endedOn;
    private String endReason;

    protected RetentionSupport() {
    }

    RetentionSupport(OfficeId office, PersonId person, String employer, LocalDate hireDate, LocalDate supportFrom, LocalDate supportTo,
                     boolean consentEmployer, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.employer = employer.strip();
        this.hireDate = hireDate;
        this.supportFrom = supportFrom;
        this.supportTo = supportTo;
        this.consentEmployer = consentEmployer;
    }

    /** Records (or corrects) the day the support ended because the person left the job: within the support. */
    void end(LocalDate on, String reason) {
        if (on.isBefore(supportFrom) || on.isAfter(supportTo)) {
            throw new Problem.Invalid("endedOn", "training.retention.endOutside", on, supportFrom, supportTo);
        }
        this.endedOn = on;
        this.endReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** The last day of support: the day it ended, or its planned last day. */
    LocalDate lastDay() {
        return endedOn != null ? endedOn : supportTo;
    }

    /** Whether the support runs on {@code day}. */
    boolean runsOn(LocalDate day) {
        return !day.isBefore(supportFrom) && !day.isAfter(lastDay());
    }

    /**
     * Whether the person still worked after {@code day} (the end of a fiscal year): not left the job on or before it.
     * A person whose job ended on the very day is not counted: the rate asks whether employment continues past the year's
     * end, and a departure on 31 March does not.
     */
    boolean employedAfter(LocalDate day) {
        return endedOn == null || endedOn.isAfter(day);
    }

    OfficeId officeId() {
        return new OfficeId(officeId);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    String employer() {
        return employer;
    }

    LocalDate hireDate() {
        return hireDate;
    }

    LocalDate supportFrom() {
        return supportFrom;
    }

    LocalDate supportTo() {
        return supportTo;
    }

    boolean consentEmployer() {
        return consentEmployer;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    String endReason() {
        return endReason;
    }
}
