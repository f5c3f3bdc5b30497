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
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Purpose purpose;

    /** Whose production it is: the pool of 工賃, or the employed A型 users' (never paid out as 工賃). */
    public enum Purpose { KOUCHIN, EMPLOYED_A }

    protected ProductionActivity() {
    }

    ProductionActivity(UUID officeId, String name, Purpose purpose, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.name = name.strip();
        this.purpose = purpose;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** Whether its revenue and expenses make the pool of 工賃. */
    public boolean kouchin() {
        return purpose == Purpose.KOUCHIN;
    }

    public UUID officeId() {
        return officeId;
    }

    public String name() {
        return name;
    }
}
