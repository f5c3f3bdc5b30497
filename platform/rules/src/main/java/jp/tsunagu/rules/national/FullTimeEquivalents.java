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
        RuleRow r = row();
        if (fullTimeHoursPerWeek.compareTo(r.decimal("minimumFullTimeHoursPerWeek")) < 0) {
            throw new IllegalArgumentException("full-time hours of " + fullTimeHoursPerWeek + " a week are below the minimum of "
                    + r.decimal("minimumFullTimeHoursPerWeek"));
        }
        BigDecimal sum = weeklyHours.stream().map(h -> h.divide(fullTimeHoursPerWeek, 10, RoundingMode.DOWN))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.setScale(r.integer("scale"), RoundingMode.valueOf(r.text("rounding")));
    }

    /**
     * The hours of one staff member (all their work in the office, a week) that count: at most the full-time
     * hours when the table caps them, else all of them.
     */
    public BigDecimal countedHours(BigDecimal staffHoursPerWeek, BigDecimal fullTimeHoursPerWeek) {
        boolean capped = "FULL_TIME".equals(Figures.text(rules, row(), "FTE", "hoursCapPerStaff"));
        return capped ? staffHoursPerWeek.min(fullTimeHoursPerWeek) : staffHoursPerWeek;
    }

    private RuleRow row() {
        return rules.row(TABLE, "FTE");
    }
}
