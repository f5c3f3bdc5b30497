package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
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
import org.hibernate.annotations.TenantId;

/** 利用終了: a person's service at an office ended, with the reason and the checklist of tasks it leaves. */
@Entity
@Table(name = "service_end")
public class ServiceEnd {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID personId;
    private UUID officeId;
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private String note;
    private Instant recordedAt;
    private String recordedBy;

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
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.officeId = officeId;
        this.endedOn = endedOn;
        this.reason = reason;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
        tasks.add(new Task(TaskKind.CERTIFICATE_ENTRY));
        tasks.add(new Task(TaskKind.CONTRACT_REPORT));
        if (employed) {
            tasks.add(new Task(TaskKind.SEPARATION_NOTICE));
            tasks.add(new Task(TaskKind.INSURANCE_EXIT));
        }
    }

    public void done(UUID taskId, LocalDate on, String by) {
        Task task = tasks.stream().filter(t -> t.id.equals(taskId)).findFirst()
                .orElseThrow(() -> new Problem.NotFound("planning.end.taskNotFound"));
        if (on.isBefore(endedOn)) {
            throw new Problem.Invalid("doneOn", "planning.end.taskBeforeEnd", endedOn);
        }
        task.doneOn = on;
        task.doneBy = by;
    }

    /** One item of the checklist. */
    @Entity
    @Table(name = "service_end_task")
    public static class Task {
        @Id
        private UUID id;

        @TenantId
        @Column(name = "tenant_id", nullable = false, updatable = false)
        private UUID tenantId;

        @Enumerated(EnumType.STRING)
        private TaskKind kind;

        private LocalDate doneOn;
        private String doneBy;

        protected Task() {
        }

        Task(TaskKind kind) {
            this.id = UUID.randomUUID();
            this.kind = kind;
        }

        public UUID id() {
            return id;
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

    public UUID id() {
        return id;
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
        return recordedBy;
    }

    public List<Task> tasks() {
        return List.copyOf(tasks);
    }
}
