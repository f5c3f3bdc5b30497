package jp.tsunagu.employment.internal.documents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import jp.tsunagu.employment.internal.contracts.EmploymentContract;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService.Named;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.OfficeSummary;

/**
 * What a 労働条件通知書 states, as plain values: the employer (the tenant: 法人 or 市町村) and the office (name, number),
 * the worker, the term (with its end and the renewal terms when fixed), the place and the job, the working day (start,
 * end, break, scheduled time) and the days a week (scheduled time a week), the hourly wage and the monthly commuting
 * allowance, the 就業規則 version, and the day it is issued. The template formats them ({@code #ja}, the bundles).
 *
 * @param endDate       the last day of a fixed term, or null without one
 * @param renewal       the renewal terms of a fixed term as entered, or null
 * @param dailyMinutes  the scheduled working time of a day (end − start − break)
 * @param weeklyMinutes the scheduled working time of a week
 */
public record NoticeView(String employer, String officeName, String officeNumber, String name, LocalDate startDate, LocalDate endDate,
                         String renewal, String place, String job, LocalTime dailyStart, LocalTime dailyEnd, int breakMinutes,
                         int dailyMinutes, int daysPerWeek, int weeklyMinutes, Yen hourlyWage, Yen commutingAllowance,
                         String workRulesVersion, LocalDate issuedOn) {

    public NoticeView {
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeNumber, "officeNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(dailyStart, "dailyStart");
        Objects.requireNonNull(dailyEnd, "dailyEnd");
        Objects.requireNonNull(hourlyWage, "hourlyWage");
        Objects.requireNonNull(issuedOn, "issuedOn");
        commutingAllowance = commutingAllowance == null ? Yen.ZERO : commutingAllowance;
    }

    public boolean fixedTerm() {
        return endDate != null;
    }

    /** The notice of {@code contract}, issued by {@code employer} at {@code office} on {@code issuedOn}. */
    static NoticeView of(String employer, OfficeSummary office, Named contract, LocalDate issuedOn) {
        EmploymentContract c = contract.contract();
        return new NoticeView(employer, office.name(), office.officeNumber(), contract.name(), c.startDate(), c.endDate(), c.renewal(),
                c.place(), c.job(), c.dailyStart(), c.dailyEnd(), c.breakMinutes(), c.dailyMinutes(), c.daysPerWeek(), c.weeklyMinutes(),
                c.hourlyWage(), c.commutingAllowance(), c.workRulesVersion(), issuedOn);
    }
}
