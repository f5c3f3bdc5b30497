package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 保険料調整制度 (premium adjustment) on the first day of the premium month: whether an employee of an establishment
 * that applies may pay less than half of the premium, and the share allowed. Outside it the share is the
 * {@code employeeShare} of {@link SocialInsuranceRates} (half each).
 */
public record PremiumAdjustment(RuleView rules) {
    public static final String TABLE = "premium-adjustment";

    /** The range of the employee's share in %, inclusive. */
    public record ShareRange(BigDecimal minPercent, BigDecimal maxPercent) {
        public boolean contains(BigDecimal percent) {
            return percent.compareTo(minPercent) >= 0 && percent.compareTo(maxPercent) <= 0;
        }
    }

    public RuleRow row() {
        return rules.row(TABLE, "PREMIUM_ADJUSTMENT");
    }

    /**
     * The share range allowed for this employee, or empty when the scheme does not apply (not in force, a worker
     * who is not short-time where the scheme covers short-time workers only, or a standard remuneration above the limit).
     */
    public Optional<ShareRange> allowedShare(Yen standardMonthlyRemuneration, boolean shortTime) {
        RuleRow r = row();
        if (!Boolean.parseBoolean(r.text("applies"))) {
            return Optional.empty();
        }
        String key = "[PREMIUM_ADJUSTMENT]";
        if (Boolean.TRUE.equals(r.value("shortTimeOnly")) && !shortTime) {
            return Optional.empty();
        }
        if (standardMonthlyRemuneration.isGreaterThan(Figures.yen(rules, r, key, "maxStandardRemuneration"))) {
            return Optional.empty();
        }
        return Optional.of(new ShareRange(Figures.decimal(rules, r, key, "minEmployeeSharePercent"),
                Figures.decimal(rules, r, key, "maxEmployeeSharePercent")));
    }

    /** The share as a fraction (0.30 for 30 %), refused when the scheme does not allow it for this employee. */
    public BigDecimal employeeShare(Yen standardMonthlyRemuneration, boolean shortTime, BigDecimal percent) {
        ShareRange range = allowedShare(standardMonthlyRemuneration, shortTime).orElseThrow(() -> new IllegalArgumentException(
                "the premium adjustment does not apply on " + rules.date() + " to this employee (standard remuneration "
                        + standardMonthlyRemuneration.value() + (shortTime ? ", short-time" : ", not short-time") + ")"));
        if (!range.contains(percent)) {
            throw new IllegalArgumentException("an employee share of " + percent.toPlainString() + " % is outside "
                    + range.minPercent().toPlainString() + "-" + range.maxPercent().toPlainString() + " % on " + rules.date());
        }
        return percent.movePointLeft(2);
    }
}
