package jp.tsunagu.employment.internal.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.EmploymentInsuranceRates;
import jp.tsunagu.rules.national.SocialInsuranceRates;
import jp.tsunagu.rules.national.StandardMonthlyRemunerations;
import jp.tsunagu.rules.national.Withholding;
import jp.tsunagu.rules.national.WorkingTimePremiums;
import jp.tsunagu.rules.national.WorkingTimePremiums.Premium;

/**
 * One employed user's monthly pay: the earnings from the month's counted time ({@link TimeSheet}) at the contract's
 * hourly wage, with the premiums, and the commuting allowance; the deductions — employment insurance on the wages by
 * the rate of the wage period's closing date, health (with care and the child support levy) and pension insurance on
 * the standard monthly remuneration for the premium month (the month before the pay month: premiums are deducted the
 * month after), income tax by the computer method of the pay date's year, and the resident tax the municipality
 * notified. Every amount is rounded where and as its rule table says, and carries its trail.
 *
 * <p>Pure: the rule tables are read through {@link Rules} by date; nothing is stored.
 */
public final class PayrollCalculation {
    private PayrollCalculation() {
    }

    /** Wages owed for a closed month, paid with this one (taxed and insured as this month's pay). */
    public record Adjustment(YearMonth correctsMonth, Yen amount, String reason) {
    }

    /** The time of the month worked under one hourly wage (the month's part under one contract). */
    public record Segment(Yen hourlyWage, TimeSheet.Month time) {
    }

    /** A line of the payslip. */
    public enum Item {
        BASE, OVERTIME, OVERTIME_BEYOND_LIMIT, HOLIDAY, LATE_NIGHT, ADJUSTMENT, COMMUTING,
        EMPLOYMENT_INSURANCE, HEALTH_INSURANCE, PENSION, INCOME_TAX, RESIDENT_TAX
    }

    /**
     * Social insurance of the user for the premium month: the monthly remuneration (報酬月額) the standard amounts are
     * determined from — the health and the pension grades are looked up separately, since they part below 93,000 yen
     * (health grade 3 is 78,000, pension grade 1 is 88,000) — the age that counts (care insurance from 40 to 64), and the
     * employee's share where the premium adjustment applies (null: the table's half).
     */
    public record SocialInsurance(Yen remuneration, int age, BigDecimal employeeShare) {
    }

    /**
     * The month's inputs: the office's prefecture (health insurance rate), the hourly wage, the counted time, the
     * commuting allowance, whether the user is insured for employment insurance and social insurance (null: not), the
     * number of qualifying dependents and whether the user has a disability (counted once more in 扶養親族等の数), the
     * resident tax of the month, the wage period's closing date and the pay date.
     */
    public record Inputs(Prefecture prefecture, List<Segment> segments, List<Adjustment> adjustments, Yen commutingAllowance,
                         boolean employmentInsurance, SocialInsurance social, int dependents, boolean disability, Yen residentTax,
                         LocalDate periodClosing, LocalDate payDate) {
        /** A month under one contract. */
        public Inputs(Prefecture prefecture, Yen hourlyWage, TimeSheet.Month time, Yen commutingAllowance, boolean employmentInsurance,
                      SocialInsurance social, int dependents, boolean disability, Yen residentTax, LocalDate periodClosing, LocalDate payDate) {
            this(prefecture, List.of(new Segment(hourlyWage, time)), List.of(), commutingAllowance, employmentInsurance, social, dependents,
                    disability, residentTax, periodClosing, payDate);
        }

        public Inputs {
            Objects.requireNonNull(prefecture, "prefecture");
            segments = List.copyOf(segments);
            adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
            if (segments.isEmpty()) {
                throw new IllegalArgumentException("a month needs its time at a wage");
            }
            commutingAllowance = commutingAllowance == null ? Yen.ZERO : commutingAllowance;
            residentTax = residentTax == null ? Yen.ZERO : residentTax;
            if (dependents < 0) {
                throw new IllegalArgumentException("dependents cannot be negative");
            }
        }

        /** 扶養親族等の数: the qualifying dependents, plus one for a user with a disability (障害者控除 counts the person). */
        public int dependentsCounted() {
            return dependents + (disability ? 1 : 0);
        }
    }

    /** A line: what it is, the amount, and how it was computed. */
    public record Line(Item item, Yen amount, String trail) {
    }

    /** The month's payslip: earnings and deductions in payslip order, each with its trail. */
    public record Payslip(List<Line> earnings, List<Line> deductions) {
        public Yen gross() {
            return sum(earnings);
        }

        public Yen deductionsTotal() {
            return sum(deductions);
        }

        public Yen net() {
            return gross().minus(deductionsTotal());
        }

        /** The item's amount: the sum of its lines (a month under two wages has two of each earning). */
        public Yen amount(Item item) {
            return java.util.stream.Stream.concat(earnings.stream(), deductions.stream()).filter(l -> l.item() == item).map(Line::amount)
                    .reduce(Yen.ZERO, Yen::plus);
        }

        private static Yen sum(List<Line> lines) {
            return lines.stream().map(Line::amount).reduce(Yen.ZERO, Yen::plus);
        }
    }

    /** The premium month whose social insurance a pay date deducts: the month before the pay month. */
    public static YearMonth premiumMonth(LocalDate payDate) {
        return YearMonth.from(payDate).minusMonths(1);
    }

    public static Payslip calculate(Inputs in, Rules rules) {
        WorkingTimePremiums premiums = new WorkingTimePremiums(rules.on(in.periodClosing()));
        List<Line> earnings = new ArrayList<>();
        for (Segment segment : in.segments()) {
            Yen wage = segment.hourlyWage();
            TimeSheet.Month t = segment.time();
            earnings.add(new Line(Item.BASE, premiums.roundAmount(wage.toBigDecimal().multiply(BigDecimal.valueOf(t.regular()))
                    .divide(BigDecimal.valueOf(60), 10, java.math.RoundingMode.HALF_EVEN)), wage.value() + " × " + t.regular() + " min ÷ 60"));
            addPremium(earnings, premiums, Item.OVERTIME, wage, t.overtime(), Premium.OVERTIME, false);
            addPremium(earnings, premiums, Item.OVERTIME_BEYOND_LIMIT, wage, t.overtimeBeyondLimit(), Premium.OVERTIME_BEYOND_60H, false);
            addPremium(earnings, premiums, Item.HOLIDAY, wage, t.holiday(), Premium.HOLIDAY, false);
            addPremium(earnings, premiums, Item.LATE_NIGHT, wage, t.night(), Premium.LATE_NIGHT, true);
        }
        for (Adjustment a : in.adjustments()) {
            earnings.add(new Line(Item.ADJUSTMENT, a.amount(), "for " + a.correctsMonth() + ": " + a.reason()));
        }
        if (!in.commutingAllowance().isZero()) {
            earnings.add(new Line(Item.COMMUTING, in.commutingAllowance(), "contract, monthly"));
        }
        Yen gross = earnings.stream().map(Line::amount).reduce(Yen.ZERO, Yen::plus);

        List<Line> deductions = new ArrayList<>();
        if (in.employmentInsurance()) {
            EmploymentInsuranceRates rates = new EmploymentInsuranceRates(rules.on(in.periodClosing()));
            deductions.add(new Line(Item.EMPLOYMENT_INSURANCE, rates.workerShare(gross), gross.value() + " × " + rates.workerPerMille().toPlainString()
                    + "/1000 (period closing " + in.periodClosing() + ")"));
        }
        if (in.social() != null) {
            YearMonth premiumMonth = premiumMonth(in.payDate());
            SocialInsuranceRates rates = new SocialInsuranceRates(rules.on(SocialInsuranceRates.lookupDate(premiumMonth)));
            SocialInsurance s = in.social();
            StandardMonthlyRemunerations grades = new StandardMonthlyRemunerations(rules.on(SocialInsuranceRates.lookupDate(premiumMonth)));
            StandardMonthlyRemunerations.Grade healthGrade = grades.healthGrade(s.remuneration());
            StandardMonthlyRemunerations.Grade pensionGrade = grades.pensionGrade(s.remuneration());
            Yen health = s.employeeShare() == null ? rates.healthEmployeeShare(in.prefecture(), healthGrade.amount(), s.age())
                    : rates.healthEmployeeShare(in.prefecture(), healthGrade.amount(), s.age(), s.employeeShare());
            Yen pension = s.employeeShare() == null ? rates.pensionEmployeeShare(pensionGrade.amount())
                    : rates.pensionEmployeeShare(pensionGrade.amount(), s.employeeShare());
            String share = s.employeeShare() == null ? "half" : s.employeeShare().toPlainString();
            deductions.add(new Line(Item.HEALTH_INSURANCE, health, healthGrade.amount().value() + " (grade " + healthGrade.grade() + " for "
                    + s.remuneration().value() + ") × " + rates.premiumPercent(SocialInsuranceRates.Premium.HEALTH, in.prefecture(), s.age())
                    .toPlainString() + " % × " + share + " (premium month " + premiumMonth + ", age " + s.age() + ")"));
            deductions.add(new Line(Item.PENSION, pension, pensionGrade.amount().value() + " (grade " + pensionGrade.grade() + ") × "
                    + rates.premiumPercent(SocialInsuranceRates.Premium.PENSION, in.prefecture(), s.age()).toPlainString() + " % × " + share
                    + " (premium month " + premiumMonth + ")"));
        }
        Yen insurance = deductions.stream().map(Line::amount).reduce(Yen.ZERO, Yen::plus);
        Yen a = gross.minus(in.commutingAllowance()).minus(insurance).max(Yen.ZERO); // the commuting allowance is not taxed
        Withholding withholding = new Withholding(rules.on(in.payDate()));
        deductions.add(new Line(Item.INCOME_TAX, withholding.monthlyTax(a, in.dependentsCounted()), "A " + a.value() + ", 扶養親族等 "
                + in.dependentsCounted() + (in.disability() ? " (incl. the person: disability)" : "") + ", pay date " + in.payDate()));
        if (!in.residentTax().isZero()) {
            deductions.add(new Line(Item.RESIDENT_TAX, in.residentTax(), "municipality's notice"));
        }
        return new Payslip(List.copyOf(earnings), List.copyOf(deductions));
    }

    private static void addPremium(List<Line> lines, WorkingTimePremiums premiums, Item item, Yen wage, long minutes, Premium premium,
                                   boolean premiumOnly) {
        if (minutes == 0) {
            return;
        }
        Yen amount = premiumOnly ? premiums.premiumOnly(wage, minutes, premium) : premiums.payWithPremium(wage, minutes, premium);
        lines.add(new Line(item, amount, wage.value() + " × " + minutes + " min ÷ 60 × " + (premiumOnly ? "" : "(100 + ")
                + premiums.percent(premium).toPlainString() + (premiumOnly ? " %" : ") %")));
    }
}
