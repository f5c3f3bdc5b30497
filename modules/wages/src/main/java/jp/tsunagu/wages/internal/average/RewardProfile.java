package jp.tsunagu.wages.internal.average;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import jp.tsunagu.wages.api.StaffingType;
import jp.tsunagu.wages.internal.domain.AverageKouchin;

/**
 * 報酬算定区分: one version of an office's B型 reward profile, in force from its effective month until the next version's
 * month: the staffing type (人員配置), the status under the June 2026 revision of the tiers with its evidence (required
 * when exempt; a fact the office records, never inferred from the average), and the designation date (指定日).
 */
@Entity
@Table(name = "wages_reward_profile")
class RewardProfile extends TenantOwnedEntity {
    private UUID officeId;
    private LocalDate effectiveMonth;
    @Enumerated(EnumType.STRING)
    private StaffingType staffing;
    @Enumerated(EnumType.STRING)
    private TypeBBaseUnits.Variant revisionStatus;
    private String evidence;
    private LocalDate evidenceRecordedOn;
    private LocalDate designatedOn;
    private String note;

    protected RewardProfile() {
    }

    RewardProfile(UUID officeId, YearMonth effectiveMonth, Terms terms, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.effectiveMonth = effectiveMonth.atDay(1);
        change(terms);
    }

    /**
     * What a version says. {@code evidence}: the document kept for the revision status (e.g. the copies of the tier
     * filings of FY2023 and FY2024), {@code evidenceRecordedOn}: when it was recorded.
     */
    record Terms(StaffingType staffing, TypeBBaseUnits.Variant revisionStatus, String evidence, LocalDate evidenceRecordedOn,
                 LocalDate designatedOn, String note) {
        Terms {
            evidence = blankToNull(evidence);
            note = blankToNull(note);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    void change(Terms terms) {
        this.staffing = terms.staffing();
        this.revisionStatus = terms.revisionStatus();
        this.evidence = terms.evidence();
        this.evidenceRecordedOn = terms.evidenceRecordedOn();
        this.designatedOn = terms.designatedOn();
        this.note = terms.note();
    }

    YearMonth effectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    Terms terms() {
        return new Terms(staffing, revisionStatus, evidence, evidenceRecordedOn, designatedOn, note);
    }

    /** The profile as the tier needs it. */
    AverageKouchin.Profile profile() {
        return new AverageKouchin.Profile(staffing, revisionStatus, designatedOn);
    }
}
