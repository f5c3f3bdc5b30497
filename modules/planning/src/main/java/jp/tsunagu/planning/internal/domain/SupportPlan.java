package jp.tsunagu.planning.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;

/** 個別支援計画: an office's plan for one person and service type; its content lives in numbered versions. */
@Entity
@Table(name = "support_plan")
public class SupportPlan extends TenantOwnedEntity {
    private UUID personId;
    private UUID officeId;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    protected SupportPlan() {
    }

    public SupportPlan(UUID id, UUID personId, UUID officeId, ServiceType serviceType, String by, Instant at) {
        super(id, by, at);
        this.personId = personId;
        this.officeId = officeId;
        this.serviceType = serviceType;
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

}
