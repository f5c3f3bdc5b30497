package jp.tsunagu.planning.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** モニタリング: a review of the delivered plan version with the person. */
@Entity
// the base's creation is this table's recording (recorded_at, recorded_by)
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", updatable = false))
@Table(name = "monitoring")
public class Monitoring extends TenantOwnedEntity {
    private UUID planId;
    private int planVersion;
    private LocalDate monitoredOn;
    private boolean interviewed;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<GoalProgress> progress = new ArrayList<>();

    private String satisfaction;
    private String wishes;
    private boolean planChangeNeeded;
    private String notes;

    protected Monitoring() {
    }

    public Monitoring(UUID planId, int planVersion, LocalDate monitoredOn, boolean interviewed, List<GoalProgress> progress,
                      String satisfaction, String wishes, boolean planChangeNeeded, String notes, String by, Instant at) {
        super(by, at);
        this.planId = planId;
        this.planVersion = planVersion;
        this.monitoredOn = monitoredOn;
        this.interviewed = interviewed;
        this.progress = new ArrayList<>(progress);
        this.satisfaction = satisfaction;
        this.wishes = wishes;
        this.planChangeNeeded = planChangeNeeded;
        this.notes = notes;
    }

    /** Progress towards one goal of the plan. */
    public record GoalProgress(String goal, String progress) {
    }

    public UUID planId() {
        return planId;
    }

    public int planVersion() {
        return planVersion;
    }

    public LocalDate monitoredOn() {
        return monitoredOn;
    }

    public boolean interviewed() {
        return interviewed;
    }

    public List<GoalProgress> progress() {
        return List.copyOf(progress);
    }

    public String satisfaction() {
        return satisfaction;
    }

    public String wishes() {
        return wishes;
    }

    public boolean planChangeNeeded() {
        return planChangeNeeded;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return createdBy();
    }
}
