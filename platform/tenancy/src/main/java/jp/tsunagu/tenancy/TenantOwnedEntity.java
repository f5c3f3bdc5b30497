package jp.tsunagu.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * What every tenant-owned entity has: its id; its tenant (Hibernate's {@code @TenantId} fills it from the unit of
 * work's tenant and filters every query by it; row-level security holds underneath); a version for optimistic
 * locking (two users saving the same record: the second is told, not silently overwritten); and when and by whom it
 * was created. The table has {@code id}, {@code tenant_id}, {@code version}, {@code created_at}, {@code created_by}.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Version
    private Long version;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    /** For JPA. */
    protected TenantOwnedEntity() {
    }

    /** A new entity with a new id, created by {@code by} at {@code at}. */
    protected TenantOwnedEntity(String by, Instant at) {
        this(UUID.randomUUID(), by, at);
    }

    /** A new entity with an id chosen by the caller (one that other rows name before this one is saved). */
    protected TenantOwnedEntity(UUID id, String by, Instant at) {
        this.id = Objects.requireNonNull(id, "id");
        this.createdBy = Objects.requireNonNull(by, "created by");
        this.createdAt = Objects.requireNonNull(at, "created at");
    }

    public UUID id() {
        return id;
    }

    /** The optimistic-lock version: null until first saved. */
    public Long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    @Override
    public final boolean equals(Object o) {
        // through id(), not the field: on a lazy proxy the field is empty and the accessor reaches the entity
        return this == o || (o instanceof TenantOwnedEntity other && org.hibernate.Hibernate.getClass(this) == org.hibernate.Hibernate.getClass(other)
                && id() != null && id().equals(other.id()));
    }

    @Override
    public final int hashCode() {
        return org.hibernate.Hibernate.getClass(this).hashCode();
    }
}
