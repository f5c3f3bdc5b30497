package jp.tsunagu.planning.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a 個別支援計画 and its place in the cycle. The cycle's order is enforced here: consent needs a
 * recorded meeting, delivery needs consent (409 otherwise, PLN-4); an agreed or delivered version never changes
 * (409, PLN-3): "revise" opens the next version instead. Dates out of order are bad input (400).
 */
@Entity
@Table(name = "support_plan_version")
public class SupportPlanVersion extends TenantOwnedEntity {
    private UUID planId;
    private int number;

    @Enumerated(EnumType.STRING)
    private PlanState state;

    @JdbcTypeCode(SqlTypes.JSON)
    private PlanContent content;

    @JdbcTypeCode(SqlTypes.JSON)
    private PlanMeeting meeting;

    @JdbcTypeCode(SqlTypes.JSON)
    private PlanConsent consent;

    private LocalDate deliveredOn;
    private LocalDate specialistCopyOn;
    private Instant updatedAt;
    private String updatedBy;

    protected SupportPlanVersion() {
    }

    public SupportPlanVersion(UUID planId, int number, PlanContent content, String by, Instant at) {
        super(by, at);
        this.planId = planId;
        this.number = number;
        this.state = PlanState.DRAFT;
        this.content = content;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Changes the content of a draft (or reviewed) version; an agreed one is refused (PLN-3). */
    public void edit(PlanContent newContent, String by, Instant at) {
        requireOpen();
        this.content = newContent;
        touch(by, at);
    }

    public void recordMeeting(PlanMeeting m, String by, Instant at) {
        requireOpen();
        this.meeting = m;
        this.state = PlanState.REVIEWED;
        touch(by, at);
    }

    public void recordConsent(PlanConsent c, String by, Instant at) {
        if (state.locked()) {
            throw new Problem.Conflict("planning.plan.locked", number, state);
        }
        if (meeting == null) {
            throw new Problem.Conflict("planning.plan.meetingFirst");
        }
        if (c.agreedOn().isBefore(meeting.heldOn())) {
            throw new Problem.Invalid("agreedOn", "planning.plan.consentBeforeMeeting", meeting.heldOn());
        }
        if (c.method() == PlanConsent.Method.ELECTRONIC && !c.electronicMethodAgreed()) {
            throw new Problem.Invalid("method", "planning.plan.electronicNotAgreed");
        }
        this.consent = c;
        this.state = PlanState.AGREED;
        touch(by, at);
    }

    public void deliver(LocalDate on, LocalDate specialistCopy, String by, Instant at) {
        if (state != PlanState.AGREED) {
            throw state.locked() ? new Problem.Conflict("planning.plan.locked", number, state)
                    : new Problem.Conflict("planning.plan.consentFirst");
        }
        if (on.isBefore(consent.agreedOn())) {
            throw new Problem.Invalid("deliveredOn", "planning.plan.deliveryBeforeConsent", consent.agreedOn());
        }
        if (specialistCopy != null && specialistCopy.isBefore(consent.agreedOn())) {
            throw new Problem.Invalid("specialistCopyOn", "planning.plan.deliveryBeforeConsent", consent.agreedOn());
        }
        this.deliveredOn = on;
        this.specialistCopyOn = specialistCopy;
        this.state = PlanState.DELIVERED;
        touch(by, at);
    }

    /** A newer version was delivered: this one is history. */
    public void supersede(String by, Instant at) {
        if (state == PlanState.AGREED || state == PlanState.DELIVERED) {
            state = PlanState.SUPERSEDED;
            touch(by, at);
        }
    }

    /** The person's service ended: the plan ends with it (superseded versions stay as they are). */
    public void end(String by, Instant at) {
        if (state != PlanState.SUPERSEDED && state != PlanState.ENDED) {
            state = PlanState.ENDED;
            touch(by, at);
        }
    }

    private void requireOpen() {
        if (state.locked()) {
            throw new Problem.Conflict("planning.plan.locked", number, state);
        }
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public UUID planId() {
        return planId;
    }

    public int number() {
        return number;
    }

    public PlanState state() {
        return state;
    }

    public PlanContent content() {
        return content;
    }

    public PlanMeeting meeting() {
        return meeting;
    }

    public PlanConsent consent() {
        return consent;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public LocalDate specialistCopyOn() {
        return specialistCopyOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
