package jp.tsunagu.rules;

import static jp.tsunagu.rules.NationalDataSet.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.national.InsuranceEligibility;
import jp.tsunagu.rules.national.InsuranceEligibility.SocialStatus;
import jp.tsunagu.rules.national.MinimumWages;
import jp.tsunagu.rules.national.PayImprovementAdditions;
import jp.tsunagu.rules.national.PremiumAdjustment;
import jp.tsunagu.rules.national.SocialInsuranceRates;
import jp.tsunagu.rules.national.StandardMonthlyRemunerations;
import jp.tsunagu.rules.national.Withholding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The national data set as of December 2026 (payroll-rules.md and current-rules.md), worked cases EM-10 to EM-12. */
class December2026RulesTest {

    private static Yen minimum(Prefecture p, String date) {
        return new MinimumWages(on(date)).yenPerHour(p);
    }

    @Test
    @DisplayName("EM-10 群馬: 1,063 on 2026-10-02, 1,120 from 2026-10-03 (and on 2026-12-05); 沖縄: 1,023 through 2026-12-01, 1,086 from 12-02")
    void em10MinimumWageByDate() {
        assertThat(minimum(Prefecture.GUNMA, "2026-10-02")).isEqualTo(Yen.of(1063));
        assertThat(minimum(Prefecture.GUNMA, "2026-10-03")).isEqualTo(Yen.of(1120));
        assertThat(minimum(Prefecture.GUNMA, "2026-12-05")).isEqualTo(Yen.of(1120));
        // a contract of 1,100 yen/h: allowed on 10-02, under the minimum from 10-03
        assertThat(Yen.of(1100)).isGreaterThanOrEqualTo(minimum(Prefecture.GUNMA, "2026-10-02"));
        assertThat(Yen.of(1100)).isLessThan(minimum(Prefecture.GUNMA, "2026-10-03"));
        RuleRow gunma = new MinimumWages(on("2026-10-03")).row(Prefecture.GUNMA);
        assertThat(gunma.rowEffectiveFrom()).isEqualTo("2026-10-03");
        assertThat(gunma.source()).isEqualTo("群馬労働局 群馬県最低賃金の改正決定 (令和8年度)");
        assertThat(minimum(Prefecture.OKINAWA, "2026-12-01")).isEqualTo(Yen.of(1023));
        assertThat(minimum(Prefecture.OKINAWA, "2026-12-02")).isEqualTo(Yen.of(1086));
        assertThat(Yen.of(1050)).isGreaterThanOrEqualTo(minimum(Prefecture.OKINAWA, "2026-12-01"));
        assertThat(Yen.of(1050)).isLessThan(minimum(Prefecture.OKINAWA, "2026-12-02"));
    }

    @Test
    @DisplayName("FY2026 minimum wage: all 47 prefectures from their own dates, each naming its bureau; 東京 1,280 highest, 宮崎 1,085 lowest; 鹿児島's planned date said")
    void fy2026AllPrefectures() {
        var rows = on("2026-12-05").rows(MinimumWages.TABLE);
        assertThat(rows).hasSize(47).allSatisfy(r -> {
            assertThat(r.version().effectiveFrom()).isEqualTo("2026-10-01");
            assertThat(r.rowEffectiveFrom()).isBetween(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-02"));
            assertThat(r.rowSource()).endsWith("最低賃金の改正決定 (令和8年度)").contains("労働局");
        });
        assertThat(rows.stream().map(r -> r.decimal("yenPerHour")).max(BigDecimal::compareTo)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1280"));
        assertThat(rows.stream().map(r -> r.decimal("yenPerHour")).min(BigDecimal::compareTo)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1085"));
        assertThat(minimum(Prefecture.TOKYO, "2026-12-05")).isEqualTo(Yen.of(1280));
        RuleRow kagoshima = new MinimumWages(on("2026-10-25")).row(Prefecture.KAGOSHIMA);
        assertThat(kagoshima.decimal("yenPerHour")).isEqualByComparingTo("1090");
        assertThat(kagoshima.rowNote()).contains("planned date");
        assertThat(minimum(Prefecture.KAGOSHIMA, "2026-10-24")).isEqualTo(Yen.of(1026));
        // every prefecture changed: on 2026-12-02 no FY2025 rate is left in force
        assertThat(on("2026-12-02").rows(MinimumWages.TABLE)).allSatisfy(r -> assertThat(r.version().effectiveFrom()).isEqualTo("2026-10-01"));
    }

    @Test
    @DisplayName("EM-11 withholding follows the pay date: 160,000, no dependents → 2,910 yen paid 2026-12-25, 2,600 paid 2027-01-25; 乙欄 band 105,000 → 111,000")
    void em11Withholding2027() {
        Withholding dec = new Withholding(on("2026-12-25"));
        assertThat(dec.employmentIncomeDeduction(Yen.of(160_000))).isEqualTo(Yen.of(54_667));
        assertThat(dec.basicDeduction(Yen.of(160_000))).isEqualTo(Yen.of(48_334));
        assertThat(dec.taxable(Yen.of(160_000), 0)).isEqualTo(Yen.of(56_999));
        assertThat(dec.monthlyTax(Yen.of(160_000), 0)).isEqualTo(Yen.of(2_910));
        Withholding jan = new Withholding(on("2027-01-25"));
        assertThat(jan.employmentIncomeDeduction(Yen.of(160_000))).isEqualTo(Yen.of(57_500));
        assertThat(jan.basicDeduction(Yen.of(160_000))).isEqualTo(Yen.of(51_667));
        assertThat(jan.taxable(Yen.of(160_000), 0)).isEqualTo(Yen.of(50_833));
        assertThat(jan.monthlyTax(Yen.of(160_000), 0)).isEqualTo(Yen.of(2_600));
        assertThat(jan.employmentIncomeDeduction(Yen.of(169_444))).isEqualTo(Yen.of(57_500));
        assertThat(jan.employmentIncomeDeduction(Yen.of(169_445))).isEqualTo(Yen.of(57_501)); // 30 % + 6,667 rounded up
        assertThat(jan.secondaryColumnPercent(Yen.of(110_999))).isEqualByComparingTo("3.063");
        assertThatThrownBy(() -> jan.secondaryColumnPercent(Yen.of(111_000))).isInstanceOf(RuleNotFound.class);
        assertThatThrownBy(() -> dec.secondaryColumnPercent(Yen.of(105_000))).isInstanceOf(RuleNotFound.class);
        // EM-4's agency examples still hold for 2026
        assertThat(new Withholding(on("2026-06-25")).monthlyTax(Yen.of(175_000), 2)).isEqualTo(Yen.of(210));
    }

    private static SocialStatus status(String date, boolean permit) {
        // EM-12: employer of 60, full time 40 h over 5 days; 22 h a week over 5 days (short-time), 76,000 yen a month
        return new InsuranceEligibility(on(date)).socialStatus(60, new BigDecimal("22"), new BigDecimal("40"),
                new BigDecimal("5"), new BigDecimal("5"), Yen.of(76_000), permit);
    }

    @Test
    @DisplayName("EM-12 (a) 22 h, 76,000 yen, no permit: not insured in September 2026, insured from 2026-10-01; (b) under a 減額特例 permit: "
            + "insured only on request from 2026-10-01, starting on the request's date, remark 「特定減額特例対象者の任意取得」")
    void em12SocialInsuranceAfterWageCondition() {
        assertThat(status("2026-09-30", false)).isEqualTo(SocialStatus.NOT_INSURED);
        assertThat(status("2026-10-01", false)).isEqualTo(SocialStatus.INSURED);
        assertThat(status("2026-09-30", true)).isEqualTo(SocialStatus.NOT_INSURED);
        assertThat(status("2026-10-01", true)).isEqualTo(SocialStatus.OPT_IN_ONLY);
        var october = new InsuranceEligibility(on("2026-11-10"));
        assertThat(october.optInStart(LocalDate.parse("2026-11-10"))).isEqualTo("2026-11-10");
        assertThat(october.optInRemark()).isEqualTo("特定減額特例対象者の任意取得");
        assertThat(october.minimum(InsuranceEligibility.Insurance.SOCIAL, InsuranceEligibility.Requirement.SHORT_TIME_MONTHLY_WAGE)).isEmpty();
        // a permit holder at 88,000 or more is insured like anyone
        assertThat(october.socialStatus(60, new BigDecimal("22"), new BigDecimal("40"), new BigDecimal("5"), new BigDecimal("5"),
                Yen.of(88_000), true)).isEqualTo(SocialStatus.INSURED);
        // an employer of 40 (short-time criteria do not apply yet): not insured either way
        assertThat(october.socialStatus(40, new BigDecimal("22"), new BigDecimal("40"), new BigDecimal("5"), new BigDecimal("5"),
                Yen.of(76_000), false)).isEqualTo(SocialStatus.NOT_INSURED);
    }

    @Test
    @DisplayName("保険料調整制度 from 2026-10-01 to 2029-09-30: 25-48 % for a short-time worker up to 126,000; half each otherwise; "
            + "東京 104,000 age 45 at 30 %: health 3,650, pension 5,710")
    void premiumAdjustment() {
        assertThat(new PremiumAdjustment(on("2026-09-01")).allowedShare(Yen.of(104_000), true)).isEmpty();
        var adj = new PremiumAdjustment(on("2026-10-01"));
        assertThat(adj.allowedShare(Yen.of(104_000), true)).hasValueSatisfying(r -> {
            assertThat(r.minPercent()).isEqualByComparingTo("25");
            assertThat(r.maxPercent()).isEqualByComparingTo("48");
        });
        assertThat(adj.allowedShare(Yen.of(126_000), true)).isPresent();
        assertThat(adj.allowedShare(Yen.of(134_000), true)).isEmpty();
        assertThat(adj.allowedShare(Yen.of(104_000), false)).isEmpty();
        assertThatThrownBy(() -> adj.employeeShare(Yen.of(104_000), true, new BigDecimal("50"))).hasMessageContaining("outside 25-48 %");
        BigDecimal share = adj.employeeShare(Yen.of(104_000), true, new BigDecimal("30"));
        var rates = new SocialInsuranceRates(on("2026-10-01"));
        // 104,000 × 11.70 % × 0.30 = 3,650.4 → 3,650; pension 104,000 × 18.3 % × 0.30 = 5,709.6 → 5,710
        assertThat(rates.healthEmployeeShare(Prefecture.TOKYO, Yen.of(104_000), 45, share)).isEqualTo(Yen.of(3_650));
        assertThat(rates.pensionEmployeeShare(Yen.of(104_000), share)).isEqualTo(Yen.of(5_710));
        assertThat(rates.healthEmployeeShare(Prefecture.TOKYO, Yen.of(104_000), 45)).isEqualTo(Yen.of(6_084)); // EM-5, half
        assertThat(new PremiumAdjustment(on("2029-09-30")).allowedShare(Yen.of(104_000), true)).isPresent();
        assertThat(new PremiumAdjustment(on("2029-10-01")).allowedShare(Yen.of(104_000), true)).isEmpty();
    }

    @Test
    @DisplayName("pension top grade: 650,000 (grade 32) until August 2027, 680,000 (33) from 2027-09, 710,000 (34) from 2028-09, 750,000 (35) from 2029-09")
    void pensionTopGrade() {
        assertThat(new StandardMonthlyRemunerations(on("2027-08-01")).pensionGrade(Yen.of(800_000)).amount()).isEqualTo(Yen.of(650_000));
        assertThat(new StandardMonthlyRemunerations(on("2027-09-01")).pensionGrade(Yen.of(800_000)))
                .isEqualTo(new StandardMonthlyRemunerations.Grade(33, Yen.of(680_000)));
        assertThat(new StandardMonthlyRemunerations(on("2028-09-01")).pensionGrade(Yen.of(800_000)).amount()).isEqualTo(Yen.of(710_000));
        assertThat(new StandardMonthlyRemunerations(on("2029-09-01")).pensionGrade(Yen.of(800_000)))
                .isEqualTo(new StandardMonthlyRemunerations.Grade(35, Yen.of(750_000)));
        assertThat(new StandardMonthlyRemunerations(on("2029-09-01")).pensionGrade(Yen.of(104_000)).grade()).isEqualTo(3);
    }

    @Test
    @DisplayName("B型 処遇改善加算: R6 (Ⅰ) 93 in May 2026 (BL-1: 11,680 → 1,086), R8 (Ⅰ)イ 105 from June (BL-2: 13,224 → 1,389), (Ⅱ)イ 103 (BL-3); "
            + "(Ⅰ)ロ refused in May 2026 (BL-5d); A型, 移行, 定着 not configured")
    void payImprovementAddition() {
        var may = new PayImprovementAdditions(on("2026-05-01"));
        assertThat(may.perMille(ServiceType.TYPE_B, "I", false)).isEqualTo(93);
        assertThat(may.serviceCode(ServiceType.TYPE_B, "I", false)).isEqualTo("465120");
        assertThat(may.units(ServiceType.TYPE_B, "I", false, 11_680)).isEqualTo(1_086);
        assertThatThrownBy(() -> may.perMille(ServiceType.TYPE_B, "I_B", false)).isInstanceOf(RuleNotFound.class)
                .hasMessageContaining("2026-05-01");
        var june = new PayImprovementAdditions(on("2026-06-01"));
        assertThat(june.perMille(ServiceType.TYPE_B, "I_A", false)).isEqualTo(105);
        assertThat(june.serviceCode(ServiceType.TYPE_B, "I_A", false)).isEqualTo("465120");
        assertThat(june.units(ServiceType.TYPE_B, "I_A", false, 13_224)).isEqualTo(1_389);
        assertThat(june.units(ServiceType.TYPE_B, "II_A", false, 10_440)).isEqualTo(1_075);
        assertThat(june.serviceCode(ServiceType.TYPE_B, "I_B", false)).isEqualTo("465174");
        assertThat(june.perMille(ServiceType.TYPE_B, "I_B", true)).isEqualTo(120);
        assertThatThrownBy(() -> june.perMille(ServiceType.TYPE_B, "I", false)).isInstanceOf(RuleNotFound.class);
        for (ServiceType other : new ServiceType[] {ServiceType.TYPE_A, ServiceType.TRANSITION, ServiceType.RETENTION}) {
            assertThatThrownBy(() -> june.perMille(other, "I_A", false)).isInstanceOf(RuleNotConfigured.class)
                    .hasMessageContaining("perMille is not configured");
        }
        assertThat(new PayImprovementAdditions(on("2024-06-01")).perMille(ServiceType.TYPE_B, "V_1", false)).isEqualTo(80);
        assertThatThrownBy(() -> new PayImprovementAdditions(on("2025-04-01")).perMille(ServiceType.TYPE_B, "V_1", false))
                .isInstanceOf(RuleNotFound.class);
    }

    @Test
    @DisplayName("the new-office 984/1000 measure runs to the FY2027 revision: open end, said in its note")
    void newOfficeMeasure() {
        RuleRow row = on("2026-12-05").row("type-b-adjustments", "NEW_OFFICE_FACTOR", "ANY");
        assertThat(row.integer("perMille")).isEqualTo(984);
        assertThat(row.has("endsOn")).isFalse();
        assertThat(row.version().note()).contains("FY2027 (令和9年度) regular revision").contains("open end");
    }
}
