package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/** 地域別最低賃金 by prefecture on a date, and the reduced minimum under a 減額特例 permit. */
public record MinimumWages(RuleView rules) {
    public static final String TABLE = "minimum-wage";

    /** The row in force, with its own start date (prefectures change on different days). */
    public RuleRow row(Prefecture prefecture) {
        return rules.row(TABLE, prefecture);
    }

    /** The minimum wage, whole yen an hour. */
    public Yen yenPerHour(Prefecture prefecture) {
        return Yen.exact(row(prefecture).decimal("yenPerHour"));
    }

    /**
     * The minimum for a worker with a reduction permit of {@code percent} % (最低賃金の減額特例), yen an hour with
     * sen (1,063 less 10 % → 956.7): exact, not a {@link Yen}, because no table names a rounding for it.
     */
    public BigDecimal reduced(Prefecture prefecture, BigDecimal percent) {
        return yenPerHour(prefecture).toBigDecimal().multiply(BigDecimal.valueOf(100).subtract(percent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }
}
