package jp.tsunagu.employment.internal.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Inputs;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Payslip;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.SocialInsurance;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.internal.RuleCatalog;
import jp.tsunagu.rules.national.WorkingTimePremiums;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The month's time counted to the minute and the payslip it gives, on the national rule data (worked cases EM-2 to EM-11). */
class PayrollCalculationTest {
    private static final Rules RULES = load();
    private static final TimeSheet.Schedule TEN_TO_THREE = new TimeSheet.Schedule(LocalTime.of(10, 0), LocalTime.of(15, 0), 60);

    private static Rules load() {
        try {
            return new RuleCatalog();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TimeSheet.Limits limits(String date) {
        return TimeSheet.Limits.of(new WorkingTimePremiums(RULES.on(LocalDate.parse(date))), DayOfWeek.SUNDAY);
    }

    private static TimeSheet.Day day(String date, String in, String out, int breakMinutes) {
        return new TimeSheet.Day(LocalDate.parse(date), LocalTime.parse(in), LocalTime.parse(out), breakMinutes);
    }

    /** A month of {@code regular} minutes at the wage and nothing else. */
    private static TimeSheet.Month regular(long minutes) {
        return new TimeSheet.Month(List.of(), minutes, minutes, 0, 0, 0, 0, 0, 0);
    }

    private static Payslip pay(long wage, TimeSheet.Month time, boolean employmentInsurance, SocialInsurance social, int dependents,
                               boolean disability, String closing, String payDate) {
        return PayrollCalculation.calculate(new Inputs(Prefecture.TOKYO, Yen.of(wage), time, Yen.ZERO, employmentInsurance, social, dependents,
                disability, Yen.ZERO, LocalDate.parse(closing), LocalDate.parse(payDate)), RULES);
    }

    @Test
    @DisplayName("EM-3 overtime to the minute: 9 h 20 min and 10 h on two days are 80 + 120 = 200 min of overtime, never rounded per day; at 1,100 yen × 125 % → 4,583 (under 50銭 dropped)")
    void em3OvertimeToTheMinute() {
        TimeSheet.Month month = TimeSheet.count(TEN_TO_THREE, List.of(day("2026-04-06", "09:00", "19:20", 60), day("2026-04-07", "09:00", "20:00", 60),
                day("2026-04-08", "10:07", "14:52", 60)), limits("2026-04-30"));
        assertThat(month.overtime()).isEqualTo(200);
        assertThat(month.regular()).isEqualTo(8 * 60 + 8 * 60 + 3 * 60 + 45);
        assertThat(month.days().get(2).late()).isEqualTo(7);
        assertThat(month.days().get(2).earlyLeave()).isEqualTo(8);
        Payslip slip = pay(1_100, month, false, null, 0, false, "2026-04-30", "2026-05-25");
        assertThat(slip.amount(Item.OVERTIME)).isEqualTo(Yen.of(4_583));
        assertThat(slip.earnings().stream().filter(l -> l.item() == Item.OVERTIME).findFirst().orElseThrow().trail())
                .isEqualTo("1100 × 200 min ÷ 60 × (100 + 25) %");
        // 1,185 min at 1,100: 21,725
        assertThat(slip.amount(Item.BASE)).isEqualTo(Yen.of(21_725));
    }

    @Test
    @DisplayName("the week's 40 hours: six days of 7 h (Monday to Saturday) make 2 h of overtime on Saturday; a Sunday (the statutory holiday) is holiday time at 135 %, a night hour earns 25 % on top")
    void weeklyLimitHolidayAndNight() {
        List<TimeSheet.Day> days = new java.util.ArrayList<>();
        for (int d = 6; d <= 11; d++) {
            days.add(day("2026-04-%02d".formatted(d), "09:00", "17:00", 60));
        }
        days.add(day("2026-04-12", "10:00", "14:00", 0));
        days.add(day("2026-04-13", "17:00", "23:00", 0));
        TimeSheet.Month month = TimeSheet.count(TEN_TO_THREE, days, limits("2026-04-30"));
        assertThat(month.days().get(5).overtime()).isEqualTo(120);
        assertThat(month.holiday()).isEqualTo(240);
        assertThat(month.night()).isEqualTo(60);
        // 21:00 to 23:59 with a two-hour break: 59 minutes worked, so at most 59 are night time (not the 119 of the span)
        assertThat(TimeSheet.count(TEN_TO_THREE, List.of(day("2026-04-14", "21:00", "23:59", 120)), limits("2026-04-30")).night()).isEqualTo(59);
        assertThat(month.overtime()).isEqualTo(120);
        Payslip slip = pay(1_200, month, false, null, 0, false, "2026-04-30", "2026-05-25");
        assertThat(slip.amount(Item.HOLIDAY)).isEqualTo(Yen.of(6_480)); // 1,200 × 4 h × 135 %
        assertThat(slip.amount(Item.LATE_NIGHT)).isEqualTo(Yen.of(300)); // 1,200 × 1 h × 25 %
    }

    @Test
    @DisplayName("a month split by a change of contract: the overtime beyond 60 h falls on the latest days, so the earlier contract's part has none and the later one takes the 100 minutes beyond")
    void partOfAMonth() {
        List<TimeSheet.DayCount> days = List.of(new TimeSheet.DayCount(LocalDate.of(2026, 10, 1), 3_600 + 480, 0, 0, 3_600, 0, false),
                new TimeSheet.DayCount(LocalDate.of(2026, 10, 20), 100 + 480, 0, 0, 100, 0, false));
        TimeSheet.Month month = new TimeSheet.Month(days, 4_660, 960, 3_600, 100, 0, 0, 0, 0);
        TimeSheet.Month early = TimeSheet.part(month, d -> d.isBefore(LocalDate.of(2026, 10, 3)));
        TimeSheet.Month late = TimeSheet.part(month, d -> !d.isBefore(LocalDate.of(2026, 10, 3)));
        assertThat(List.of(early.regular(), early.overtime(), early.overtimeBeyondLimit())).containsExactly(480L, 3_600L, 0L);
        assertThat(List.of(late.regular(), late.overtime(), late.overtimeBeyondLimit())).containsExactly(480L, 0L, 100L);
    }

    @Test
    @DisplayName("EM-2 employment insurance share by the period's closing date: 86,400 closing 2026-04-30 → 432; 86,450 and 86,500 closing 2026-03-31 → 475 and 476")
    void em2EmploymentInsuranceShare() {
        // 1,080 yen × 80 h = 86,400
        assertThat(pay(1_080, regular(80 * 60), true, null, 0, false, "2026-04-30", "2026-05-25").amount(Item.EMPLOYMENT_INSURANCE))
                .isEqualTo(Yen.of(432));
        // 1,729 yen × 50 h = 86,450; 1,730 × 50 h = 86,500
        assertThat(pay(1_729, regular(50 * 60), true, null, 0, false, "2026-03-31", "2026-04-24").amount(Item.EMPLOYMENT_INSURANCE))
                .isEqualTo(Yen.of(475));
        assertThat(pay(1_730, regular(50 * 60), true, null, 0, false, "2026-03-31", "2026-04-24").amount(Item.EMPLOYMENT_INSURANCE))
                .isEqualTo(Yen.of(476));
    }

    @Test
    @DisplayName("EM-4 withholding, 2026 computer method: pay after social insurance 175,000 with 2 dependents → 210 yen")
    void em4Withholding() {
        // 1,250 yen × 140 h = 175,000, nothing insured: A = 175,000
        Payslip slip = pay(1_250, regular(140 * 60), false, null, 2, false, "2026-06-30", "2026-07-24");
        assertThat(slip.amount(Item.INCOME_TAX)).isEqualTo(Yen.of(210));
        assertThat(slip.net()).isEqualTo(Yen.of(175_000 - 210));
    }

    @Test
    @DisplayName("EM-9 withholding for an employee with a disability: A 220,000, no dependents, a disability certificate → 3,440 yen (5,050 without)")
    void em9WithholdingWithADisability() {
        // 1,375 yen × 160 h = 220,000
        assertThat(pay(1_375, regular(160 * 60), false, null, 0, true, "2026-06-30", "2026-07-24").amount(Item.INCOME_TAX)).isEqualTo(Yen.of(3_440));
        assertThat(pay(1_375, regular(160 * 60), false, null, 0, false, "2026-06-30", "2026-07-24").amount(Item.INCOME_TAX)).isEqualTo(Yen.of(5_050));
    }

    @Test
    @DisplayName("EM-11 withholding follows the pay date: A 160,000, no dependents → 2,910 yen paid 2026-12-25, 2,600 yen paid 2027-01-25")
    void em11WithholdingByPayDate() {
        // 1,000 yen × 160 h = 160,000
        assertThat(pay(1_000, regular(160 * 60), false, null, 0, false, "2026-11-30", "2026-12-25").amount(Item.INCOME_TAX)).isEqualTo(Yen.of(2_910));
        assertThat(pay(1_000, regular(160 * 60), false, null, 0, false, "2026-12-31", "2027-01-25").amount(Item.INCOME_TAX)).isEqualTo(Yen.of(2_600));
    }

    @Test
    @DisplayName("a low remuneration: 75,000 yen a month, age 30, 東京, April 2026 premium → health on grade 3 (78,000) × 10.08 % ÷ 2 = 3,931, pension on grade 1 (88,000) × 18.3 % ÷ 2 = 8,052: the two grades part below 93,000")
    void healthAndPensionGradesPart() {
        Payslip may = pay(1_300, regular(80 * 60), false, new SocialInsurance(Yen.of(75_000), 30, null), 0, false, "2026-04-30", "2026-05-25");
        assertThat(may.amount(Item.HEALTH_INSURANCE)).isEqualTo(Yen.of(3_931));
        assertThat(may.amount(Item.PENSION)).isEqualTo(Yen.of(8_052));
        assertThat(may.deductions().stream().filter(l -> l.item() == Item.PENSION).findFirst().orElseThrow().trail()).startsWith("88000 (grade 1)");
    }

    @Test
    @DisplayName("資格取得時決定 from the contract: 1,300 yen × 16 h a week × 52 ÷ 12 = 90,133, plus a commuting allowance of 3,000 → 93,133")
    void remunerationAtEnrolment() {
        assertThat(RemunerationService.acquisitionRemunerationOf(Yen.of(1_300), 16 * 60, Yen.of(3_000))).isEqualTo(Yen.of(93_133));
    }

    @Test
    @DisplayName("EM-5 social insurance share: 東京, April 2026 premium (deducted from May pay), 104,000, age 45 → health 6,084, pension 9,516; the March 2026 premium → 5,964; income tax on the pay after them")
    void em5SocialInsuranceShare() {
        SocialInsurance insured = new SocialInsurance(Yen.of(104_000), 45, null);
        Payslip may = pay(1_300, regular(80 * 60), false, insured, 0, false, "2026-04-30", "2026-05-25");
        assertThat(may.amount(Item.HEALTH_INSURANCE)).isEqualTo(Yen.of(6_084));
        assertThat(may.amount(Item.PENSION)).isEqualTo(Yen.of(9_516));
        assertThat(may.deductions().stream().filter(l -> l.item() == Item.HEALTH_INSURANCE).findFirst().orElseThrow().trail())
                .contains("11.70 %", "premium month 2026-04");
        Payslip april = pay(1_300, regular(80 * 60), false, insured, 0, false, "2026-03-31", "2026-04-24");
        assertThat(april.amount(Item.HEALTH_INSURANCE)).isEqualTo(Yen.of(5_964));
        // A = 104,000 − 6,084 − 9,516 = 88,400: under the tax table's threshold, no tax
        assertThat(may.amount(Item.INCOME_TAX)).isEqualTo(Yen.ZERO);
        assertThat(may.net()).isEqualTo(Yen.of(104_000 - 6_084 - 9_516));
    }
}
