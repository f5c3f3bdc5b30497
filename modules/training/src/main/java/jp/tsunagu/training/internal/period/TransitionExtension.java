package jp.tsunagu.training.internal.period;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A request to extend the usage period, and the municipality's decision on it (once decided, final). */
@Entity
@Table(name = "transition_extension")
class TransitionExtension extends TenantOwnedEntity {
    enum Status { REQUESTED, GRANTED, REFUSED }

    private UUID officeId;
    private UUID personId;
    private LocalDate requestedOn;
    private int months;
    private String reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate decidedOn;
    private Integer grantedMonths;
    private String decisionNote;

    protected TransitionExtension() {
    }

    TransitionExtension(OfficeId office, PersonId person, LocalDate requestedOn, int months, String reason, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.requestedOn = requestedOn;
        this.months = months;
        this.reason = reason.strip();
        this.status = Status.REQUESTED;
    }

    /** The municipality's decision: granted for {@code granted} months (at most those requested), or refused. */
    void decide(boolean granted, Integer grantedMonths, LocalDate on, String note) {
        if (status != Status.REQUESTED) {
            throw new Problem.Invalid("extensionId", "training.extension.decided");
        }
        if (on.isBefore(requestedOn)) {
            throw new Problem.Invalid("decidedOn", "training.extension.decidedBeforeRequest", on, requestedOn);
        }
        if (granted && (grantedMonths == null || grantedMonths < 1 || grantedMonths > months)) {
            throw new Problem.Invalid("grantedMonths", "training.extension.grantedMonths", months);
        }
        this.status = granted ? Status.GRANTED : Status.REFUSED;
        this.grantedMonths = granted ? grantedMonths : null;
        this.decidedOn = on;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    LocalDate requestedOn() {
        return requestedOn;
    }

    int months() {
        return months;
    }

    String reason() {
        return reason;
    }

    Status status() {
        return status;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    Integer grantedMonths() {
        return grantedMonths;
    }

    String decisionNote() {
        return decisionNote;
    }
}
