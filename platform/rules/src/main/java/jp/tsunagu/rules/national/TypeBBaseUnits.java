package jp.tsunagu.rules.national;

import java.util.List;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労継続支援B型 base units per day on a date: by the office's revision status (variant), staffing type,
 * capacity and average monthly 工賃.
 */
public record TypeBBaseUnits(RuleView rules) {
    public static final String TABLE = "type-b-base-units";

    /** The office's status under the June 2026 revision: in scope, exempt (recorded with evidence), or neither named. */
    public enum Variant { STANDARD, IN_SCOPE, EXEMPT }

    /** The row that applies; for the flat types IV-VI the average is not used. */
    public RuleRow row(Variant variant, String staffing, int capacity, Yen averageMonthlyKouchin) {
        boolean flat = List.of("IV", "V", "VI").contains(staffing);
        List<RuleRow> matches = rules.rows(TABLE).stream()
                .filter(r -> r.text("variant").equals(variant.name()) && r.text("staffing").equals(staffing))
                .filter(r -> capacity >= r.integer("minCapacity") && (!r.has("maxCapacity") || capacity <= r.integer("maxCapacity")))
                .filter(r -> flat ? r.text("tier").equals("FLAT")
                        : !r.text("tier").equals("FLAT") && averageMonthlyKouchin.value() >= r.integer("minKouchin")
                          && (!r.has("maxKouchin") || averageMonthlyKouchin.value() <= r.integer("maxKouchin")))
                .toList();
        if (matches.size() != 1) {
            throw new RuleNotFound(TABLE, variant + " " + staffing + " capacity " + capacity + " 工賃 " + averageMonthlyKouchin.value(),
                    rules.date(), matches.isEmpty() ? "no row matches" : matches.size() + " rows match");
        }
        return matches.getFirst();
    }

    public int units(Variant variant, String staffing, int capacity, Yen averageMonthlyKouchin) {
        return row(variant, staffing, capacity, averageMonthlyKouchin).integer("units");
    }
}
