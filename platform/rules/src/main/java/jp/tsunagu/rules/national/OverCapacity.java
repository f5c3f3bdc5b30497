package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/** 定員超過利用減算 for day services: the daily and three-month limits, all parameters from the table. */
public record OverCapacity(RuleView rules) {
    public static final String TABLE = "over-capacity";

    private RuleRow rule() {
        return rules.row(TABLE, "DAY_SERVICES");
    }

    /** The most users one day may have before the day is flagged (may be fractional). */
    public BigDecimal dailyLimit(int capacity) {
        RuleRow r = rule();
        BigDecimal limit = capacity <= r.integer("smallCapacityMax")
                ? BigDecimal.valueOf(capacity).multiply(r.decimal("dailyRatioSmall"))
                : BigDecimal.valueOf(capacity - r.integer("largeBase")).multiply(r.decimal("dailyRatioLarge"))
                        .add(BigDecimal.valueOf(r.integer("largeOffset")));
        return "FLOOR".equals(r.text("fractionalLimit")) ? limit.setScale(0, java.math.RoundingMode.FLOOR) : limit.stripTrailingZeros();
    }

    public boolean dayOver(int capacity, int users) {
        return BigDecimal.valueOf(users).compareTo(dailyLimit(capacity)) > 0;
    }

    /** Whether three months' user-days are above the limit for the capacity and the opening days. */
    public boolean threeMonthsOver(int capacity, int openingDays, long userDays) {
        return BigDecimal.valueOf(userDays).compareTo(threeMonthLimit(capacity, openingDays)) > 0;
    }

    /** The percentage of the base units paid for the users of a flagged day or month (70: × 70/100). */
    public int reductionPercent() {
        return Figures.integer(rules, rule(), "DAY_SERVICES", "reductionPercent");
    }

    /** How a multi-function office is judged: each service against its own capacity, or all against their sum. */
    public enum Basis { PER_SERVICE, COMBINED }

    /** The basis of the daily test in a multi-function office. */
    public Basis multiFunctionDaily() {
        return Basis.valueOf(Figures.text(rules, rule(), "DAY_SERVICES", "multiFunctionDaily"));
    }

    /** The basis of the three-month test in a multi-function office. */
    public Basis multiFunctionThreeMonths() {
        return Basis.valueOf(Figures.text(rules, rule(), "DAY_SERVICES", "multiFunctionThreeMonths"));
    }

    /** The most user-days three months may have before they are flagged. */
    public BigDecimal threeMonthLimit(int capacity, int openingDays) {
        RuleRow r = rule();
        return capacity <= r.integer("threeMonthSmallCapacityMax")
                ? BigDecimal.valueOf((long) (capacity + r.integer("threeMonthSmallAdd")) * openingDays)
                : BigDecimal.valueOf((long) capacity * openingDays).multiply(r.decimal("threeMonthRatio")).stripTrailingZeros();
    }
}
