package jp.tsunagu.rules.national;

import java.util.List;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.national.TypeBBaseUnits.Variant;

/**
 * 就労継続支援B型 service codes of the 国保連 claim on a date (the service month's day): the base code an office
 * claims per person-day (by the same selectors as {@link TypeBBaseUnits}), the code of a fixed-unit addition or
 * reduction, and of the 処遇改善加算 class it filed. A code the table does not hold on the date (one the sources
 * gave without units, or a class that does not exist yet) fails with {@link jp.tsunagu.rules.RuleNotFound} naming
 * what was looked for; a figure the row does not carry (units of a rate row) with
 * {@link jp.tsunagu.rules.RuleNotConfigured}.
 */
public record TypeBServiceCodes(RuleView rules) {
    public static final String TABLE = "type-b-service-codes";

    /** The base code for the office's variant, staffing type (I-VI), capacity band and tier, as in type-b-base-units. */
    public RuleRow base(Variant variant, String staffing, String capacityBand, String tier) {
        return Figures.single(rules, TABLE, "BASE " + variant + " " + staffing + " " + capacityBand + " " + tier,
                r -> is(r, "BASE") && listed(r, "variants", variant.name()) && staffing.equals(r.value("staffing"))
                        && capacityBand.equals(r.value("capacityBand")) && tier.equals(r.value("tier")));
    }

    /** The base code for an office's capacity and average monthly 工賃: the band and tier TypeBBaseUnits chooses. */
    public RuleRow base(Variant variant, String staffing, int capacity, Yen averageMonthlyKouchin) {
        RuleRow units = new TypeBBaseUnits(rules).row(variant, staffing, capacity, averageMonthlyKouchin);
        return base(variant, staffing, units.text("capacityBand"), units.text("tier"));
    }

    /** A fixed-unit addition or a reduction with its own line that does not depend on the capacity. */
    public RuleRow addition(String addition) {
        return Figures.single(rules, TABLE, "ADDITION " + addition,
                r -> !is(r, "BASE") && addition.equals(r.value("addition")) && !r.has("capacityBand"));
    }

    /** An addition whose units depend on the capacity band (目標工賃達成指導員配置加算). */
    public RuleRow addition(String addition, String capacityBand) {
        return Figures.single(rules, TABLE, "ADDITION " + addition + " " + capacityBand,
                r -> addition.equals(r.value("addition")) && capacityBand.equals(r.value("capacityBand")));
    }

    /** The 処遇改善加算 line of the class filed (I-IV, V_1-V_14, I_A, I_B, II_A, II_B, or the schemes before June 2024). */
    public RuleRow payImprovement(String klass) {
        return payImprovement(klass, false);
    }

    /** As {@link #payImprovement(String)}, for a service of a 指定障害者支援施設 where {@code facility}. */
    public RuleRow payImprovement(String klass, boolean facility) {
        String variant = facility ? "FACILITY" : "STANDARD";
        return Figures.single(rules, TABLE, "PAY_IMPROVEMENT " + klass + " " + variant,
                r -> is(r, "PAY_IMPROVEMENT") && listed(r, "payClass", klass) && listed(r, "variants", variant));
    }

    /** The 6-character code of J121 record 03 field 7 (e.g. 462073). */
    public String code(RuleRow row) {
        return row.text("code");
    }

    /** Units per occurrence (field 8); a rate row (処遇改善, 46Z006) has none: {@link jp.tsunagu.rules.RuleNotConfigured}. */
    public int units(RuleRow row) {
        return Figures.integer(rules, row, code(row), "units");
    }

    /** The rate per 1,000 of a rate row (処遇改善加算, 46Z006). */
    public int ratePerMille(RuleRow row) {
        return Figures.integer(rules, row, code(row), "ratePerMille");
    }

    private static boolean is(RuleRow r, String kind) {
        return kind.equals(r.value("kind"));
    }

    private static boolean listed(RuleRow r, String column, String value) {
        return r.has(column) && List.of(r.text(column).split(",")).contains(value);
    }
}
