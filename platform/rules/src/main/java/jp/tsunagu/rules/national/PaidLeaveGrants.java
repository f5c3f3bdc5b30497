package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 年次有給休暇 (PaidLeave): the days granted by length of service and weekly schedule (with the proportional grant,
 * 比例付与), the attendance a grant needs, the days that must be taken and how long leave stays valid; all from
 * the table. Look up on the grant date.
 */
public record PaidLeaveGrants(RuleView rules) {
    public static final String TABLE = "paid-leave-grant";

    /** The row of rules that applies to every grant. */
    public RuleRow common() {
        return rules.row(TABLE, "ANY", 0);
    }

    /** Whether a worker with this schedule gets the proportional grant (few days AND short hours). */
    public boolean proportional(int weeklyDays, BigDecimal weeklyHours) {
        if (weeklyDays < 1) {
            throw new IllegalArgumentException("days a week must be at least 1: " + weeklyDays);
        }
        RuleRow c = common();
        return weeklyDays <= c.integer("proportionalMaxWeeklyDays")
                && weeklyHours.compareTo(c.decimal("proportionalWeeklyHoursBelow")) < 0;
    }

    /** The schedule row set that applies: FULL_TIME, or DAYS_n for the proportional grant. */
    public String schedule(int weeklyDays, BigDecimal weeklyHours) {
        return proportional(weeklyDays, weeklyHours) ? "DAYS_" + weeklyDays : "FULL_TIME";
    }

    /**
     * The days granted on reaching {@code monthsOfService} of continuous service (the grant of the last service
     * length the table lists at or below it; the longest repeats every year after).
     */
    public int days(int weeklyDays, BigDecimal weeklyHours, int monthsOfService) {
        String schedule = schedule(weeklyDays, weeklyHours);
        List<RuleRow> grants = rules.rows(TABLE).stream().filter(r -> r.text("schedule").equals(schedule))
                .sorted(Comparator.comparingInt(r -> r.integer("monthsOfService"))).toList();
        if (grants.isEmpty()) {
            throw new RuleNotFound(TABLE, "[" + schedule + "]", rules.date(), "the table has no grants for this schedule");
        }
        if (monthsOfService < grants.getFirst().integer("monthsOfService")) {
            throw new IllegalArgumentException("no grant before " + grants.getFirst().integer("monthsOfService")
                    + " months of service: " + monthsOfService);
        }
        return grants.stream().filter(r -> r.integer("monthsOfService") <= monthsOfService).reduce((a, b) -> b)
                .orElseThrow().integer("days");
    }

    /** The days of a grant the employer must see taken within a year (0 when the grant is too small). */
    public int mustTake(int grantedDays) {
        RuleRow c = common();
        return grantedDays >= c.integer("mustTakeFromGrantedDays") ? c.integer("mustTakeDays") : 0;
    }

    /** Whether the attendance over the period before a grant qualifies for it. */
    public boolean attendanceQualifies(int attendedDays, int workingDays) {
        return BigDecimal.valueOf(attendedDays).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(workingDays).multiply(common().decimal("minAttendancePercent"))) >= 0;
    }

    /** Years after which granted leave lapses. */
    public int validYears() {
        return common().integer("validYears");
    }
}
