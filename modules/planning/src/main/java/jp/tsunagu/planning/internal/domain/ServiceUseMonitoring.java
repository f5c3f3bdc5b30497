package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The consultation office's モニタリング of a final service use plan. */
@Entity
@Table(name = "service_use_monitoring")
public class ServiceUseMonitoring {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID planId;
    private LocalDate monitoredOn;
    private boolean interviewed;
    private String notes;
    private boolean planChangeNeeded;
    private Instant recordedAt;
    private String recordedBy;

    protected ServiceUseMonitoring() {
    }

    public ServiceUseMonitoring(UUID planId, LocalDate monitoredOn, boolean interviewed, String notes, boolean planChangeNeeded,
                                String by, Instant at) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.monitoredOn = monitoredOn;
        this.interviewed = interviewed;
        this.notes = notes;
        this.planChangeNeeded = planChangeNeeded;
        this.recordedBy = by;
        this.recordedAt = at;
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
        return recordedBy;
    }
}
