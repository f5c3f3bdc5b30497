package jp.tsunagu.workspace.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;

/**
 * What other modules (claims: the audit pack, 運営指導) may ask of the workspace module about staffing: the month's full-time
 * equivalent (常勤換算) against the staffing ratio, as the workspace's staffing report computes it. Read-only; it runs
 * in a transaction of its own for the current tenant (a month the rule tables do not cover is answered empty, not refused).
 */
public interface StaffingQueries {

    /**
     * The office's staffing of {@code month}: the full-time hours a week, each requirement of each service's ratio with
     * the staff counted, their full-time equivalent and the one required; empty when the month's rule tables are
     * missing or the office is not the current tenant's.
     */
    Optional<MonthStaffing> staffing(OfficeId officeId, YearMonth month);

    /** A month's staffing; {@code staffCount} is the number of staff with hours that count in the month (0: none recorded). */
    record MonthStaffing(YearMonth month, BigDecimal fullTimeHoursPerWeek, int staffCount, List<Requirement> requirements, boolean shortage) {
        public MonthStaffing {
            requirements = List.copyOf(requirements);
        }
    }

    /** One requirement of a service's ratio: the staff it names, the full-time equivalent required and counted. */
    record Requirement(ServiceType serviceType, String level, String staff, BigDecimal requiredFte, BigDecimal fte, int staffCount,
                       boolean shortage) {
    }
}
