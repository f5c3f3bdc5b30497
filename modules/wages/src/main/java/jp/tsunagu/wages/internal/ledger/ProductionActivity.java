package jp.tsunagu.wages.internal.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A production activity (生産活動の種目) of an office, e.g. 受託作業 or カフェ; its name is unique in the office. */
@Entity
@Table(name = "production_activity")
public class ProductionActivity extends TenantOwnedEntity {
    private UUID officeId;
    private String name;

    protected ProductionActivity() {
    }

    ProductionActivity(UUID officeId, String name, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.name = name.strip();
    }

    public UUID officeId() {
        return officeId;
    }

    public String name() {
        return name;
    }
}
