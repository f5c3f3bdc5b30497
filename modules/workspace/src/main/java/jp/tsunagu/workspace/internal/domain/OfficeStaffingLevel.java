package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import org.hibernate.annotations.TenantId;

/**
 * The staffing level an office filed for a service (体制届: B型 (Ⅰ)-(Ⅵ), A型 (Ⅰ)/(Ⅱ)), from the first day of a month
 * until a later row; without one, the rules table {@code staffing-ratio} names the default.
 */
@Entity
@Table(name = "office_staffing_level")
public class OfficeStaffingLevel {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID officeId;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private String level;
    private LocalDate effectiveFrom;
    private Instant setAt;
    private String setBy;

    @Version
    private Long version;

    protected OfficeStaffingLevel() {
    }

    public OfficeStaffingLevel(UUID officeId, ServiceType serviceType, String level, LocalDate effectiveFrom, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.officeId = officeId;
        this.serviceType = serviceType;
        this.effectiveFrom = effectiveFrom;
        change(level, by, at);
    }

    public void change(String level, String by, Instant at) {
        this.level = level;
        this.setBy = by;
        this.setAt = at;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public String level() {
        return level;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
