package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A step of an application: the status reached, its day (an interview's date), a note. */
@Entity
@Table(name = "job_application_step")
class JobApplicationStep extends TenantOwnedEntity {
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private JobApplication.Status status;
    private LocalDate stepOn;
    private String note;

    protected JobApplicationStep() {
    }

    JobApplicationStep(UUID applicationId, JobApplication.Status status, LocalDate on, String note, String by, Instant at) {
        super(by, at);
        this.applicationId = applicationId;
        this.status = status;
        this.stepOn = on;
        this.note = Texts.orNull(note);
    }

    UUID applicationId() {
        return applicationId;
    }

    JobApplication.Status status() {
        return status;
    }

    LocalDate on() {
        return stepOn;
    }

    String note() {
        return note;
    }
}
