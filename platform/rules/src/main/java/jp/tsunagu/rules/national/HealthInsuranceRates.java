package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 健康保険料率 (協会けんぽ) by prefecture. Read it with the view of the first day of the premium month (保険料の対象月,
 * see {@link SocialInsuranceRates#lookupDate}), not of the pay date: a fiscal year's rates apply from the March
 * premium, deducted from April pay.
 */
public record HealthInsuranceRates(RuleView rules) {
    public static final String TABLE = "health-insurance-rate";

    public RuleRow row(Prefecture prefecture) {
        return rules.row(TABLE, prefecture);
    }

    /** The rate in % of the standard monthly remuneration (employer and employee together). */
    public BigDecimal percent(Prefecture prefecture) {
        return row(prefecture).decimal("ratePercent");
    }
}
