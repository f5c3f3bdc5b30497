package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * The staffing level an office filed for a service (体制届: B型 (Ⅰ)-(Ⅵ), A型 (Ⅰ)/(Ⅱ)), from the first day of a month
 * until a later row; without one, the rules table {@code staffing-ratio} names the default. Set at and by are the
 * latest setting (a level changed for the same month replaces it); created at and by, the first.
 */
@Entity
@Table(name = "office_staffing_level")
public class OfficeStaffingLevel extends TenantOwnedEntity {
    private UUID officeId;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private String level;
    private LocalDate effectiveFrom;
    private Instant setAt;
    private String setBy;

    protected OfficeStaffingLevel() {
    }

    public OfficeStaffingLevel(UUID officeId, ServiceType serviceType, String level, LocalDate effectiveFrom, String by, Instant at) {
        super(by, at);
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
