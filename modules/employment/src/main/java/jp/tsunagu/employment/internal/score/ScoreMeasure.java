package jp.tsunagu.employment.internal.score;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** The points an office claims for a score item the rule data does not score yet, with the evidence. */
@Entity
@Table(name = "score_measure")
class ScoreMeasure extends TenantOwnedEntity {
    private UUID officeId;
    private int fiscalYear;
    private String item;
    private int points;
    private String evidence;

    protected ScoreMeasure() {
    }

    ScoreMeasure(OfficeId office, int fiscalYear, String item, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.fiscalYear = fiscalYear;
        this.item = item;
    }

    void set(int points, String evidence) {
        this.points = points;
        this.evidence = evidence.strip();
    }

    String item() {
        return item;
    }

    int points() {
        return points;
    }

    String evidence() {
        return evidence;
    }
}
