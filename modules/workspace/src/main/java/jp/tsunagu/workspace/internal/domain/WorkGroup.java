package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A group of an office's users by service type and employment status. */
@Entity
@Table(name = "work_group")
public class WorkGroup {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID officeId;
    private String name;

    @Enumerated(EnumType.STRING)
    private GroupKind kind;

    private Instant createdAt;

    protected WorkGroup() {
    }

    public WorkGroup(UUID officeId, String name, GroupKind kind, Instant at) {
        this.id = UUID.randomUUID();
        this.officeId = officeId;
        this.name = name;
        this.kind = kind;
        this.createdAt = at;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public GroupKind kind() {
        return kind;
    }
}
