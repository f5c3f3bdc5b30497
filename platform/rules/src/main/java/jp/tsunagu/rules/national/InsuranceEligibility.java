package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 適用要件: whether an employee must be insured under SocialInsurance (健康保険・厚生年金) and EmploymentInsurance
 * (雇用保険) on the view's date. Every threshold comes from the table; a requirement the table marks as no longer
 * applying (applies: false) is met by everyone. Only the criteria the table holds are checked: the short-time
 * criteria the sources did not list remain the caller's.
 */
public record InsuranceEligibility(RuleView rules) {
    public static final String TABLE = "social-insurance-eligibility";

    public enum Insurance { SOCIAL, EMPLOYMENT }

    public enum Requirement {
        FULL_TIME_HOURS_SHARE, FULL_TIME_DAYS_SHARE, SHORT_TIME_EMPLOYER_SIZE, SHORT_TIME_WEEKLY_HOURS,
        SHORT_TIME_MONTHLY_WAGE, REDUCED_WAGE_OPT_IN, WEEKLY_HOURS, EXPECTED_DAYS
    }

    /** Social insurance for one worker on the date: insured, not, or insured only at the worker's own request. */
    public enum SocialStatus { INSURED, NOT_INSURED, OPT_IN_ONLY }

    public RuleRow row(Insurance insurance, Requirement requirement) {
        return rules.row(TABLE, insurance, requirement);
    }

    /** The inclusive minimum, or empty when the requirement no longer applies. */
    public Optional<BigDecimal> minimum(Insurance insurance, Requirement requirement) {
        RuleRow r = row(insurance, requirement);
        return Boolean.parseBoolean(r.text("applies")) ? Optional.of(r.decimal("minimum")) : Optional.empty();
    }

    private boolean meets(Insurance insurance, Requirement requirement, BigDecimal value) {
        return minimum(insurance, requirement).map(min -> value.compareTo(min) >= 0).orElse(true);
    }

    private boolean meetsShare(Requirement requirement, BigDecimal value, BigDecimal fullTime) {
        return minimum(Insurance.SOCIAL, requirement).map(share -> value.compareTo(fullTime.multiply(share)) >= 0).orElse(true);
    }

    /**
     * The ¾ rule: at least the table's share of the full-time weekly hours and of the full-time days (give the
     * worker's and the full-time days in the same unit).
     */
    public boolean socialByFullTimeShare(BigDecimal weeklyHours, BigDecimal fullTimeWeeklyHours, BigDecimal days, BigDecimal fullTimeDays) {
        return meetsShare(Requirement.FULL_TIME_HOURS_SHARE, weeklyHours, fullTimeWeeklyHours)
                && meetsShare(Requirement.FULL_TIME_DAYS_SHARE, days, fullTimeDays);
    }

    /** The short-time criteria the table holds: employer size, weekly hours, monthly wage. */
    public boolean socialAsShortTime(int employerSize, BigDecimal weeklyHours, Yen monthlyWage) {
        return meets(Insurance.SOCIAL, Requirement.SHORT_TIME_EMPLOYER_SIZE, BigDecimal.valueOf(employerSize))
                && meets(Insurance.SOCIAL, Requirement.SHORT_TIME_WEEKLY_HOURS, weeklyHours)
                && meets(Insurance.SOCIAL, Requirement.SHORT_TIME_MONTHLY_WAGE, monthlyWage.toBigDecimal());
    }

    /** Insured under SocialInsurance by the ¾ rule, or else as a short-time worker. */
    public boolean socialInsurance(int employerSize, BigDecimal weeklyHours, BigDecimal fullTimeWeeklyHours,
                                   BigDecimal days, BigDecimal fullTimeDays, Yen monthlyWage) {
        return socialByFullTimeShare(weeklyHours, fullTimeWeeklyHours, days, fullTimeDays)
                || socialAsShortTime(employerSize, weeklyHours, monthlyWage);
    }

    /**
     * Social insurance for a worker, with the 特定減額特例対象者 rule: a short-time worker under a minimum-wage
     * reduction permit whose scheduled monthly wage is under the table's limit is insured only on their own request
     * (OPT_IN_ONLY) where the table says the opt-in applies; otherwise as {@link #socialInsurance}.
     */
    public SocialStatus socialStatus(int employerSize, BigDecimal weeklyHours, BigDecimal fullTimeWeeklyHours, BigDecimal days,
                                     BigDecimal fullTimeDays, Yen monthlyWage, boolean reducedWagePermit) {
        if (socialByFullTimeShare(weeklyHours, fullTimeWeeklyHours, days, fullTimeDays)) {
            return SocialStatus.INSURED;
        }
        if (!socialAsShortTime(employerSize, weeklyHours, monthlyWage)) {
            return SocialStatus.NOT_INSURED;
        }
        if (reducedWagePermit) {
            Optional<BigDecimal> below = minimum(Insurance.SOCIAL, Requirement.REDUCED_WAGE_OPT_IN);
            if (below.isPresent() && monthlyWage.toBigDecimal().compareTo(below.get()) < 0) {
                return SocialStatus.OPT_IN_ONLY;
            }
        }
        return SocialStatus.INSURED;
    }

    /** The remark the 資格取得届 of an opted-in 特定減額特例対象者 carries (「特定減額特例対象者の任意取得」). */
    public String optInRemark() {
        RuleRow r = row(Insurance.SOCIAL, Requirement.REDUCED_WAGE_OPT_IN);
        return Figures.text(rules, r, "[SOCIAL, REDUCED_WAGE_OPT_IN]", "remark");
    }

    /** The day an opt-in requested on {@code request} starts, as the table's optInStart says (the request's date by default). */
    public java.time.LocalDate optInStart(java.time.LocalDate request) {
        RuleRow r = row(Insurance.SOCIAL, Requirement.REDUCED_WAGE_OPT_IN);
        return switch (Figures.text(rules, r, "[SOCIAL, REDUCED_WAGE_OPT_IN]", "optInStart")) {
            case "REQUEST_DATE" -> request;
            case "FIRST_OF_NEXT_MONTH" -> request.withDayOfMonth(1).plusMonths(1);
            default -> throw new IllegalStateException("unknown optInStart in " + TABLE);
        };
    }

    /** The smallest employer (employees) whose short-time workers are insured; empty when every employer is. */
    public Optional<Integer> employerSizeThreshold() {
        return minimum(Insurance.SOCIAL, Requirement.SHORT_TIME_EMPLOYER_SIZE).map(BigDecimal::intValueExact);
    }

    /** Insured under EmploymentInsurance: weekly hours and expected days of employment. */
    public boolean employmentInsurance(BigDecimal weeklyHours, int expectedDays) {
        return meets(Insurance.EMPLOYMENT, Requirement.WEEKLY_HOURS, weeklyHours)
                && meets(Insurance.EMPLOYMENT, Requirement.EXPECTED_DAYS, BigDecimal.valueOf(expectedDays));
    }
}
