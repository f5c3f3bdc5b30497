package jp.tsunagu.training.internal.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A hire (就職) of a 就労移行支援 user: company, hire date, hours a week, wage and its kind, job, disclosure of the
 * disability; the end (the last day employed) and its reason once the person left. The 6-month day is the same
 * calendar day 6 months after hire; the person is still employed on a day unless the end comes before it.
 */
@Entity
@Table(name = "placement")
class Placement extends TenantOwnedEntity {
    enum WageKind { HOURLY, DAILY, MONTHLY }

    enum Disclosure { OPEN, CLOSED }

    private UUID officeId;
    private UUID personId;
    private String companyName;
    private String companyContact;
    private LocalDate hireDate;
    private BigDecimal hoursPerWeek;
    @Enumerated(EnumType.STRING)
    private WageKind wageKind;
    private long wageYen;
    private String job;
    @Enumerated(EnumType.STRING)
    private Disclosure disclosure;
    private LocalDate endedOn;
    private String endReason;
    private LocalDate retentionReachedOn;

    protected Placement() {
    }

    Placement(OfficeId office, PersonId person, String companyName, String companyContact, LocalDate hireDate, BigDecimal hoursPerWeek,
              WageKind wageKind, Yen wage, String job, Disclosure disclosure, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.companyName = companyName.strip();
        this.companyContact = companyContact == null || companyContact.isBlank() ? null : companyContact.strip();
        this.hireDate = hireDate;
        this.hoursPerWeek = hoursPerWeek;
        this.wageKind = wageKind;
        this.wageYen = wage.value();
        this.job = job.strip();
        this.disclosure = disclosure;
    }

    /** The person left: {@code on} is the last day employed, never before the hire nor before a contact recorded. */
    void end(LocalDate on, String reason, LocalDate lastContact) {
        if (endedOn != null) {
            throw new Problem.Invalid("endedOn", "training.placement.ended", endedOn);
        }
        if (on.isBefore(hireDate)) {
            throw new Problem.Invalid("endedOn", "training.placement.endBeforeHire", on, hireDate);
        }
        if (lastContact != null && on.isBefore(lastContact)) {
            throw new Problem.Invalid("endedOn", "training.placement.endBeforeContact", on, lastContact);
        }
        this.endedOn = on;
        this.endReason = reason.strip();
    }

    /** The 6-month day: the same calendar day 6 months after hire (2024-11-01 → 2025-05-01; 08-31 → 02-28 or 29). */
    LocalDate sixMonthDay() {
        return hireDate.plusMonths(6);
    }

    /** Whether the person is still employed on {@code day} (from the hire to the end, both included). */
    boolean employedOn(LocalDate day) {
        return !day.isBefore(hireDate) && (endedOn == null || !endedOn.isBefore(day));
    }

    /** Whether the 6-month day has come by {@code today} with the person still employed on it. */
    boolean retainedBy(LocalDate today) {
        return !today.isBefore(sixMonthDay()) && employedOn(sixMonthDay());
    }

    void markReached() {
        this.retentionReachedOn = sixMonthDay();
    }

    OfficeId officeId() {
        return new OfficeId(officeId);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    String companyName() {
        return companyName;
    }

    String companyContact() {
        return companyContact;
    }

    LocalDate hireDate() {
        return hireDate;
    }

    BigDecimal hoursPerWeek() {
        return hoursPerWeek;
    }

    WageKind wageKind() {
        return wageKind;
    }

    Yen wage() {
        return Yen.of(wageYen);
    }

    String job() {
        return job;
    }

    Disclosure disclosure() {
        return disclosure;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    String endReason() {
        return endReason;
    }

    LocalDate retentionReachedOn() {
        return retentionReachedOn;
    }
}
