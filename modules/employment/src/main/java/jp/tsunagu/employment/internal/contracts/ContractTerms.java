package jp.tsunagu.employment.internal.contracts;

import java.time.LocalDate;
import java.time.LocalTime;
import jp.tsunagu.kernel.Yen;

/**
 * The terms of an employment contract as entered: the period, the renewal terms of a fixed term, the week and the day,
 * the hourly wage, the job and the place, the monthly commuting allowance and the 就業規則 version.
 */
public record ContractTerms(LocalDate startDate, LocalDate endDate, String renewal, int daysPerWeek, LocalTime dailyStart, LocalTime dailyEnd,
                            int breakMinutes, Yen hourlyWage, String job, String place, Yen commutingAllowance, String workRulesVersion) {
    public ContractTerms {
        renewal = renewal == null || renewal.isBlank() ? null : renewal.strip();
        job = job.strip();
        place = place.strip();
        workRulesVersion = workRulesVersion.strip();
        commutingAllowance = commutingAllowance == null ? Yen.ZERO : commutingAllowance;
    }
}
