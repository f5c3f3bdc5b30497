package jp.tsunagu.modules.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The activation of one module for one office: on or off, with who changed it and when. */
@Entity
@Table(name = "office_module")
class OfficeModule {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID officeId;
    private String moduleKey;
    private boolean enabled;
    private Instant enabledAt;
    private String enabledBy;
    private Instant disabledAt;
    private String disabledBy;

    @Version
    private Long version;

    protected OfficeModule() {
    }

    OfficeModule(UUID officeId, String moduleKey) {
        this.id = UUID.randomUUID();
        this.officeId = officeId;
        this.moduleKey = moduleKey;
    }

    void enable(String by, Instant at) {
        enabled = true;
        enabledAt = at;
        enabledBy = by;
        disabledAt = null;
        disabledBy = null;
    }

    void disable(String by, Instant at) {
        enabled = false;
        disabledAt = at;
        disabledBy = by;
    }

    boolean enabled() {
        return enabled;
    }

    String moduleKey() {
        return moduleKey;
    }

    Instant enabledAt() {
        return enabledAt;
    }

    String enabledBy() {
        return enabledBy;
    }
}
