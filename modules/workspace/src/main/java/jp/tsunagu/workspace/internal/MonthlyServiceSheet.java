package jp.tsunagu.workspace.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries.ServedPerson;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.workspace.internal.domain.AttendanceConfirmation;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;

/**
 * 実績記録票: one person's month at an office. Every day of the month (with or without a record), the days used
 * against the benefit decision's amount per service type, the totals, the person's confirmation, and whether the
 * month is closed.
 */
public record MonthlyServiceSheet(OfficeSummary office, ServedPerson person, YearMonth month, List<Day> days,
                           Map<ServiceType, Usage> usage, Totals totals, AttendanceConfirmation confirmation, boolean closed) {

    /** A day of the month; {@code record} null when the person did not come and no absence was recorded. */
    public record Day(LocalDate date, ServiceRecord record) {
    }

    /** Days present against the decided amount (null when no decision covers the month). */
    public record Usage(int daysUsed, Integer daysAllowed) {
        public boolean exceeded() {
            return daysAllowed != null && daysUsed > daysAllowed;
        }
    }

    public record Totals(int daysPresent, int minutes, int transportTo, int transportFrom, int meals, int offsiteDays,
                         int absences, int absencesWithResponse) {
    }

    public List<Day> recordedDays() {
        return days.stream().filter(d -> d.record() != null).toList();
    }
}
