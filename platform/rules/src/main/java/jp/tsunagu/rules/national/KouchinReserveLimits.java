package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 工賃変動積立金 ({@code KouchinReserve}) and 設備等整備積立金 ({@code EquipmentReserve}): how much a year may set aside and
 * how high the balance may be, from the table {@code kouchin-reserve-limits}. Limits are whole yen, rounded down (a
 * limit is never exceeded by rounding).
 */
public record KouchinReserveLimits(RuleView rules) {
    public static final String TABLE = "kouchin-reserve-limits";

    /** The two reserves. */
    public enum Reserve { KOUCHIN_FLUCTUATION, EQUIPMENT }

    public RuleRow row(Reserve reserve) {
        return rules.row(TABLE, reserve.name());
    }

    /** How many fiscal years the 工賃 reserve's base averages (the year of the set-aside and those before it). */
    public int baseYears(Reserve reserve) {
        return Figures.integer(rules, row(reserve), reserve.name(), "baseYears");
    }

    /** Whether a set-aside needs the year's 工賃 paid to be at least the year before's. */
    public boolean requiresNoDecrease(Reserve reserve) {
        return Boolean.TRUE.equals(row(reserve).value("requiresNoDecrease"));
    }

    /** Whether the reserve may pay 工賃 (the 工賃 reserve may; the equipment reserve may not). */
    public boolean paysKouchin(Reserve reserve) {
        return Boolean.TRUE.equals(row(reserve).value("paysKouchin"));
    }

    /**
     * The most a year may set aside: for the 工賃 reserve, annualRate × the average of {@code yearlyBase} (the yearly 工賃
     * paid of the base years); for the equipment reserve, annualRate × the year's production revenue (one base).
     */
    public Yen annualLimit(Reserve reserve, List<Yen> yearlyBase) {
        return times(reserve, "annualRate", average(yearlyBase));
    }

    /** The highest balance: balanceRate × the base's average (工賃) or × the production assets' acquisition cost (equipment). */
    public Yen balanceLimit(Reserve reserve, List<Yen> yearlyBase) {
        return times(reserve, "balanceRate", average(yearlyBase));
    }

    private Yen times(Reserve reserve, String column, BigDecimal base) {
        return Yen.of(base.multiply(Figures.decimal(rules, row(reserve), reserve.name(), column)).setScale(0, RoundingMode.DOWN).longValueExact());
    }

    private static BigDecimal average(List<Yen> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = values.stream().map(Yen::toBigDecimal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 10, RoundingMode.DOWN);
    }
}
