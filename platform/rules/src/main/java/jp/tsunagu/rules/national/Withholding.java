package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 源泉徴収 (Withholding): the monthly income tax of the 甲欄 by the computer method, every band and rounding from
 * the table, for the calendar year of payment (look up on the pay date).
 *
 * <p>{@code a} is A, the month's pay after social insurance (社会保険料等控除後の給与等の金額). {@code dependents}
 * is 扶養親族等の数: qualifying spouse and dependents, plus 1 when the employee is a person with a disability
 * (障害者, incl. 特別障害者), a widow, a single parent or a working student; the caller counts.
 */
public record Withholding(RuleView rules) {
    public static final String TABLE = "withholding-monthly";

    /** 給与所得控除 of the month for A. */
    public Yen employmentIncomeDeduction(Yen a) {
        return value(band("EMPLOYMENT_INCOME_DEDUCTION", a), a);
    }

    /** 基礎控除 of the month for A. */
    public Yen basicDeduction(Yen a) {
        return value(band("BASIC_DEDUCTION", a), a);
    }

    /** 配偶者控除等・扶養控除等 of the month: the per-person amount times 扶養親族等の数. */
    public Yen dependentDeduction(int dependents) {
        if (dependents < 0) {
            throw new IllegalArgumentException("扶養親族等の数 cannot be negative: " + dependents);
        }
        return value(band("DEPENDENT_DEDUCTION", Yen.ZERO), Yen.ZERO).times(dependents);
    }

    /** B: A less the three deductions (may be zero or negative, when no tax is due). */
    public Yen taxable(Yen a, int dependents) {
        requireA(a);
        return a.minus(employmentIncomeDeduction(a)).minus(basicDeduction(a)).minus(dependentDeduction(dependents));
    }

    /** The 甲欄 tax of the month, whole yen (0 when B is not positive). */
    public Yen monthlyTax(Yen a, int dependents) {
        Yen b = taxable(a, dependents);
        return b.value() <= 0 ? Yen.ZERO : value(band("TAX", b), b);
    }

    /** The 乙欄 rate in % of A, where the table holds one for A. */
    public BigDecimal secondaryColumnPercent(Yen a) {
        requireA(a);
        return band("SECONDARY_COLUMN", a).decimal("ratePercent");
    }

    private static void requireA(Yen a) {
        if (a.isNegative()) {
            throw new IllegalArgumentException("pay after social insurance cannot be negative: " + a.value());
        }
    }

    private RuleRow band(String part, Yen amount) {
        long x = amount.value();
        List<RuleRow> bands = rules.rows(TABLE).stream().filter(r -> r.text("part").equals(part))
                .sorted(Comparator.comparingInt(r -> r.integer("band"))).toList();
        if (bands.isEmpty()) {
            throw new RuleNotFound(TABLE, "[" + part + "]", rules.date(), "the table has no rows for this part");
        }
        return bands.stream().filter(r -> !r.has("upTo") || x <= r.integer("upTo")).findFirst()
                .orElseThrow(() -> new RuleNotFound(TABLE, "[" + part + "] " + x, rules.date(), "no band covers this amount"));
    }

    /** The band's value: its fixed amount, or x × rate % + plus − minus rounded to a multiple of roundTo as rounding says. */
    private static Yen value(RuleRow band, Yen x) {
        if (band.has("fixed")) {
            return Yen.exact(band.decimal("fixed"));
        }
        BigDecimal exact = x.toBigDecimal().multiply(band.decimal("ratePercent")).divide(BigDecimal.valueOf(100))
                .add(BigDecimal.valueOf(band.has("plus") ? band.integer("plus") : 0))
                .subtract(BigDecimal.valueOf(band.has("minus") ? band.integer("minus") : 0));
        return YenRoundings.round(exact, band.text("rounding"), band.integer("roundTo"));
    }
}
