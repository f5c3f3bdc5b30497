package jp.tsunagu.planning.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The consultation office's モニタリング of a final service use plan. */
@Entity
// the base's creation is this table's recording (recorded_at, recorded_by)
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", updatable = false))
@Table(name = "service_use_monitoring")
public class ServiceUseMonitoring extends TenantOwnedEntity {
    private UUID planId;
    private LocalDate monitoredOn;
    private boolean interviewed;
    private String notes;
    private boolean planChangeNeeded;

    protected ServiceUseMonitoring() {
    }

    public ServiceUseMonitoring(UUID planId, LocalDate monitoredOn, boolean interviewed, String notes, boolean planChangeNeeded,
                                String by, Instant at) {
        super(by, at);
        this.planId = planId;
        this.monitoredOn = monitoredOn;
        this.interviewed = interviewed;
        this.notes = notes;
        this.planChangeNeeded = planChangeNeeded;
    }

    public LocalDate monitoredOn() {
        return monitoredOn;
    }

    public boolean interviewed() {
        return interviewed;
    }

    public String notes() {
        return notes;
    }

    public boolean planChangeNeeded() {
        return planChangeNeeded;
    }

    public String recordedBy() {
        return createdBy();
    }
}
