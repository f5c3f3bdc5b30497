package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** 作業場所 (an area of the site) or 作業内容 (a kind of work, possibly off-site at a client company). */
@Entity
@Table(name = "work_place")
public class WorkPlace extends TenantOwnedEntity {
    private UUID officeId;

    @Enumerated(EnumType.STRING)
    private Type type;

    private String name;
    private String location;
    private BigDecimal floorArea;
    private boolean offsite;

    protected WorkPlace() {
    }

    public enum Type { AREA, CONTENT }

    public WorkPlace(UUID officeId, Type type, String name, String location, BigDecimal floorArea, boolean offsite, String by,
                     Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.type = type;
        this.name = name;
        this.location = location;
        this.floorArea = floorArea;
        this.offsite = offsite;
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
