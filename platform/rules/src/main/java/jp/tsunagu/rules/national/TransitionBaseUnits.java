package jp.tsunagu.rules.national;

import jp.tsunagu.rules.RuleNotConfigured;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労移行支援 (transition support) base units per day on a date, by capacity and retention rate (就労定着率:
 * people who stayed at least 6 months in a job found in the last 2 fiscal years ÷ capacity). The rate is
 * compared exactly with the bands; an office without results yet uses the NEW_OFFICE row.
 */
public record TransitionBaseUnits(RuleView rules) {
    public static final String TABLE = "transition-base-units";

    /** The row for an office with results: {@code retained} people over {@code denominator} (the capacity). */
    public RuleRow row(int capacity, long retained, long denominator) {
        Figures.requireRate(retained, denominator, "retained", "denominator");
        return Figures.single(rules, TABLE, key(capacity, retained + "/" + denominator),
                r -> Figures.within(r, "minCapacity", "maxCapacity", capacity) && Figures.inPercentBand(r, retained, denominator));
    }

    /** Units per day, the rate measured against the capacity; {@link RuleNotConfigured} where not collected. */
    public int units(int capacity, long retained) {
        return units(capacity, retained, capacity);
    }

    /** Units per day for {@code retained} people over {@code denominator}; {@link RuleNotConfigured} where not collected. */
    public int units(int capacity, long retained, long denominator) {
        return Figures.integer(rules, row(capacity, retained, denominator), key(capacity, retained + "/" + denominator), "units");
    }

    /** Units per day of a new office that has no results yet; {@link RuleNotFound} or {@link RuleNotConfigured} otherwise. */
    public int newOfficeUnits(int capacity) {
        RuleRow row = Figures.single(rules, TABLE, key(capacity, "NEW_OFFICE"),
                r -> r.text("retentionBand").equals("NEW_OFFICE") && Figures.within(r, "minCapacity", "maxCapacity", capacity));
        return Figures.integer(rules, row, key(capacity, "NEW_OFFICE"), "units");
    }

    private static String key(int capacity, String retention) {
        return "capacity " + capacity + ", retention " + retention;
    }
}
