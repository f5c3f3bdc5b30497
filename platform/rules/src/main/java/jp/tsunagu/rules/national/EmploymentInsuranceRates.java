package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 雇用保険料率 for the wage period closing on the view's date, and the worker's share with its rounding
 * (FIFTY_SEN_DOWN: 50銭 or less dropped, more rounded up).
 */
public record EmploymentInsuranceRates(RuleView rules) {
    public static final String TABLE = "employment-insurance-rate";

    public RuleRow general() {
        return rules.row(TABLE, "GENERAL");
    }

    public BigDecimal workerPerMille() {
        return general().decimal("workerPerMille");
    }

    /** The worker's share of wages, in whole yen, rounded as workerShareRounding says. */
    public Yen workerShare(Yen wages) {
        RuleRow row = general();
        BigDecimal exact = wages.toBigDecimal().multiply(row.decimal("workerPerMille")).divide(BigDecimal.valueOf(1000));
        return YenRoundings.round(exact, row.text("workerShareRounding"));
    }
}
