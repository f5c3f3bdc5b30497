package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import org.hibernate.annotations.TenantId;

/** 個別支援計画: an office's plan for one person and service type; its content lives in numbered versions. */
@Entity
@Table(name = "support_plan")
public class SupportPlan {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID personId;
    private UUID officeId;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private Instant createdAt;
    private String createdBy;

    @Version
    private Long version;

    protected SupportPlan() {
    }

    public SupportPlan(UUID id, UUID personId, UUID officeId, ServiceType serviceType, String by, Instant at) {
        this.id = id;
        this.personId = personId;
        this.officeId = officeId;
        this.serviceType = serviceType;
        this.createdBy = by;
        this.createdAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID officeId() {
        return officeId;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
