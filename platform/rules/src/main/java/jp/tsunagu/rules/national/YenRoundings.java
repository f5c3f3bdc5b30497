package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.tsunagu.kernel.Yen;

/**
 * The one place where a rule table's rounding column becomes a {@link Yen.Rounding}, so that every amount of
 * money a view computes is made whole by {@link Yen#of(BigDecimal, Yen.Rounding)}.
 *
 * <p>The tables name a rounding in two ways: the 50銭 rule as {@code FIFTY_SEN_DOWN} (50銭 or less dropped, more
 * rounded up), or a {@link RoundingMode} name. {@code DOWN} is 切り捨て ({@link Yen.Rounding#TRUNCATE}), {@code UP}
 * 切り上げ ({@link Yen.Rounding#CEILING}), {@code HALF_UP} 四捨五入, {@code HALF_DOWN} the 50銭 rule. {@code FLOOR}
 * and {@code CEILING} round toward minus and plus infinity: the same as truncation and 切り上げ for an amount of
 * zero or more, the other way round for a negative one, so the figure is the one {@link RoundingMode} gives.
 * {@code HALF_EVEN} and {@code UNNECESSARY} name no rounding of yen and are refused.
 */
final class YenRoundings {
    private static final BigDecimal STICKY = new BigDecimal("0.01");

    private YenRoundings() {
    }

    /** The {@link Yen.Rounding} a table's rounding column names, for an amount of the sign {@code signum}. */
    static Yen.Rounding of(String name, int signum) {
        return switch (name) {
            case "FIFTY_SEN_DOWN", "HALF_DOWN" -> Yen.Rounding.FIFTY_SEN;
            case "HALF_UP" -> Yen.Rounding.HALF_UP;
            case "DOWN" -> Yen.Rounding.TRUNCATE;
            case "UP" -> Yen.Rounding.CEILING;
            case "FLOOR" -> signum < 0 ? Yen.Rounding.CEILING : Yen.Rounding.TRUNCATE;
            case "CEILING" -> signum < 0 ? Yen.Rounding.TRUNCATE : Yen.Rounding.CEILING;
            default -> throw new IllegalStateException("unknown rounding " + name + ": no rounding of yen has this name");
        };
    }

    /** An amount in yen (with sen or finer) made whole as the table's rounding {@code name} says. */
    static Yen round(BigDecimal yen, String name) {
        return Yen.of(yen, of(name, yen.signum()));
    }

    /** An amount in yen rounded as {@code name} says to a multiple of {@code unit} yen (10: to tens of yen). */
    static Yen round(BigDecimal yen, String name, int unit) {
        return quotient(yen, BigDecimal.valueOf(unit), name).times(unit);
    }

    /**
     * {@code dividend ÷ divisor} as whole yen, rounded once as {@code name} says. A quotient that does not end
     * (÷ 12 months) is cut after one decimal and, when something was cut, given a further digit (a hundredth), so
     * the rounding sees exactly whether the rest was nothing, under half, half or over half: no intermediate
     * rounding can move the result.
     */
    static Yen quotient(BigDecimal dividend, BigDecimal divisor, String name) {
        if (divisor.signum() <= 0) {
            throw new IllegalArgumentException("cannot divide an amount of yen by " + divisor);
        }
        BigDecimal cut = dividend.divide(divisor, 1, RoundingMode.DOWN);
        BigDecimal sticky = cut.multiply(divisor).compareTo(dividend) == 0 ? cut
                : cut.add(dividend.signum() < 0 ? STICKY.negate() : STICKY);
        return round(sticky, name);
    }
}
