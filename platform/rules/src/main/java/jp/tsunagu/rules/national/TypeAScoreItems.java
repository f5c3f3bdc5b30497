package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.util.List;
import jp.tsunagu.rules.RuleNotConfigured;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労継続支援A型 スコア方式 ({@code TypeAScore}): the points of the seven items on a date. Points may be
 * negative (item II, item VI). An item whose scale was not collected or is unconfirmed (III, IV, V, VII in the
 * R6 data) answers {@link RuleNotConfigured}; {@link #configured(Item)} asks without failing.
 */
public record TypeAScoreItems(RuleView rules) {
    public static final String TABLE = "type-a-score-items";

    /** The seven items. */
    public enum Item {
        /** Ⅰ 労働時間 (working hours) */
        I,
        /** Ⅱ 生産活動 (production activity) */
        II,
        /** Ⅲ 多様な働き方 (diverse ways of working) */
        III,
        /** Ⅳ 支援力向上 (support capacity) */
        IV,
        /** Ⅴ 地域連携活動 (regional cooperation) */
        V,
        /** Ⅵ 経営改善計画 (management improvement plan) */
        VI,
        /** Ⅶ 利用者の知識及び能力の向上 (users' knowledge and skills) */
        VII
    }

    /** The rows (bands) of one item in force, in table order. */
    public List<RuleRow> scale(Item item) {
        List<RuleRow> rows = Figures.rows(rules, TABLE, "item " + item).stream().filter(r -> r.text("item").equals(item.name())).toList();
        if (rows.isEmpty()) {
            throw new RuleNotFound(TABLE, "item " + item, rules.date(), "the table has no row for this item");
        }
        return rows;
    }

    /** Whether every band of the item has its points (false: the item reads as not configured). */
    public boolean configured(Item item) {
        return scale(item).stream().allMatch(r -> r.has("points"));
    }

    /** The points of one band of an item, by its code (e.g. {@code II, "LAST_YEAR_ONLY"}). */
    public int points(Item item, String band) {
        return points(rules.row(TABLE, item, band));
    }

    /** Item I from last year's average daily working hours per employed user (bands are [min, below)). */
    public int workingHoursPoints(BigDecimal averageDailyHours) {
        if (averageDailyHours.signum() < 0) {
            throw new IllegalArgumentException("averageDailyHours is " + averageDailyHours + ": hours cannot be negative");
        }
        return points(hoursBand("average " + averageDailyHours + " h", averageDailyHours, BigDecimal.ONE));
    }

    /**
     * Item I from last year's totals: hours worked by employed users ÷ their user-days, compared exactly with
     * the bands (the sources give no rounding of the average). Zero user-days is an error, never 0 hours.
     */
    public int workingHoursPoints(BigDecimal totalHours, long userDays) {
        if (userDays <= 0) {
            throw new IllegalArgumentException("userDays is " + userDays + ": the average daily hours cannot be computed");
        }
        if (totalHours.signum() < 0) {
            throw new IllegalArgumentException("totalHours is " + totalHours + ": hours cannot be negative");
        }
        return points(hoursBand(totalHours + " h over " + userDays + " user-days", totalHours, BigDecimal.valueOf(userDays)));
    }

    /**
     * Item II: whether the production balance was at least the total wages paid last fiscal year, the year
     * before and three years ago.
     */
    public int productionActivityPoints(boolean lastYear, boolean yearBefore, boolean threeYearsAgo) {
        String key = "item II, last year " + met(lastYear) + ", year before " + met(yearBefore) + ", three years ago " + met(threeYearsAgo);
        return points(Figures.single(rules, TABLE, key, r -> r.text("item").equals("II")
                && matches(r, "lastYear", lastYear) && matches(r, "yearBefore", yearBefore) && matches(r, "threeYearsAgo", threeYearsAgo)));
    }

    /** Item VI: the deduction when a required management improvement plan was not submitted by the deadline. */
    public int improvementPlanPoints(boolean requiredPlanNotSubmitted) {
        return points(Item.VI, requiredPlanNotSubmitted ? "PLAN_NOT_SUBMITTED" : "NO_DEDUCTION");
    }

    private RuleRow hoursBand(String key, BigDecimal hours, BigDecimal per) {
        return Figures.single(rules, TABLE, "item I, " + key, r -> r.text("item").equals("I")
                && (!r.has("minHours") || hours.compareTo(r.decimal("minHours").multiply(per)) >= 0)
                && (!r.has("belowHours") || hours.compareTo(r.decimal("belowHours").multiply(per)) < 0));
    }

    private int points(RuleRow row) {
        return Figures.integer(rules, row, "item " + row.text("item") + ", band " + row.text("band"), "points");
    }

    private static boolean matches(RuleRow row, String column, boolean met) {
        String condition = row.text(column);
        return condition.equals("ANY") || condition.equals(met(met));
    }

    private static String met(boolean met) {
        return met ? "MET" : "NOT_MET";
    }
}
