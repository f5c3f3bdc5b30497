package jp.tsunagu.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.TenantKind;

/**
 * テナント: a corporation (法人) or a municipality (市町村). Its key is the tenant id itself, so row-level
 * security shows a tenant only its own row.
 */
@Entity
@Table(name = "tenant")
class Tenant {
    @Id
    @Column(name = "tenant_id")
    private UUID id;

    @Enumerated(EnumType.STRING)
    private TenantKind kind;

    private String name;

    @Enumerated(EnumType.STRING)
    private Prefecture prefecture;

    private boolean mfaRequired = true;

    private Instant createdAt;

    @Version
    private Long version;

    protected Tenant() {
    }

    Tenant(UUID id, TenantKind kind, String name, Prefecture prefecture, boolean mfaRequired, Instant now) {
        this.id = id;
        this.mfaRequired = mfaRequired;
        this.kind = kind;
        this.name = name;
        this.prefecture = prefecture;
        this.createdAt = now;
    }

    boolean matches(TenantKind kind, String name, Prefecture prefecture, boolean mfaRequired) {
        return this.kind == kind && this.name.equals(name) && this.prefecture == prefecture && this.mfaRequired == mfaRequired;
    }

    boolean mfaRequired() {
        return mfaRequired;
    }

    void update(TenantKind kind, String name, Prefecture prefecture, boolean mfaRequired) {
        this.mfaRequired = mfaRequired;
        this.kind = kind;
        this.name = name;
        this.prefecture = prefecture;
    }

    UUID id() {
        return id;
    }

    TenantKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    Prefecture prefecture() {
        return prefecture;
    }

    void rename(String name) {
        this.name = name;
    }
}
