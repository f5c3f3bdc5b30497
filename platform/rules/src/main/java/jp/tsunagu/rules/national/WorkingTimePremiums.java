package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 割増賃金: premium rates (overtime, beyond 60 h a month, late night, statutory holiday and their combinations) and
 * the rounding the law allows for working time and pay; all from the table.
 */
public record WorkingTimePremiums(RuleView rules) {
    public static final String TABLE = "working-time-premium";

    public enum Premium {
        OVERTIME, OVERTIME_BEYOND_60H, LATE_NIGHT, HOLIDAY, OVERTIME_LATE_NIGHT, OVERTIME_BEYOND_60H_LATE_NIGHT, HOLIDAY_LATE_NIGHT
    }

    private RuleRow row(String item) {
        return rules.row(TABLE, item);
    }

    /** The premium in % on top of the hourly wage. */
    public BigDecimal percent(Premium premium) {
        return row(premium.name()).decimal("ratePercent");
    }

    /** Pay for {@code minutes} at the wage plus the premium (overtime: wage × 125 %), rounded as AMOUNT says. */
    public Yen payWithPremium(Yen hourlyWage, long minutes, Premium premium) {
        return payWithPremium(hourlyWage.toBigDecimal(), minutes, premium);
    }

    /**
     * Pay for {@code minutes} at an hourly rate with sen (a monthly wage ÷ the scheduled hours, a reduced minimum
     * wage) plus the premium, rounded once as AMOUNT says.
     */
    public Yen payWithPremium(BigDecimal hourlyRate, long minutes, Premium premium) {
        return roundAmount(minutePay(hourlyRate, minutes, BigDecimal.valueOf(100).add(percent(premium))));
    }

    /** The premium alone (late-night hours within normal hours, whose base pay is already paid), rounded. */
    public Yen premiumOnly(Yen hourlyWage, long minutes, Premium premium) {
        return premiumOnly(hourlyWage.toBigDecimal(), minutes, premium);
    }

    /** The premium alone at an hourly rate with sen, rounded once as AMOUNT says. */
    public Yen premiumOnly(BigDecimal hourlyRate, long minutes, Premium premium) {
        return roundAmount(minutePay(hourlyRate, minutes, percent(premium)));
    }

    private static BigDecimal minutePay(BigDecimal hourlyWage, long minutes, BigDecimal percent) {
        return hourlyWage.multiply(BigDecimal.valueOf(minutes)).multiply(percent)
                .divide(BigDecimal.valueOf(6000), 10, RoundingMode.HALF_EVEN);
    }

    /** An amount in yen rounded as the AMOUNT row allows (under 50銭 dropped, 50銭 or more up). */
    public Yen roundAmount(BigDecimal yen) {
        RuleRow r = row("AMOUNT");
        return YenRoundings.round(yen, r.text("rounding"), r.integer("roundToYen"));
    }

    /** A month's total of overtime, holiday or late-night minutes rounded as MONTHLY_TIME allows (30 min up, else down). */
    public long roundMonthlyMinutes(long minutes) {
        RuleRow r = row("MONTHLY_TIME");
        BigDecimal unit = BigDecimal.valueOf(r.integer("roundToMinutes"));
        return BigDecimal.valueOf(minutes).divide(unit, 0, RoundingMode.valueOf(r.text("rounding"))).multiply(unit).longValueExact();
    }

    /**
     * Whether recording {@code recordedMinutes} for a day worked {@code workedMinutes} is allowed: counted in
     * DAILY_TIME units, and rounded only in the direction the table allows (UP: in the worker's favour).
     */
    public boolean dailyRecordAllowed(long workedMinutes, long recordedMinutes) {
        RuleRow r = row("DAILY_TIME");
        if (recordedMinutes % r.integer("roundToMinutes") != 0) {
            return false;
        }
        return switch (r.text("rounding")) {
            case "UP" -> recordedMinutes >= workedMinutes;
            default -> throw new IllegalStateException("unknown daily rounding " + r.text("rounding"));
        };
    }

    public int overDailyHours() {
        return row(Premium.OVERTIME.name()).integer("overDailyHours");
    }

    public int overWeeklyHours() {
        return row(Premium.OVERTIME.name()).integer("overWeeklyHours");
    }

    /** Monthly overtime hours beyond which OVERTIME_BEYOND_60H applies. */
    public int overMonthlyHours() {
        return row(Premium.OVERTIME_BEYOND_60H.name()).integer("overMonthlyHours");
    }

    public LocalTime lateNightFrom() {
        return LocalTime.parse(row(Premium.LATE_NIGHT.name()).text("fromTime"));
    }

    public LocalTime lateNightUntil() {
        return LocalTime.parse(row(Premium.LATE_NIGHT.name()).text("untilTime"));
    }
}
