package jp.tsunagu.rules.national;

import java.time.LocalDate;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労定着支援's period on a date ({@code retention-support-period}): the months of employment after which the service
 * may start (6), and its longest duration in years (3).
 */
public record RetentionSupportPeriod(RuleView rules) {
    public static final String TABLE = "retention-support-period";
    private static final String KEY = "RETENTION";

    public RuleRow row() {
        return rules.row(TABLE, KEY);
    }

    /** The months of employment after which the service may start (6). */
    public int afterEmploymentMonths() {
        return Figures.integer(rules, row(), KEY, "afterEmploymentMonths");
    }

    /** The longest support, in years (3). */
    public int maxYears() {
        return Figures.integer(rules, row(), KEY, "maxYears");
    }

    /** The earliest first day of support for a person hired on {@code hired}: 2025-10-01 → 2026-04-01. */
    public LocalDate earliestStart(LocalDate hired) {
        return hired.plusMonths(afterEmploymentMonths());
    }

    /**
     * The latest last day of support starting on {@code from}: the day before the same day {@link #maxYears} on
     * (2026-04-01 → 2029-03-31); from a 29 February into a year without one, the last day of February (民法 第143条:
     * 2024-02-29 → 2027-02-28).
     */
    public LocalDate latestEnd(LocalDate from) {
        LocalDate same = from.plusYears(maxYears());
        return same.getDayOfMonth() != from.getDayOfMonth() ? same : same.minusDays(1);
    }
}
