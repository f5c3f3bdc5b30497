package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * Rounding in the claim to the 国保連, every mode from the table: a percentage addition or reduction of units
 * is rounded after each step (half up); yen = units × unit price, truncated, once per service type and month;
 * the user's 10 % share truncated; the user pays the least of the share, the certificate's cap and the
 * upper-limit management result; the benefit claimed is total cost − the user's charge.
 */
public record BillingRounding(RuleView rules) {
    public static final String TABLE = "billing-rounding";
    private static final String KEY = "CLAIM";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RuleRow row() {
        return rules.row(TABLE, KEY);
    }

    /** {@code units} × {@code percent} / 100 in whole units (587 at 70 % → 411; 3,522 at 15 % → 528). */
    public long applyPercent(long units, BigDecimal percent) {
        return BigDecimal.valueOf(units).multiply(percent).divide(HUNDRED)
                .setScale(0, mode("percentRounding")).longValueExact();
    }

    public long applyPercent(long units, int percent) {
        return applyPercent(units, BigDecimal.valueOf(percent));
    }

    /** Applies the percentages one after another, rounding after each step (587, 70 %, 150 % → 411 → 617). */
    public long applyInSteps(long units, BigDecimal... percents) {
        long result = units;
        for (BigDecimal p : percents) {
            result = applyPercent(result, p);
        }
        return result;
    }

    /** The yen of one service type's month: units × unit price (yen per unit, with sen), rounded once (2,468 × 11.20 → 27,641). */
    public Yen yen(long units, BigDecimal unitPrice) {
        return YenRoundings.round(BigDecimal.valueOf(units).multiply(unitPrice), text("yenRounding"));
    }

    /** The user's share of the total cost (10 %, truncated). */
    public Yen userShare(Yen totalCost) {
        RuleRow r = row();
        return YenRoundings.round(totalCost.toBigDecimal().multiply(Figures.decimal(rules, r, KEY, "userSharePercent")).divide(HUNDRED),
                text("userShareRounding"));
    }

    /** What the user pays: the least of the share and the certificate's monthly cap. */
    public Yen userCharge(Yen totalCost, Yen monthlyCopayCap) {
        return userShare(totalCost).min(monthlyCopayCap);
    }

    /** What the user pays with upper-limit management (上限額管理): the least of the share, the cap and its result. */
    public Yen userCharge(Yen totalCost, Yen monthlyCopayCap, Yen copayCapManagementResult) {
        return userCharge(totalCost, monthlyCopayCap).min(copayCapManagementResult);
    }

    /** The benefit claimed: total cost − the user's charge (not total × 90 %). */
    public Yen benefit(Yen totalCost, Yen userCharge) {
        if (userCharge.isNegative() || userCharge.isGreaterThan(totalCost)) {
            throw new IllegalArgumentException("userCharge " + userCharge.value() + " is not within the total cost " + totalCost.value());
        }
        return totalCost.minus(userCharge);
    }

    private String text(String column) {
        return Figures.text(rules, row(), KEY, column);
    }

    private RoundingMode mode(String column) {
        return RoundingMode.valueOf(text(column));
    }
}
