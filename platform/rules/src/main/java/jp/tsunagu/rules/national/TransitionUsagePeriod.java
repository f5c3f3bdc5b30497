package jp.tsunagu.rules.national;

import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労移行支援's standard usage period on a date ({@code transition-usage-period}): the months from the first day of use,
 * the longest extension, and the months of use after which the office is warned.
 */
public record TransitionUsagePeriod(RuleView rules) {
    public static final String TABLE = "transition-usage-period";
    private static final String KEY = "TRANSITION";

    public RuleRow row() {
        return rules.row(TABLE, KEY);
    }

    /** The standard period of use, in months (24). */
    public int standardMonths() {
        return integer("standardMonths");
    }

    /** The longest extension the municipality may grant, in months (12). */
    public int maxExtensionMonths() {
        return integer("maxExtensionMonths");
    }

    /** After this many months of use the office is first warned (18). */
    public int firstWarningMonths() {
        return integer("firstWarningMonths");
    }

    /** After this many months of use the office is warned again (22). */
    public int secondWarningMonths() {
        return integer("secondWarningMonths");
    }

    private int integer(String column) {
        return Figures.integer(rules, row(), KEY, column);
    }
}
