package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/** 常勤換算: staff hours over the office's full-time hours, summed, kept as the table says. */
public record FullTimeEquivalents(RuleView rules) {
    public static final String TABLE = "full-time-equivalent";

    public BigDecimal of(List<BigDecimal> weeklyHours, BigDecimal fullTimeHoursPerWeek) {
        RuleRow r = rules.row(TABLE, "FTE");
        if (fullTimeHoursPerWeek.compareTo(r.decimal("minimumFullTimeHoursPerWeek")) < 0) {
            throw new IllegalArgumentException("full-time hours of " + fullTimeHoursPerWeek + " a week are below the minimum of "
                    + r.decimal("minimumFullTimeHoursPerWeek"));
        }
        BigDecimal sum = weeklyHours.stream().map(h -> h.divide(fullTimeHoursPerWeek, 10, RoundingMode.DOWN))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.setScale(r.integer("scale"), RoundingMode.valueOf(r.text("rounding")));
    }
}
