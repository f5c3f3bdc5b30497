package jp.tsunagu.training.internal.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** What was observed on a day of an assessment: the task, what was seen (a fact), and its evidence. */
@Entity
@Table(name = "selection_observation")
class SelectionObservation extends TenantOwnedEntity {
    private UUID assessmentId;
    private LocalDate observedOn;
    private String task;
    private String seen;
    private String evidence;

    protected SelectionObservation() {
    }

    SelectionObservation(UUID assessmentId, LocalDate observedOn, String task, String seen, String evidence, String by, Instant at) {
        super(by, at);
        this.assessmentId = assessmentId;
        this.observedOn = observedOn;
        this.task = task.strip();
        this.seen = seen.strip();
        this.evidence = evidence.strip();
    }

    LocalDate observedOn() {
        return observedOn;
    }

    String task() {
        return task;
    }

    String seen() {
        return seen;
    }

    String evidence() {
        return evidence;
    }
}
