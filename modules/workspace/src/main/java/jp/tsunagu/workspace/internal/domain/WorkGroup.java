package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A group of an office's users by service type and employment status. */
@Entity
@Table(name = "work_group")
public class WorkGroup extends TenantOwnedEntity {
    private UUID officeId;
    private String name;

    @Enumerated(EnumType.STRING)
    private GroupKind kind;

    protected WorkGroup() {
    }

    public WorkGroup(UUID officeId, String name, GroupKind kind, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.name = name;
        this.kind = kind;
    }

    public String name() {
        return name;
    }

    public GroupKind kind() {
        return kind;
    }
}
