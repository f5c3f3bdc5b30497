package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** 利用終了: a person's service at an office ended, with the reason and the checklist of tasks it leaves. */
@Entity
// the base's creation is this table's recording (recorded_at, recorded_by): an end is not changed, its tasks are
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", updatable = false))
@Table(name = "service_end")
public class ServiceEnd extends TenantOwnedEntity {
    private UUID personId;
    private UUID officeId;
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private String note;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
    @JoinColumn(name = "service_end_id", nullable = false, updatable = false)
    @OrderBy("kind")
    private List<Task> tasks = new ArrayList<>();

    protected ServiceEnd() {
    }

    /** 一般就労, another service, illness, death, moved, the person's wish, other. */
    public enum Reason { REGULAR_EMPLOYMENT, OTHER_SERVICE, ILLNESS, DEATH, MOVED, PERSONS_WISH, OTHER }

    /** 受給者証への記載, 契約内容報告書; for A型 離職票 and the social and employment insurance exit. */
    public enum TaskKind { CERTIFICATE_ENTRY, CONTRACT_REPORT, SEPARATION_NOTICE, INSURANCE_EXIT }

    public ServiceEnd(UUID personId, UUID officeId, LocalDate endedOn, Reason reason, String note, boolean employed,
                      String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.officeId = officeId;
        this.endedOn = endedOn;
        this.reason = reason;
        this.note = note;
        tasks.add(new Task(TaskKind.CERTIFICATE_ENTRY, by, at));
        tasks.add(new Task(TaskKind.CONTRACT_REPORT, by, at));
        if (employed) {
            tasks.add(new Task(TaskKind.SEPARATION_NOTICE, by, at));
            tasks.add(new Task(TaskKind.INSURANCE_EXIT, by, at));
        }
    }

    public void done(UUID taskId, LocalDate on, String by) {
        Task task = tasks.stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new Problem.NotFound("planning.end.taskNotFound"));
        if (on.isBefore(endedOn)) {
            throw new Problem.Invalid("doneOn", "planning.end.taskBeforeEnd", endedOn);
        }
        task.doneOn = on;
        task.doneBy = by;
    }

    /** One item of the checklist, created with its end (done by someone later: its version guards that). */
    @Entity
    @Table(name = "service_end_task")
    public static class Task extends TenantOwnedEntity {
        @Enumerated(EnumType.STRING)
        private TaskKind kind;

        private LocalDate doneOn;
        private String doneBy;

        protected Task() {
        }

        Task(TaskKind kind, String by, Instant at) {
            super(by, at);
            this.kind = kind;
        }

        public TaskKind kind() {
            return kind;
        }

        public LocalDate doneOn() {
            return doneOn;
        }

        public String doneBy() {
            return doneBy;
        }
    }

    public UUID personId() {
        return personId;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Reason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return createdBy();
    }

    public List<Task> tasks() {
        return List.copyOf(tasks);
    }
}
