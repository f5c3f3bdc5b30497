package jp.tsunagu.rules.national;

import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleView;

/**
 * 利用者負担上限月額 ({@code monthlyCopayCap}) by income class on a date, in yen a month, for day services. The
 * cap that applies to a person is the one on the recipient certificate; these are the standard figures.
 */
public record MonthlyCopayCaps(RuleView rules) {
    public static final String TABLE = "copay-cap";

    /** Income classes: 生活保護, 低所得, 一般1, 一般2. */
    public enum IncomeClass { WELFARE, LOW_INCOME, GENERAL_1, GENERAL_2 }

    /** The standard cap of an income class, a month. */
    public Yen yen(IncomeClass incomeClass) {
        return Figures.yen(rules, rules.row(TABLE, incomeClass), incomeClass.name(), "monthlyCapYen");
    }
}
