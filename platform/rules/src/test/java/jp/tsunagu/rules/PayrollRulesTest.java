package jp.tsunagu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.national.HealthInsuranceRates;
import jp.tsunagu.rules.national.InsuranceEligibility;
import jp.tsunagu.rules.national.PaidLeaveGrants;
import jp.tsunagu.rules.national.SocialInsuranceRates;
import jp.tsunagu.rules.national.SocialInsuranceRates.Component;
import jp.tsunagu.rules.national.StandardMonthlyRemunerations;
import jp.tsunagu.rules.national.StandardMonthlyRemunerations.Grade;
import jp.tsunagu.rules.national.Withholding;
import jp.tsunagu.rules.national.WorkingTimePremiums;
import jp.tsunagu.rules.national.WorkingTimePremiums.Premium;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The payroll rule tables (shared/domain/payroll-rules.md), looked up by date: the EM-* cases that need only rule data. */
class PayrollRulesTest {
    private static final Rules RULES = NationalDataSet.RULES;

    private static RuleView on(String date) {
        return NationalDataSet.on(date);
    }

    /** Social insurance is looked up on the first day of the premium month. */
    private static RuleView premiumMonth(int year, int month) {
        return RULES.on(SocialInsuranceRates.lookupDate(YearMonth.of(year, month)));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("health insurance by prefecture: 東京 9.91 % in FY2025 → 9.85 % from the March 2026 premium; 群馬 9.77 → 9.68; all 47 in both years")
    void healthInsuranceRates() {
        HealthInsuranceRates feb = new HealthInsuranceRates(premiumMonth(2026, 2));
        HealthInsuranceRates march = new HealthInsuranceRates(premiumMonth(2026, 3));
        assertThat(new HealthInsuranceRates(premiumMonth(2025, 3)).percent(Prefecture.TOKYO)).isEqualByComparingTo("9.91");
        assertThat(feb.percent(Prefecture.TOKYO)).isEqualByComparingTo("9.91");
        assertThat(march.percent(Prefecture.TOKYO)).isEqualByComparingTo("9.85");
        assertThat(feb.percent(Prefecture.GUNMA)).isEqualByComparingTo("9.77");
        assertThat(march.percent(Prefecture.GUNMA)).isEqualByComparingTo("9.68");
        assertThat(feb.percent(Prefecture.SAGA)).isEqualByComparingTo("10.78");
        assertThat(march.percent(Prefecture.NIIGATA)).isEqualByComparingTo("9.21");
        assertThat(march.percent(Prefecture.OKINAWA)).isEqualByComparingTo("9.44");
        for (Prefecture p : Prefecture.values()) {
            assertThat(feb.percent(p)).isBetween(d("9"), d("11"));
            assertThat(march.percent(p)).isBetween(d("9"), d("11"));
        }
        assertThat(march.row(Prefecture.TOKYO).version().source()).contains("令和8年度");
    }

    @Test
    @DisplayName("care 1.59 % → 1.62 % from the March 2026 premium; the support levy is not levied before the April 2026 premium, 0.23 % from it; pension 18.3 %")
    void socialInsuranceRates() {
        SocialInsuranceRates feb = new SocialInsuranceRates(premiumMonth(2026, 2));
        SocialInsuranceRates march = new SocialInsuranceRates(premiumMonth(2026, 3));
        SocialInsuranceRates april = new SocialInsuranceRates(premiumMonth(2026, 4));
        assertThat(feb.carePercent()).isEqualByComparingTo("1.59");
        assertThat(march.carePercent()).isEqualByComparingTo("1.62");
        assertThat(march.supportLevyPercent()).isEmpty();
        assertThat(march.charged(Component.CHILD_SUPPORT_LEVY, 30)).isFalse();
        assertThat(april.supportLevyPercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.23"));
        assertThat(april.charged(Component.CHILD_SUPPORT_LEVY, 20)).isTrue();
        assertThat(april.charged(Component.LONG_TERM_CARE, 39)).isFalse();
        assertThat(april.charged(Component.LONG_TERM_CARE, 40)).isTrue();
        assertThat(april.charged(Component.LONG_TERM_CARE, 64)).isTrue();
        assertThat(april.charged(Component.LONG_TERM_CARE, 65)).isFalse();
        assertThat(feb.pensionPercent()).isEqualByComparingTo("18.3");
        assertThat(april.pensionPercent()).isEqualByComparingTo("18.3");
        assertThat(SocialInsuranceRates.lookupDate(YearMonth.of(2026, 4))).isEqualTo("2026-04-01");
    }

    @Test
    @DisplayName("EM-5 social insurance share: 東京, April 2026 premium, 104,000, age 45: 11.70 % → 6,084 and pension 9,516; March 2026 premium 11.47 % → 5,964")
    void em5SocialInsuranceShare() {
        SocialInsuranceRates april = new SocialInsuranceRates(premiumMonth(2026, 4));
        SocialInsuranceRates march = new SocialInsuranceRates(premiumMonth(2026, 3));
        assertThat(april.premiumPercent(SocialInsuranceRates.Premium.HEALTH, Prefecture.TOKYO, 45)).isEqualByComparingTo("11.70");
        assertThat(april.healthEmployeeShare(Prefecture.TOKYO, Yen.of(104_000), 45)).isEqualTo(Yen.of(6_084));
        assertThat(april.pensionEmployeeShare(Yen.of(104_000))).isEqualTo(Yen.of(9_516));
        assertThat(march.premiumPercent(SocialInsuranceRates.Premium.HEALTH, Prefecture.TOKYO, 45)).isEqualByComparingTo("11.47");
        assertThat(march.healthEmployeeShare(Prefecture.TOKYO, Yen.of(104_000), 45)).isEqualTo(Yen.of(5_964));
        // no care under 40 or from 65: 9.85 + 0.23 = 10.08 % → 5,241.6 → 5,242
        assertThat(april.healthEmployeeShare(Prefecture.TOKYO, Yen.of(104_000), 30)).isEqualTo(Yen.of(5_242));
        assertThat(april.healthEmployeeShare(Prefecture.TOKYO, Yen.of(104_000), 65)).isEqualTo(Yen.of(5_242));
    }

    @Test
    @DisplayName("employee share rounding: 50銭 or less dropped, more rounded up (群馬 April 2026, age 45, 11.53 %: 110,000 → 6,341.5 → 6,341; 98,000 → 5,649.7 → 5,650)")
    void socialInsuranceRounding() {
        SocialInsuranceRates april = new SocialInsuranceRates(premiumMonth(2026, 4));
        assertThat(april.premiumPercent(SocialInsuranceRates.Premium.HEALTH, Prefecture.GUNMA, 45)).isEqualByComparingTo("11.53");
        assertThat(april.healthEmployeeShare(Prefecture.GUNMA, Yen.of(110_000), 45)).isEqualTo(Yen.of(6_341));
        assertThat(april.healthEmployeeShare(Prefecture.GUNMA, Yen.of(98_000), 45)).isEqualTo(Yen.of(5_650));
    }

    @Test
    @DisplayName("standard monthly remuneration: 100,000 → health grade 5 / 98,000, pension grade 2; 104,000 → 6 / 3 (EM-5); pension grade 1 under 93,000; pension 32 from 635,000; health 35+ not collected")
    void standardMonthlyRemuneration() {
        StandardMonthlyRemunerations grades = new StandardMonthlyRemunerations(premiumMonth(2026, 4));
        assertThat(grades.healthGrade(Yen.of(100_000))).isEqualTo(new Grade(5, Yen.of(98_000)));
        assertThat(grades.pensionGrade(Yen.of(100_000))).isEqualTo(new Grade(2, Yen.of(98_000)));
        assertThat(grades.healthGrade(Yen.of(104_000))).isEqualTo(new Grade(6, Yen.of(104_000)));
        assertThat(grades.pensionGrade(Yen.of(104_000))).isEqualTo(new Grade(3, Yen.of(104_000)));
        assertThat(grades.healthGrade(Yen.of(93_000))).isEqualTo(new Grade(5, Yen.of(98_000)));
        assertThat(grades.healthGrade(Yen.of(92_999))).isEqualTo(new Grade(4, Yen.of(88_000)));
        assertThat(grades.pensionGrade(Yen.of(92_999))).isEqualTo(new Grade(1, Yen.of(88_000)));
        assertThat(grades.healthGrade(Yen.of(70_000))).isEqualTo(new Grade(2, Yen.of(68_000)));
        assertThat(grades.healthGrade(Yen.of(75_000))).isEqualTo(new Grade(3, Yen.of(78_000)));
        assertThat(grades.pensionGrade(Yen.of(75_000))).isEqualTo(new Grade(1, Yen.of(88_000)));
        assertThat(grades.healthGrade(Yen.of(40_000))).isEqualTo(new Grade(1, Yen.of(58_000)));
        assertThat(grades.pensionGrade(Yen.of(40_000))).isEqualTo(new Grade(1, Yen.of(88_000)));
        assertThat(grades.healthGrade(Yen.of(634_999))).isEqualTo(new Grade(34, Yen.of(620_000)));
        assertThat(grades.pensionGrade(Yen.of(634_999))).isEqualTo(new Grade(31, Yen.of(620_000)));
        assertThat(grades.pensionGrade(Yen.of(635_000))).isEqualTo(new Grade(32, Yen.of(650_000)));
        assertThat(grades.pensionGrade(Yen.of(1_200_000))).isEqualTo(new Grade(32, Yen.of(650_000)));
        assertThatThrownBy(() -> grades.healthGrade(Yen.of(700_000))).isInstanceOf(RuleNotFound.class)
                .hasMessageContaining("standard-monthly-remuneration").hasMessageContaining("700000")
                .hasMessageContaining("2026-04-01").hasMessageContaining("not collected");
    }

    @Test
    @DisplayName("EM-8 insurance eligibility: 20 h/week → employment insurance, 19 h → not (10 h from 2028-10-01); employer of 40, 30 h over 4 days of 40 h over 5 → ¾ met")
    void em8InsuranceEligibility() {
        InsuranceEligibility now = new InsuranceEligibility(on("2026-04-01"));
        assertThat(now.employmentInsurance(d("20"), 31)).isTrue(); // 4 days × 5 h
        assertThat(now.employmentInsurance(d("19"), 31)).isFalse(); // 4 days × 4.75 h
        assertThat(now.employmentInsurance(d("20"), 30)).isFalse();
        assertThat(new InsuranceEligibility(on("2028-09-30")).employmentInsurance(d("10"), 31)).isFalse();
        assertThat(new InsuranceEligibility(on("2028-10-01")).employmentInsurance(d("10"), 31)).isTrue();

        assertThat(now.socialByFullTimeShare(d("30"), d("40"), d("4"), d("5"))).isTrue(); // 30 ≥ 30 h, 4 ≥ 3.75 days
        assertThat(now.socialByFullTimeShare(d("29.5"), d("40"), d("4"), d("5"))).isFalse();
        assertThat(now.socialByFullTimeShare(d("30"), d("40"), d("3.5"), d("5"))).isFalse();
        assertThat(now.socialInsurance(40, d("30"), d("40"), d("4"), d("5"), Yen.of(130_000))).isTrue();
        // the short-time criteria do not yet apply to an employer of 40 people
        assertThat(now.socialAsShortTime(40, d("20"), Yen.of(88_000))).isFalse();
        assertThat(now.socialInsurance(40, d("20"), d("40"), d("4"), d("5"), Yen.of(88_000))).isFalse();
    }

    @Test
    @DisplayName("short-time criteria: employer size 51 (2024-10) → 36 (2027-10-01) → 21 (2029-10-01) → 11 (2032-10-01) → every employer (2035-10-01); 20 h always, 88,000 yen until 2026-09-30 only")
    void shortTimeCriteriaByDate() {
        assertThat(new InsuranceEligibility(on("2024-10-01")).employerSizeThreshold()).contains(51);
        assertThat(new InsuranceEligibility(on("2027-09-30")).employerSizeThreshold()).contains(51);
        assertThat(new InsuranceEligibility(on("2027-10-01")).employerSizeThreshold()).contains(36);
        assertThat(new InsuranceEligibility(on("2029-10-01")).employerSizeThreshold()).contains(21);
        assertThat(new InsuranceEligibility(on("2032-10-01")).employerSizeThreshold()).contains(11);
        assertThat(new InsuranceEligibility(on("2035-10-01")).employerSizeThreshold()).isEmpty();
        assertThat(new InsuranceEligibility(on("2027-10-01")).socialAsShortTime(40, d("20"), Yen.of(88_000))).isTrue();
        InsuranceEligibility later = new InsuranceEligibility(on("2035-10-01"));
        assertThat(later.socialAsShortTime(3, d("20"), Yen.of(88_000))).isTrue();
        assertThat(later.socialAsShortTime(3, d("19.5"), Yen.of(88_000))).isFalse();
        assertThat(later.socialAsShortTime(3, d("20"), Yen.of(87_999))).isTrue();
        assertThat(new InsuranceEligibility(on("2026-09-30")).socialAsShortTime(51, d("20"), Yen.of(87_999))).isFalse();
        assertThat(later.row(InsuranceEligibility.Insurance.SOCIAL, InsuranceEligibility.Requirement.SHORT_TIME_MONTHLY_WAGE)
                .version().source()).contains("令和8年政令第275号");
    }

    @Test
    @DisplayName("EM-4 withholding 2026, computer method: the example amount is A itself (pay after social insurance): 175,000 with 2 → 210; 446,000 with 8 → 940; 775,200 with 3 → 59,470")
    void em4Withholding2026() {
        // Only this reading reproduces the tax agency's figures: read as gross pay with social insurance still to
        // deduct, 175,000 would leave A of about 149,000 and B below 0 → no tax, not 210.
        Withholding tax = new Withholding(on("2026-05-25"));
        assertThat(tax.employmentIncomeDeduction(Yen.of(175_000))).isEqualTo(Yen.of(59_167));
        assertThat(tax.basicDeduction(Yen.of(175_000))).isEqualTo(Yen.of(48_334));
        assertThat(tax.dependentDeduction(2)).isEqualTo(Yen.of(63_334));
        assertThat(tax.taxable(Yen.of(175_000), 2)).isEqualTo(Yen.of(4_165));
        assertThat(tax.monthlyTax(Yen.of(175_000), 2)).isEqualTo(Yen.of(210));
        assertThat(tax.monthlyTax(Yen.of(446_000), 8)).isEqualTo(Yen.of(940));
        assertThat(tax.monthlyTax(Yen.of(775_200), 3)).isEqualTo(Yen.of(59_470));
        assertThat(tax.employmentIncomeDeduction(Yen.of(158_333))).isEqualTo(Yen.of(54_167));
        assertThat(tax.employmentIncomeDeduction(Yen.of(800_000))).isEqualTo(Yen.of(162_500));
        assertThat(tax.monthlyTax(Yen.of(100_000), 0)).isEqualTo(Yen.ZERO);
        assertThat(on("2026-05-25").version(Withholding.TABLE).note()).contains("third-party");
    }

    @Test
    @DisplayName("EM-9 withholding for an employee with a disability (counts 1 in 扶養親族等の数): 220,000 → 3,440 yen; without the disability 5,050")
    void em9WithholdingDisability() {
        Withholding tax = new Withholding(on("2026-05-25"));
        assertThat(tax.employmentIncomeDeduction(Yen.of(220_000))).isEqualTo(Yen.of(72_667));
        assertThat(tax.taxable(Yen.of(220_000), 1)).isEqualTo(Yen.of(67_332));
        assertThat(tax.monthlyTax(Yen.of(220_000), 1)).isEqualTo(Yen.of(3_440));
        assertThat(tax.taxable(Yen.of(220_000), 0)).isEqualTo(Yen.of(98_999));
        assertThat(tax.monthlyTax(Yen.of(220_000), 0)).isEqualTo(Yen.of(5_050));
    }

    @Test
    @DisplayName("withholding 2025 vs 2026: 175,000 with 2 → 640 yen in 2025 (basic 40,000, B 12,499), 210 in 2026; the 40 % band exists only in 2025; 乙欄 3.063 % under 105,000 in 2026")
    void withholding2025Versus2026() {
        Withholding y2025 = new Withholding(on("2025-12-25"));
        Withholding y2026 = new Withholding(on("2026-01-25"));
        assertThat(y2025.basicDeduction(Yen.of(175_000))).isEqualTo(Yen.of(40_000));
        assertThat(y2025.taxable(Yen.of(175_000), 2)).isEqualTo(Yen.of(12_499));
        assertThat(y2025.monthlyTax(Yen.of(175_000), 2)).isEqualTo(Yen.of(640));
        assertThat(y2026.monthlyTax(Yen.of(175_000), 2)).isEqualTo(Yen.of(210));
        assertThat(y2025.employmentIncomeDeduction(Yen.of(140_000))).isEqualTo(Yen.of(47_667)); // 40 % × A − 8,333
        assertThat(y2025.employmentIncomeDeduction(Yen.of(135_416))).isEqualTo(Yen.of(45_834));
        assertThat(y2026.employmentIncomeDeduction(Yen.of(140_000))).isEqualTo(Yen.of(54_167));
        assertThat(y2026.basicDeduction(Yen.of(2_150_000))).isEqualTo(Yen.of(40_000));
        assertThat(y2026.basicDeduction(Yen.of(2_300_000))).isEqualTo(Yen.ZERO);
        assertThat(y2026.secondaryColumnPercent(Yen.of(104_999))).isEqualByComparingTo("3.063");
        assertThatThrownBy(() -> y2026.secondaryColumnPercent(Yen.of(105_000))).isInstanceOf(RuleNotFound.class);
        assertThatThrownBy(() -> y2025.secondaryColumnPercent(Yen.of(80_000))).isInstanceOf(RuleNotFound.class)
                .hasMessageContaining("withholding-monthly").hasMessageContaining("SECONDARY_COLUMN").hasMessageContaining("2025-12-25");
    }

    @Test
    @DisplayName("EM-6 proportional paid leave: 3 days a week, 15 h → 5 days at 6 months, 6 at 18; no 5-day obligation; 4 days a week at 3.5 years → 10, 5 must be taken")
    void em6PaidLeave() {
        PaidLeaveGrants first = new PaidLeaveGrants(on("2026-04-01")); // hired 2025-10-01
        PaidLeaveGrants second = new PaidLeaveGrants(on("2027-04-01"));
        assertThat(first.proportional(3, d("15"))).isTrue();
        assertThat(first.days(3, d("15"), 6)).isEqualTo(5);
        assertThat(second.days(3, d("15"), 18)).isEqualTo(6);
        assertThat(first.mustTake(5)).isZero();
        assertThat(first.days(4, d("24"), 42)).isEqualTo(10);
        assertThat(first.mustTake(10)).isEqualTo(5);
        // 4 days but 30 h a week: the full-time grant
        assertThat(first.proportional(4, d("30"))).isFalse();
        assertThat(first.days(4, d("30"), 42)).isEqualTo(14);
        assertThat(first.days(5, d("40"), 6)).isEqualTo(10);
        assertThat(first.days(5, d("40"), 78)).isEqualTo(20);
        assertThat(first.days(5, d("40"), 150)).isEqualTo(20);
        assertThat(first.days(1, d("6"), 78)).isEqualTo(3);
        assertThat(first.days(2, d("12"), 30)).isEqualTo(4);
        assertThat(first.validYears()).isEqualTo(2);
        assertThat(first.attendanceQualifies(200, 250)).isTrue();
        assertThat(first.attendanceQualifies(199, 250)).isFalse();
        assertThatThrownBy(() -> first.days(5, d("40"), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("EM-3 overtime to the minute: 200 min at 1,100 yen × 125 % → 4,583; premiums 25/50/25/35, combined 50/75/60; allowed monthly rounding 3 h 20 → 3 h, 3 h 30 → 4 h; a day rounded down is refused")
    void em3WorkingTimePremiums() {
        WorkingTimePremiums w = new WorkingTimePremiums(on("2026-04-30"));
        assertThat(w.payWithPremium(Yen.of(1_100), 200, Premium.OVERTIME)).isEqualTo(Yen.of(4_583));
        // an hourly rate with sen (群馬 1,063 under a 10 % reduction permit: 956.7): 956.7 × 200 / 60 × 125 % = 3,986.25 → 3,986
        assertThat(w.payWithPremium(d("956.7"), 200, Premium.OVERTIME)).isEqualTo(Yen.of(3_986));
        assertThat(List.of(Premium.OVERTIME, Premium.OVERTIME_BEYOND_60H, Premium.LATE_NIGHT, Premium.HOLIDAY,
                Premium.OVERTIME_LATE_NIGHT, Premium.OVERTIME_BEYOND_60H_LATE_NIGHT, Premium.HOLIDAY_LATE_NIGHT).stream()
                .map(p -> w.percent(p).intValueExact()).toList()).containsExactly(25, 50, 25, 35, 50, 75, 60);
        assertThat(w.premiumOnly(Yen.of(1_100), 60, Premium.LATE_NIGHT)).isEqualTo(Yen.of(275));
        assertThat(w.lateNightFrom()).isEqualTo(LocalTime.of(22, 0));
        assertThat(w.lateNightUntil()).isEqualTo(LocalTime.of(5, 0));
        assertThat(w.overMonthlyHours()).isEqualTo(60);
        assertThat(w.overDailyHours()).isEqualTo(8);
        assertThat(w.overWeeklyHours()).isEqualTo(40);
        assertThat(w.roundMonthlyMinutes(200)).isEqualTo(180);
        assertThat(w.roundMonthlyMinutes(209)).isEqualTo(180);
        assertThat(w.roundMonthlyMinutes(210)).isEqualTo(240);
        assertThat(w.roundAmount(d("4583.49"))).isEqualTo(Yen.of(4_583));
        assertThat(w.roundAmount(d("4583.50"))).isEqualTo(Yen.of(4_584));
        assertThat(w.dailyRecordAllowed(487, 480)).isFalse();
        assertThat(w.dailyRecordAllowed(487, 487)).isTrue();
        assertThat(w.dailyRecordAllowed(487, 495)).isTrue();
    }

    @Test
    @DisplayName("a date before a payroll table's first version fails with RuleNotFound naming table, key and date; never 0")
    void beforeFirstVersion() {
        assertThatThrownBy(() -> new HealthInsuranceRates(on("2025-02-28")).percent(Prefecture.TOKYO))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("health-insurance-rate")
                .hasMessageContaining("TOKYO").hasMessageContaining("2025-02-28").hasMessageContaining("no version is in force yet");
        assertThatThrownBy(() -> new SocialInsuranceRates(on("2025-02-28")).pensionPercent())
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("social-insurance-rate").hasMessageContaining("PENSION");
        assertThatThrownBy(() -> new StandardMonthlyRemunerations(on("2025-02-01")).healthGrade(Yen.of(100_000)))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("standard-monthly-remuneration");
        assertThatThrownBy(() -> new Withholding(on("2024-12-31")).monthlyTax(Yen.of(175_000), 2))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("withholding-monthly").hasMessageContaining("2024-12-31");
        assertThatThrownBy(() -> new InsuranceEligibility(on("2024-09-30")).employmentInsurance(d("20"), 31))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("social-insurance-eligibility");
        assertThatThrownBy(() -> new PaidLeaveGrants(on("2019-03-31")).validYears())
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("paid-leave-grant");
        assertThatThrownBy(() -> new WorkingTimePremiums(on("2023-03-31")).percent(Premium.OVERTIME))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("working-time-premium").hasMessageContaining("OVERTIME");
    }

    @Test
    @DisplayName("every payroll table names its source (via payroll-rules.md) and load date on every version")
    void payrollSources() {
        List<String> tables = List.of("health-insurance-rate", "social-insurance-rate", "social-insurance-eligibility",
                "standard-monthly-remuneration", "withholding-monthly", "paid-leave-grant", "working-time-premium");
        assertThat(RULES.tables()).containsAll(tables);
        for (String table : tables) {
            assertThat(RULES.versions(table)).isNotEmpty().allSatisfy(v -> {
                assertThat(v.source()).contains("payroll-rules.md");
                assertThat(v.loaded()).isIn(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-12-05"));
            });
        }
    }
}
