package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** 作業場所 (an area of the site) or 作業内容 (a kind of work, possibly off-site at a client company). */
@Entity
@Table(name = "work_place")
public class WorkPlace {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID officeId;

    @Enumerated(EnumType.STRING)
    private Type type;

    private String name;
    private String location;
    private BigDecimal floorArea;
    private boolean offsite;
    private Instant createdAt;

    protected WorkPlace() {
    }

    public enum Type { AREA, CONTENT }

    public WorkPlace(UUID officeId, Type type, String name, String location, BigDecimal floorArea, boolean offsite, Instant at) {
        this.id = UUID.randomUUID();
        this.officeId = officeId;
        this.type = type;
        this.name = name;
        this.location = location;
        this.floorArea = floorArea;
        this.offsite = offsite;
        this.createdAt = at;
    }

    public UUID id() {
        return id;
    }

    public Type type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String location() {
        return location;
    }

    public BigDecimal floorArea() {
        return floorArea;
    }

    public boolean offsite() {
        return offsite;
    }
}
