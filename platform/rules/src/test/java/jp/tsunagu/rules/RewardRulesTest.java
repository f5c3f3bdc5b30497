package jp.tsunagu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.national.AverageMonthlyKouchinRules;
import jp.tsunagu.rules.national.BillingRounding;
import jp.tsunagu.rules.national.EmploymentSelectionSupport;
import jp.tsunagu.rules.national.KouchinReserveLimits;
import jp.tsunagu.rules.national.KouchinReserveLimits.Reserve;
import jp.tsunagu.rules.national.MinimumCapacities;
import jp.tsunagu.rules.national.MonthlyCopayCaps;
import jp.tsunagu.rules.national.MonthlyCopayCaps.IncomeClass;
import jp.tsunagu.rules.national.RetentionSupportUnits;
import jp.tsunagu.rules.national.TransitionBaseUnits;
import jp.tsunagu.rules.national.TypeAScoreItems;
import jp.tsunagu.rules.national.TypeAScoreItems.Item;
import jp.tsunagu.rules.national.TypeAScoreUnits;
import jp.tsunagu.rules.national.TypeBAdjustments;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reward tables (A型 score, transition, retention, employment selection support, B型 adjustments) and the
 * rounding of the 工賃 average and of billing: the worked cases that need only rule data, and the figures of
 * current-rules.md.
 */
class RewardRulesTest {
    private static final Rules RULES = NationalDataSet.RULES;

    private static RuleView on(String date) {
        return NationalDataSet.on(date);
    }

    // A型: score

    @Test
    @DisplayName("A型 units by score: (Ⅰ) ≤ 20 at 150-169 → 733, ≥ 170 → 791, < 60 (even negative) → 325; ≥ 81 at 0 → 258; (Ⅱ) ≤ 20 at 150-169 → 671")
    void typeAUnits() {
        TypeAScoreUnits units = new TypeAScoreUnits(on("2026-06-01"));
        assertThat(units.units("I", 20, 160)).isEqualTo(733);
        assertThat(units.units("I", 20, 150)).isEqualTo(733);
        assertThat(units.units("I", 20, 169)).isEqualTo(733);
        assertThat(units.units("I", 10, 200)).isEqualTo(791);
        assertThat(units.units("I", 20, 59)).isEqualTo(325);
        assertThat(units.units("I", 20, -30)).isEqualTo(325);
        assertThat(units.units("I", 30, 105)).isEqualTo(594);
        assertThat(units.units("I", 120, 0)).isEqualTo(258);
        assertThat(units.units("II", 20, 160)).isEqualTo(671);
        assertThat(units.units("II", 20, 60)).isEqualTo(382);
        assertThat(units.row("I", 20, 160).version().source()).contains("current-rules.md");
    }

    @Test
    @DisplayName("A型 (Ⅱ) above capacity 20 was not collected: the lookup says 'not configured' with the note, never 0")
    void typeAUnitsNotConfigured() {
        TypeAScoreUnits units = new TypeAScoreUnits(on("2026-06-01"));
        assertThat(units.row("II", 30, 160).has("units")).isFalse();
        assertThatThrownBy(() -> units.units("II", 30, 160))
                .isInstanceOf(RuleNotConfigured.class)
                .hasMessageContaining("type-a-score-units").hasMessageContaining("staffing II, capacity 30, score 160")
                .hasMessageContaining("2026-06-01").hasMessageContaining("units is not configured")
                .hasMessageContaining("Type II (10:1) was collected for capacity <= 20 only");
    }

    @Test
    @DisplayName("A型 score tables start 2024-04-01: a date before fails with RuleNotFound naming table, key and date")
    void typeABeforeR6() {
        assertThatThrownBy(() -> new TypeAScoreUnits(on("2024-03-31")).units("I", 20, 160))
                .isInstanceOf(RuleNotFound.class).isNotInstanceOf(RuleNotConfigured.class)
                .hasMessage("rule table type-a-score-units, key staffing I, capacity 20, score 160, date 2024-03-31: "
                        + "no version is in force yet");
        assertThatThrownBy(() -> new TypeAScoreItems(on("2024-03-31")).workingHoursPoints(new BigDecimal("5.2")))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("type-a-score-items").hasMessageContaining("item I, average 5.2 h")
                .hasMessageContaining("2024-03-31");
    }

    @Test
    @DisplayName("EM-7 A型 score, working hours: 52,416 h over 10,080 user-days → 5.2 h a day → 65 points (5-6 h)")
    void em7WorkingHours() {
        TypeAScoreItems items = new TypeAScoreItems(on("2026-04-01"));
        assertThat(items.workingHoursPoints(new BigDecimal("52416"), 10_080)).isEqualTo(65);
        assertThat(items.workingHoursPoints(new BigDecimal("5.2"))).isEqualTo(65);
        assertThat(items.workingHoursPoints(new BigDecimal("7"))).isEqualTo(90);
        assertThat(items.workingHoursPoints(new BigDecimal("6.99"))).isEqualTo(80);
        assertThat(items.workingHoursPoints(new BigDecimal("4.5"))).isEqualTo(55);
        assertThat(items.workingHoursPoints(new BigDecimal("4.49"))).isEqualTo(40);
        assertThat(items.workingHoursPoints(new BigDecimal("1.5"))).isEqualTo(5);
        // 6 h exactly over the year lands in 6-7, not 5-6: the average is compared exactly
        assertThat(items.workingHoursPoints(new BigDecimal("60480"), 10_080)).isEqualTo(80);
        assertThatThrownBy(() -> items.workingHoursPoints(new BigDecimal("100"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userDays");
    }

    @Test
    @DisplayName("A型 score item Ⅱ: 3 years → 60, last two → 50, last only → 40, year before only → 20, three years ago only → -10, none → -20; Ⅵ late plan → -50")
    void typeAProductionAndPlan() {
        TypeAScoreItems items = new TypeAScoreItems(on("2026-04-01"));
        assertThat(items.productionActivityPoints(true, true, true)).isEqualTo(60);
        assertThat(items.productionActivityPoints(true, true, false)).isEqualTo(50);
        assertThat(items.productionActivityPoints(true, false, true)).isEqualTo(40);
        assertThat(items.productionActivityPoints(true, false, false)).isEqualTo(40);
        assertThat(items.productionActivityPoints(false, true, false)).isEqualTo(20);
        assertThat(items.productionActivityPoints(false, false, true)).isEqualTo(-10);
        assertThat(items.productionActivityPoints(false, false, false)).isEqualTo(-20);
        assertThat(items.points(Item.II, "LAST_YEAR_ONLY")).isEqualTo(40);
        assertThat(items.improvementPlanPoints(true)).isEqualTo(-50);
        assertThat(items.improvementPlanPoints(false)).isZero();
        assertThat(items.configured(Item.I)).isTrue();
        assertThat(items.configured(Item.II)).isTrue();
        assertThat(items.configured(Item.VI)).isTrue();
    }

    @Test
    @DisplayName("A型 score items Ⅲ, Ⅳ, Ⅴ and Ⅶ are not configured (R6 scale not collected; Ⅴ: 10 in R3, R6 unconfirmed) and say so")
    void typeAItemsNotConfigured() {
        TypeAScoreItems items = new TypeAScoreItems(on("2026-04-01"));
        for (Item item : List.of(Item.III, Item.IV, Item.V, Item.VII)) {
            assertThat(items.configured(item)).as("item %s", item).isFalse();
            assertThatThrownBy(() -> items.points(item, "SCALE"))
                    .isInstanceOf(RuleNotConfigured.class)
                    .hasMessageContaining("type-a-score-items").hasMessageContaining("item " + item + ", band SCALE")
                    .hasMessageContaining("points is not configured");
        }
        assertThatThrownBy(() -> items.points(Item.V, "SCALE")).hasMessageContaining("10 points in the R3 scheme");
        assertThat(items.scale(Item.V).getFirst().text("description")).contains("R6 value not confirmed");
        assertThatThrownBy(() -> items.points(Item.I, "NO_SUCH_BAND"))
                .isInstanceOf(RuleNotFound.class).isNotInstanceOf(RuleNotConfigured.class);
    }

    // 就労移行支援, 就労定着支援, 就労選択支援

    @Test
    @DisplayName("transition ≤ 20 by retention: 8/20 = 40 % → 1,020; 50 % → 1,210; 1/20 → 519; 0 → 479; new office → 879")
    void transition() {
        TransitionBaseUnits t = new TransitionBaseUnits(on("2026-06-01"));
        assertThat(t.units(20, 8)).isEqualTo(1_020);
        assertThat(t.units(20, 9)).isEqualTo(1_020);
        assertThat(t.units(20, 10)).isEqualTo(1_210);
        assertThat(t.units(20, 7)).isEqualTo(879);
        assertThat(t.units(20, 4)).isEqualTo(719);
        assertThat(t.units(20, 2)).isEqualTo(569);
        assertThat(t.units(20, 1)).isEqualTo(519);
        assertThat(t.units(20, 0)).isEqualTo(479);
        assertThat(t.units(15, 5, 15)).isEqualTo(879); // 33.3… %, compared exactly
        assertThat(t.newOfficeUnits(20)).isEqualTo(879);
        assertThat(t.row(20, 8, 20).text("retentionBand")).isEqualTo("40_TO_50");
        assertThatThrownBy(() -> t.units(30, 12))
                .isInstanceOf(RuleNotConfigured.class).hasMessageContaining("transition-base-units")
                .hasMessageContaining("capacity 30").hasMessageContaining("units is not configured");
        assertThatThrownBy(() -> t.newOfficeUnits(30)).isInstanceOf(RuleNotConfigured.class);
        assertThatThrownBy(() -> t.units(20, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("denominator");
        assertThatThrownBy(() -> new TransitionBaseUnits(on("2024-03-31")).units(20, 8))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("transition-base-units").hasMessageContaining("capacity 20")
                .hasMessageContaining("2024-03-31");
    }

    @Test
    @DisplayName("minimum capacity: 就労移行支援 10; 就労選択支援 10 from 2025-10-01; B型 not collected → RuleNotFound")
    void minimumCapacity() {
        assertThat(new MinimumCapacities(on("2025-04-01")).of(ServiceType.TRANSITION)).isEqualTo(10);
        assertThat(new MinimumCapacities(on("2026-04-01")).allows(ServiceType.TRANSITION, 9)).isFalse();
        assertThat(new MinimumCapacities(on("2026-04-01")).of(ServiceType.EMPLOYMENT_SELECTION)).isEqualTo(10);
        assertThatThrownBy(() -> new MinimumCapacities(on("2025-09-30")).of(ServiceType.EMPLOYMENT_SELECTION))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("EMPLOYMENT_SELECTION");
        assertThatThrownBy(() -> new MinimumCapacities(on("2026-04-01")).of(ServiceType.TYPE_B))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("the table has no row for this key");
    }

    @Test
    @DisplayName("retention support per month: ≥ 95 % → 3,512; 90-95 → 3,348; 50-70 → 1,690; < 30 → 1,074")
    void retention() {
        RetentionSupportUnits r = new RetentionSupportUnits(on("2026-06-01"));
        assertThat(r.monthlyUnits(19, 20)).isEqualTo(3_512);
        assertThat(r.monthlyUnits(20, 20)).isEqualTo(3_512);
        assertThat(r.monthlyUnits(18, 20)).isEqualTo(3_348);
        assertThat(r.monthlyUnits(17, 20)).isEqualTo(2_768);
        assertThat(r.monthlyUnits(14, 20)).isEqualTo(2_234);
        assertThat(r.monthlyUnits(10, 20)).isEqualTo(1_690);
        assertThat(r.monthlyUnits(6, 20)).isEqualTo(1_433);
        assertThat(r.monthlyUnits(5, 20)).isEqualTo(1_074);
        assertThat(r.monthlyUnits(0, 20)).isEqualTo(1_074);
        assertThatThrownBy(() -> r.monthlyUnits(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users");
    }

    @Test
    @DisplayName("就労選択支援 from 2025-10-01: usually 1 month, at most 2; units per day not configured (1,210 unconfirmed); before → RuleNotFound")
    void employmentSelectionSupport() {
        EmploymentSelectionSupport s = new EmploymentSelectionSupport(on("2025-10-01"));
        assertThat(s.usualMonths()).isEqualTo(1);
        assertThat(s.maxMonths()).isEqualTo(2);
        assertThat(s.minPlacements()).isEqualTo(3);
        assertThat(s.placementLookbackYears()).isEqualTo(3);
        assertThat(s.usersPerStaff()).isEqualTo(15);
        assertThat(s.minAreaPerPersonM2()).isEqualByComparingTo("3");
        assertThat(s.mandatoryBeforeTypeBFrom()).isEqualTo("2025-10-01");
        assertThat(s.mandatoryBeforeTypeAFrom()).isEqualTo("2027-04-01");
        assertThat(s.unitsPerDayConfigured()).isFalse();
        assertThatThrownBy(s::unitsPerDay)
                .isInstanceOf(RuleNotConfigured.class).hasMessageContaining("employment-selection-support")
                .hasMessageContaining("unitsPerDay is not configured").hasMessageContaining("1,210");
        assertThatThrownBy(() -> new EmploymentSelectionSupport(on("2025-09-30")).usualMonths())
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("2025-09-30");
    }

    // B型: average monthly 工賃 and the other figures

    @Test
    @DisplayName("average users per day, rounded up from the 2nd decimal (corrected Q&A): 19.714… → 19.8; 14.679… → 14.7; 19.7 stays")
    void averageUsersPerDay() {
        AverageMonthlyKouchinRules avg = new AverageMonthlyKouchinRules(on("2025-04-01"));
        assertThat(avg.averageUsersPerDay(4_830, 245)).isEqualByComparingTo("19.8").hasToString("19.8");
        assertThat(avg.averageUsersPerDay(3_567, 243)).isEqualByComparingTo("14.7");
        assertThat(avg.averageUsersPerDay(197, 10)).isEqualByComparingTo("19.7");
    }

    @Test
    @DisplayName("WG-1 average monthly 工賃: 3,456,000 yen, 4,830 user-days, 245 days → 19.8 → 14,545 yen → (Ⅱ) ≤ 20: 584 units in May and June 2026")
    void wg1AverageMonthlyKouchin() {
        AverageMonthlyKouchinRules avg = new AverageMonthlyKouchinRules(on("2026-05-01"));
        Yen average = avg.averageMonthlyKouchin(Yen.of(3_456_000), 4_830, 245);
        assertThat(average).isEqualTo(Yen.of(14_545));
        assertThat(avg.meetsMinimum(average)).isTrue();
        assertThat(new TypeBBaseUnits(on("2026-05-01")).units(TypeBBaseUnits.Variant.IN_SCOPE, "II", 20, average)).isEqualTo(584);
        assertThat(new TypeBBaseUnits(on("2026-06-01")).units(TypeBBaseUnits.Variant.IN_SCOPE, "II", 20, average)).isEqualTo(584);
    }

    @Test
    @DisplayName("WG-1 the rounding is data: with the uncorrected Q&A's half up the same totals give 19.7 and 14,619 yen")
    void wg1HalfUpIsData() {
        RuleView halfUp = overriding(on("2026-05-01"), AverageMonthlyKouchinRules.TABLE, "usersPerDayRounding", "HALF_UP");
        AverageMonthlyKouchinRules avg = new AverageMonthlyKouchinRules(halfUp);
        assertThat(avg.averageUsersPerDay(4_830, 245)).isEqualByComparingTo("19.7");
        assertThat(avg.averageMonthlyKouchin(Yen.of(3_456_000), 4_830, 245)).isEqualTo(Yen.of(14_619));
        assertThat(new AverageMonthlyKouchinRules(on("2026-05-01")).row().version().note()).contains("HALF_UP");
    }

    @Test
    @DisplayName("WG-1 zero opening days or zero user-days is an error naming the field, never an average of 0")
    void wg1ZeroIsAnError() {
        AverageMonthlyKouchinRules avg = new AverageMonthlyKouchinRules(on("2026-05-01"));
        assertThatThrownBy(() -> avg.averageMonthlyKouchin(Yen.of(3_456_000), 4_830, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openingDays");
        assertThatThrownBy(() -> avg.averageMonthlyKouchin(Yen.of(3_456_000), 0, 245))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userDays");
        assertThatThrownBy(() -> avg.averageMonthlyKouchin(Yen.of(3_456_000), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("averageUsersPerDay");
    }

    @Test
    @DisplayName("B型 minimum average 3,000 yen a month; a new office counts as below 10,000 in its first year, 6-month actuals from month 7")
    void minimumAndNewOffice() {
        AverageMonthlyKouchinRules avg = new AverageMonthlyKouchinRules(on("2026-05-01"));
        assertThat(avg.minimumAverageYen()).isEqualTo(Yen.of(3_000));
        assertThat(avg.meetsMinimum(Yen.of(3_000))).isTrue();
        assertThat(avg.meetsMinimum(Yen.of(2_999))).isFalse();
        assertThat(avg.newOfficeBelowYen()).isEqualTo(Yen.of(10_000));
        assertThat(avg.newOfficeActualsFromMonth()).isEqualTo(7);
        assertThat(avg.newOfficeActualsMonths()).isEqualTo(6);
    }

    @Test
    @DisplayName("B型 short-time reduction: types Ⅳ-Ⅵ only, users < 4 h ≥ 50 % → -30 %; 目標工賃達成加算 10 units (Ⅰ, Ⅳ); 指導員配置加算 ≤ 20: 45, above: not configured")
    void typeBAdjustments() {
        TypeBAdjustments b = new TypeBAdjustments(on("2026-04-01"));
        assertThat(b.shortTimeReductionPercent()).isEqualTo(30);
        assertThat(b.shortTimeHoursBelow()).isEqualByComparingTo("4");
        assertThat(b.shortTimeReductionApplies("V", 10, 20)).isTrue();
        assertThat(b.shortTimeReductionApplies("V", 9, 20)).isFalse();
        assertThat(b.shortTimeReductionApplies("II", 20, 20)).isFalse();
        assertThat(b.shortTimeReductionCovers("IV")).isTrue();
        assertThatThrownBy(() -> b.shortTimeReductionApplies("V", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.targetKouchinAchievementUnits()).isEqualTo(10);
        assertThat(b.targetKouchinAchievementCovers("I")).isTrue();
        assertThat(b.targetKouchinAchievementCovers("IV")).isTrue();
        assertThat(b.targetKouchinAchievementCovers("II")).isFalse();
        assertThat(b.targetKouchinInstructorUnits(20)).isEqualTo(45);
        assertThatThrownBy(() -> b.targetKouchinInstructorUnits(21))
                .isInstanceOf(RuleNotConfigured.class).hasMessageContaining("unitsPerDay is not configured");
    }

    @Test
    @DisplayName("B型 new-office factor 984/1000 (46Z006) for offices designated from 2026-06-01, open end; not in force in May 2026")
    void typeBNewOfficeFactor() {
        TypeBAdjustments june = new TypeBAdjustments(on("2026-06-01"));
        assertThat(june.newOfficeFactorPerMille()).isEqualTo(984);
        assertThat(june.newOfficeServiceCode()).isEqualTo("46Z006");
        assertThat(june.newOfficeFactorEnds()).isEmpty();
        assertThat(june.newOfficeFactorApplies(LocalDate.parse("2026-06-01"))).isTrue();
        assertThat(june.newOfficeFactorApplies(LocalDate.parse("2026-05-31"))).isFalse();
        // the adjustments of 2024 carry over into the 2026 version
        assertThat(june.shortTimeReductionPercent()).isEqualTo(30);
        assertThatThrownBy(() -> new TypeBAdjustments(on("2026-05-31")).newOfficeFactorPerMille())
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("type-b-adjustments")
                .hasMessageContaining("NEW_OFFICE_FACTOR").hasMessageContaining("2026-05-31");
    }

    // billing

    @Test
    @DisplayName("billing: 587 × 70 % = 410.9 → 411, then × 150 % = 616.5 → 617 (half up after each step); month 3,522 × 15 % = 528.3 → 528")
    void billingPercentSteps() {
        BillingRounding billing = new BillingRounding(on("2026-06-01"));
        assertThat(billing.applyPercent(587, 70)).isEqualTo(411);
        assertThat(billing.applyPercent(411, 150)).isEqualTo(617);
        assertThat(billing.applyInSteps(587, new BigDecimal("70"), new BigDecimal("150"))).isEqualTo(617);
        assertThat(billing.applyPercent(3_522, 15)).isEqualTo(528);
        // not once at the end: 587 × 70 % × 150 % = 616.35 would give 616
        assertThat(billing.applyPercent(587, new BigDecimal("105"))).isEqualTo(616);
    }

    @Test
    @DisplayName("billing: yen = units × unit price truncated once per service type (2,468 × 11.20 = 27,641.6 → 27,641); 10 % share truncated")
    void billingYenAndShare() {
        BillingRounding billing = new BillingRounding(on("2026-06-01"));
        assertThat(billing.yen(2_468, new BigDecimal("11.20"))).isEqualTo(Yen.of(27_641));
        assertThat(billing.userShare(Yen.of(27_641))).isEqualTo(Yen.of(2_764));
        assertThat(billing.userCharge(Yen.of(27_641), Yen.of(9_300))).isEqualTo(Yen.of(2_764));
        assertThat(billing.userCharge(Yen.of(127_641), Yen.of(9_300))).isEqualTo(Yen.of(9_300));
        assertThat(billing.userCharge(Yen.of(127_641), Yen.of(9_300), Yen.of(4_000))).isEqualTo(Yen.of(4_000));
        assertThat(billing.userCharge(Yen.of(27_641), Yen.of(0))).isEqualTo(Yen.ZERO);
        assertThat(billing.benefit(Yen.of(27_641), Yen.of(2_764))).isEqualTo(Yen.of(24_877));
        assertThat(billing.benefit(Yen.of(27_641), Yen.of(2_764))).isNotEqualTo(Yen.of(27_641 * 9 / 10));
    }

    @Test
    @DisplayName("monthly copay caps by income class: 生活保護 0, 低所得 0, 一般1 9,300, 一般2 37,200")
    void copayCaps() {
        MonthlyCopayCaps caps = new MonthlyCopayCaps(on("2026-06-01"));
        assertThat(caps.yen(IncomeClass.WELFARE)).isEqualTo(Yen.ZERO);
        assertThat(caps.yen(IncomeClass.LOW_INCOME)).isEqualTo(Yen.ZERO);
        assertThat(caps.yen(IncomeClass.GENERAL_1)).isEqualTo(Yen.of(9_300));
        assertThat(caps.yen(IncomeClass.GENERAL_2)).isEqualTo(Yen.of(37_200));
    }

    @Test
    @DisplayName("reserve limits: the 工賃 reserve takes at most 10 % a year and holds at most 50 % of the last 3 years' average 工賃 (3,000,000 / 3,300,000 / 3,600,000 → 330,000 and 1,650,000); the equipment reserve 10 % of the year's revenue; only the 工賃 reserve pays 工賃")
    void reserveLimits() {
        KouchinReserveLimits limits = new KouchinReserveLimits(on("2026-04-01"));
        List<Yen> paid = List.of(Yen.of(3_000_000), Yen.of(3_300_000), Yen.of(3_600_000));
        assertThat(limits.baseYears(Reserve.KOUCHIN_FLUCTUATION)).isEqualTo(3);
        assertThat(limits.annualLimit(Reserve.KOUCHIN_FLUCTUATION, paid)).isEqualTo(Yen.of(330_000));
        assertThat(limits.balanceLimit(Reserve.KOUCHIN_FLUCTUATION, paid)).isEqualTo(Yen.of(1_650_000));
        assertThat(limits.annualLimit(Reserve.EQUIPMENT, List.of(Yen.of(12_345_678)))).isEqualTo(Yen.of(1_234_567)); // rounded down
        assertThat(limits.balanceLimit(Reserve.EQUIPMENT, List.of(Yen.of(2_000_000)))).isEqualTo(Yen.of(1_500_000));
        assertThat(limits.requiresNoDecrease(Reserve.KOUCHIN_FLUCTUATION)).isTrue();
        assertThat(limits.paysKouchin(Reserve.KOUCHIN_FLUCTUATION)).isTrue();
        assertThat(limits.paysKouchin(Reserve.EQUIPMENT)).isFalse();
        assertThat(limits.row(Reserve.KOUCHIN_FLUCTUATION).source()).contains("就労支援等の事業に関する会計処理の取扱い");
    }

    @Test
    @DisplayName("every new table is loaded with a source naming current-rules.md and the load date 2026-11-23")
    void newTablesHaveSources() {
        List<String> tables = List.of("type-a-score-units", "type-a-score-items", "transition-base-units", "retention-support-units",
                "employment-selection-support", "average-kouchin-rounding", "billing-rounding", "copay-cap", "type-b-adjustments",
                "minimum-capacity");
        assertThat(RULES.tables()).containsAll(tables);
        for (String table : tables) {
            assertThat(RULES.versions(table)).isNotEmpty().allSatisfy(v -> {
                assertThat(v.source()).contains("shared/domain/current-rules.md");
                assertThat(v.loaded()).isEqualTo("2026-11-23");
            });
        }
    }

    /** A view that reads {@code column} of {@code table} as {@code value}: a data change, no code change. */
    private static RuleView overriding(RuleView real, String table, String column, Object value) {
        return new RuleView() {
            @Override
            public LocalDate date() {
                return real.date();
            }

            @Override
            public RuleRow row(String t, Object... key) {
                return change(t, real.row(t, key));
            }

            @Override
            public List<RuleRow> rows(String t) {
                return real.rows(t).stream().map(r -> change(t, r)).toList();
            }

            @Override
            public RuleVersion version(String t) {
                return real.version(t);
            }

            private RuleRow change(String t, RuleRow r) {
                if (!t.equals(table)) {
                    return r;
                }
                Map<String, Object> values = new HashMap<>(r.values());
                values.put(column, value);
                return new RuleRow(r.version(), r.rowEffectiveFrom(), values);
            }
        };
    }
}
