package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** The worker's share of wages, in whole yen. */
    public long workerShare(long wages) {
        RuleRow row = general();
        BigDecimal exact = BigDecimal.valueOf(wages).multiply(row.decimal("workerPerMille")).divide(BigDecimal.valueOf(1000));
        return switch (row.text("workerShareRounding")) {
            case "FIFTY_SEN_DOWN" -> exact.setScale(0, RoundingMode.HALF_DOWN).longValueExact();
            default -> throw new IllegalStateException("unknown rounding " + row.text("workerShareRounding"));
        };
    }
}
