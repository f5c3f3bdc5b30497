package jp.tsunagu.training.internal.selection;

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

/**
 * A 就労選択支援 assessment of a person at an office: its period (checked against the rule by the service), the
 * strengths and the conditions that help, the case meeting, and the completion. Once completed it is final: every
 * change is refused naming {@code assessmentId}.
 */
@Entity
@Table(name = "selection_assessment")
class SelectionAssessment extends TenantOwnedEntity {
    enum Status { OPEN, COMPLETED }

    private UUID officeId;
    private UUID personId;
    private LocalDate startedOn;
    private LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String strengths;
    private String helpfulConditions;
    private LocalDate meetingOn;
    private String meetingParticipants;
    private String meetingSummary;
    private LocalDate completedOn;
    private LocalDate handedOverOn;
    private String resultSummary;
    private Boolean shareWithConsultation;

    protected SelectionAssessment() {
    }

    SelectionAssessment(OfficeId office, PersonId person, LocalDate startedOn, LocalDate periodEnd, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.startedOn = startedOn;
        this.periodEnd = periodEnd;
        this.status = Status.OPEN;
    }

    /** Refuses any change once completed. */
    void requireOpen() {
        if (status != Status.OPEN) {
            throw new Problem.Invalid("assessmentId", "training.selection.final", completedOn);
        }
    }

    /** A day must lie in the assessment's period (observations, the meeting). */
    void requireInPeriod(String field, LocalDate day) {
        if (day.isBefore(startedOn) || day.isAfter(periodEnd)) {
            throw new Problem.Invalid(field, "training.selection.outsidePeriod", day, startedOn, periodEnd);
        }
    }

    void describe(String strengths, String conditions) {
        requireOpen();
        this.strengths = blankToNull(strengths);
        this.helpfulConditions = blankToNull(conditions);
    }

    void meeting(LocalDate on, String participants, String summary) {
        requireOpen();
        requireInPeriod("meetingOn", on);
        this.meetingOn = on;
        this.meetingParticipants = participants.strip();
        this.meetingSummary = blankToNull(summary);
    }

    void complete(LocalDate on, LocalDate handedOverOn, String summary, boolean share) {
        requireOpen();
        if (on.isBefore(startedOn)) {
            throw new Problem.Invalid("completedOn", "training.selection.completedBeforeStart", on, startedOn);
        }
        if (meetingOn == null) {
            throw new Problem.Invalid("meetingOn", "training.selection.noMeeting");
        }
        if (handedOverOn != null && handedOverOn.isBefore(on)) {
            throw new Problem.Invalid("handedOverOn", "training.selection.handedBeforeCompletion", handedOverOn, on);
        }
        this.status = Status.COMPLETED;
        this.completedOn = on;
        this.handedOverOn = handedOverOn;
        this.resultSummary = summary.strip();
        this.shareWithConsultation = share;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    OfficeId officeId() {
        return new OfficeId(officeId);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    Status status() {
        return status;
    }

    String strengths() {
        return strengths;
    }

    String helpfulConditions() {
        return helpfulConditions;
    }

    LocalDate meetingOn() {
        return meetingOn;
    }

    String meetingParticipants() {
        return meetingParticipants;
    }

    String meetingSummary() {
        return meetingSummary;
    }

    LocalDate completedOn() {
        return completedOn;
    }

    LocalDate handedOverOn() {
        return handedOverOn;
    }

    String resultSummary() {
        return resultSummary;
    }

    Boolean shareWithConsultation() {
        return shareWithConsultation;
    }
}
