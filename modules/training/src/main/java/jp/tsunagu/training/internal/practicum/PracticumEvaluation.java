package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * An evaluation of the practicum by the company or by staff: the day, who, a rating 1 to 5 (or none) with a text for
 * work pace, accuracy, attendance and communication, and the overall comment.
 */
@Entity
@Table(name = "practicum_evaluation")
class PracticumEvaluation extends TenantOwnedEntity {
    enum By { COMPANY, STAFF }

    /** A rating 1 to 5 (or none) and a text (or none) for one aspect. */
    record Aspect(Integer rating, String note) {
    }

    private UUID practicumId;
    @Enumerated(EnumType.STRING)
    private By evaluatedBy;
    private LocalDate evaluatedOn;
    private String evaluator;
    private Integer pace;
    private String paceNote;
    private Integer accuracy;
    private String accuracyNote;
    private Integer attendance;
    private String attendanceNote;
    private Integer communication;
    private String communicationNote;
    private String overall;

    protected PracticumEvaluation() {
    }

    PracticumEvaluation(UUID practicumId, By by, LocalDate on, String evaluator, Aspect pace, Aspect accuracy, Aspect attendance,
                        Aspect communication, String overall, String createdBy, Instant at) {
        super(createdBy, at);
        this.practicumId = practicumId;
        this.evaluatedBy = by;
        this.evaluatedOn = on;
        this.evaluator = evaluator.strip();
        this.pace = pace.rating();
        this.paceNote = Texts.orNull(pace.note());
        this.accuracy = accuracy.rating();
        this.accuracyNote = Texts.orNull(accuracy.note());
        this.attendance = attendance.rating();
        this.attendanceNote = Texts.orNull(attendance.note());
        this.communication = communication.rating();
        this.communicationNote = Texts.orNull(communication.note());
        this.overall = overall.strip();
    }

    UUID practicumId() {
        return practicumId;
    }

    By by() {
        return evaluatedBy;
    }

    LocalDate on() {
        return evaluatedOn;
    }

    String evaluator() {
        return evaluator;
    }

    Aspect pace() {
        return new Aspect(pace, paceNote);
    }

    Aspect accuracy() {
        return new Aspect(accuracy, accuracyNote);
    }

    Aspect attendance() {
        return new Aspect(attendance, attendanceNote);
    }

    Aspect communication() {
        return new Aspect(communication, communicationNote);
    }

    String overall() {
        return overall;
    }
}
