package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 福祉・介護職員等処遇改善加算 (the staff pay-improvement addition) by service type, class and variant on the service
 * month's first day: its rate per 1,000 of the person's month of units, its service code, and the units it adds.
 * A class that does not exist on the date (R8's (Ⅰ)ロ in May 2026) fails naming table, key and date.
 */
public record PayImprovementAdditions(RuleView rules) {
    public static final String TABLE = "pay-improvement-addition";

    public RuleRow row(ServiceType service, String additionClass, boolean facility) {
        return rules.row(TABLE, service, additionClass, facility ? "FACILITY" : "STANDARD");
    }

    public int perMille(ServiceType service, String additionClass, boolean facility) {
        RuleRow r = row(service, additionClass, facility);
        return Figures.integer(rules, r, key(service, additionClass, facility), "perMille");
    }

    public String serviceCode(ServiceType service, String additionClass, boolean facility) {
        RuleRow r = row(service, additionClass, facility);
        return Figures.text(rules, r, key(service, additionClass, facility), "serviceCode");
    }

    /** The addition's units for a month of {@code baseUnits} (every unit of the month but this addition), rounded once. */
    public long units(ServiceType service, String additionClass, boolean facility, long baseUnits) {
        RuleRow r = row(service, additionClass, facility);
        int perMille = Figures.integer(rules, r, key(service, additionClass, facility), "perMille");
        return BigDecimal.valueOf(baseUnits).multiply(BigDecimal.valueOf(perMille))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.valueOf(r.text("rounding"))).longValueExact();
    }

    private static String key(ServiceType service, String additionClass, boolean facility) {
        return "[" + service + ", " + additionClass + ", " + (facility ? "FACILITY" : "STANDARD") + "]";
    }
}
