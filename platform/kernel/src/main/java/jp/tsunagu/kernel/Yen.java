package jp.tsunagu.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * 円: an amount of whole yen. Fractions exist only on the way to an amount ({@code BigDecimal} of yen and sen) and
 * become yen in one place, {@link #of(BigDecimal, Rounding)}, with the rounding the rule names.
 */
public record Yen(long value) implements Comparable<Yen> {
    public static final Yen ZERO = new Yen(0);

    /** The roundings the rules name. */
    public enum Rounding {
        /** 切り捨て: the fraction is dropped (toward zero). */
        TRUNCATE(RoundingMode.DOWN, 1),
        /** 切り上げ: any fraction makes a whole yen more (away from zero). */
        CEILING(RoundingMode.UP, 1),
        /** 四捨五入: 50銭 or more rounded up, under 50銭 dropped. */
        HALF_UP(RoundingMode.HALF_UP, 1),
        /** The 50銭 rule (通貨の単位及び貨幣の発行等に関する法律 第3条): 50銭 or less dropped, more than 50銭 rounded up. */
        FIFTY_SEN(RoundingMode.HALF_DOWN, 1),
        /** 10円未満切り捨て: down to whole tens of yen. */
        TRUNCATE_TO_10(RoundingMode.DOWN, 10);

        private final RoundingMode mode;
        private final int unit;

        Rounding(RoundingMode mode, int unit) {
            this.mode = mode;
            this.unit = unit;
        }

        public RoundingMode mode() {
            return mode;
        }

        public int unit() {
            return unit;
        }
    }

    public static Yen of(long value) {
        return value == 0 ? ZERO : new Yen(value);
    }

    /** An amount in yen (with sen or finer) made whole by {@code rounding}. */
    public static Yen of(BigDecimal amount, Rounding rounding) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal unit = BigDecimal.valueOf(rounding.unit());
        return of(amount.divide(unit).setScale(0, rounding.mode()).multiply(unit).longValueExact());
    }

    /** Whole yen, refusing a fraction: for figures that the rules give in yen. */
    public static Yen exact(BigDecimal amount) {
        return of(amount.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    public Yen plus(Yen other) {
        return of(Math.addExact(value, other.value));
    }

    public Yen minus(Yen other) {
        return of(Math.subtractExact(value, other.value));
    }

    public Yen times(long factor) {
        return of(Math.multiplyExact(value, factor));
    }

    /** This amount times a factor (a rate, hours), rounded as the rule says. */
    public Yen times(BigDecimal factor, Rounding rounding) {
        return of(BigDecimal.valueOf(value).multiply(factor), rounding);
    }

    public Yen negate() {
        return of(Math.negateExact(value));
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isLessThan(Yen other) {
        return value < other.value;
    }

    public boolean isGreaterThan(Yen other) {
        return value > other.value;
    }

    public Yen max(Yen other) {
        return value >= other.value ? this : other;
    }

    public Yen min(Yen other) {
        return value <= other.value ? this : other;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(value);
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(value, other.value);
    }

    /** Grouped, with the yen sign: {@code ¥1,280}. */
    public String format() {
        return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    @Override
    public String toString() {
        return value + " yen";
    }
}
