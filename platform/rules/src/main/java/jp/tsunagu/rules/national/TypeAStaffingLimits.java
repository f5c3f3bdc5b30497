package jp.tsunagu.rules.national;

import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労継続支援A型: how many non-employed users (雇用によらない利用者) an office may have beside its employed
 * capacity, and how many employees without a disability; people are whole, so limits round down.
 */
public record TypeAStaffingLimits(RuleView rules) {
    public static final String TABLE = "type-a-staffing-limits";

    /** The most non-employed users allowed with {@code employedCapacity}: 0 below the minimum employed capacity. */
    public int maxNonEmployed(int employedCapacity) {
        RuleRow r = rules.row(TABLE, "NON_EMPLOYED", "ALL");
        if (employedCapacity < r.integer("minEmployedCapacity")) {
            return 0;
        }
        // strictly less than percent % of the employed capacity
        int belowShare = (employedCapacity * r.integer("percent") - 1) / 100;
        return Math.min(belowShare, r.integer("nonEmployedCap"));
    }

    /** The most employees without a disability for an office of {@code capacity}. */
    public int maxNonDisabledEmployees(int capacity) {
        RuleRow band = rules.rows(TABLE).stream()
                .filter(r -> r.text("rule").equals("NON_DISABLED"))
                .filter(r -> capacity >= r.integer("minCapacity") && (!r.has("maxCapacity") || capacity <= r.integer("maxCapacity")))
                .findFirst()
                .orElseThrow(() -> new RuleNotFound(TABLE, "NON_DISABLED capacity " + capacity, rules.date(), "no band covers this capacity"));
        return Math.max(band.integer("floor"), capacity * band.integer("percent") / 100);
    }
}
