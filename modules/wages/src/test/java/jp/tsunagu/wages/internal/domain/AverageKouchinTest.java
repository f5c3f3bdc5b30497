package jp.tsunagu.wages.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.internal.RuleCatalog;
import jp.tsunagu.rules.national.TypeBBaseUnits.Variant;
import jp.tsunagu.wages.api.ServiceMonthTier.Basis;
import jp.tsunagu.wages.api.StaffingType;
import jp.tsunagu.wages.internal.domain.AverageKouchin.Average;
import jp.tsunagu.wages.internal.domain.AverageKouchin.Profile;
import jp.tsunagu.wages.internal.domain.AverageKouchin.Tier;
import jp.tsunagu.wages.internal.domain.AverageKouchin.Totals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The average monthly 工賃 and its tier from a year's totals, on the bundled national rules (WG-1; the office's figures
 * from closed months are {@code AverageKouchinIT}'s).
 */
class AverageKouchinTest {
    /** The national data set as the application loads it (the rules module's catalog, without Spring). */
    private static final Rules RULES = load();
    private static final LocalDate OLD_OFFICE = LocalDate.of(2015, 4, 1);

    private static Rules load() {
        try {
            return new RuleCatalog();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RuleView on(String date) {
        return RULES.on(LocalDate.parse(date));
    }

    private static Tier tier(String month, long average, StaffingType staffing, Variant variant, int capacity) {
        YearMonth m = YearMonth.parse(month);
        return AverageKouchin.tier(m, Yen.of(average), new Profile(staffing, variant, OLD_OFFICE), capacity, on(m.atDay(1).toString()));
    }

    @Test
    @DisplayName("WG-1 first office: FY2025 3,456,000 yen, 4,830 user-days, 245 opening days → 19.714… rounded up to 19.8 → 14,545.45 → 14,545 yen (≥ 3,000) → (Ⅱ) capacity ≤ 20 \"10,000-14,999\": 584 units in May 2026 and in June 2026 (tiers below 15,000 unchanged)")
    void wg1FirstOffice() {
        Totals fy2025 = new Totals(FiscalYear.startingIn(2025), List.of(), Yen.of(3_456_000), 4_830, 245);
        Average average = AverageKouchin.average(fy2025, on("2026-04-01"));
        assertThat(average.usersPerDayExact()).isEqualByComparingTo("19.7142");
        assertThat(average.usersPerDay()).isEqualByComparingTo("19.8");
        assertThat(average.averageExact()).isEqualByComparingTo("14545.45");
        assertThat(average.average()).isEqualTo(Yen.of(14_545));
        assertThat(average.minimum()).isEqualTo(Yen.of(3_000));
        assertThat(average.meetsMinimum()).isTrue();
        assertThat(average.rounding()).isEqualTo(new AverageKouchin.Rounding(1, "UP", 12, "HALF_UP"));
        assertThat(average.table().effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 1));

        for (Variant variant : Variant.values()) {
            Tier may = tier("2026-05", 14_545, StaffingType.II, variant, 20);
            assertThat(may.units()).isEqualTo(584);
            assertThat(may.label()).isEqualTo("10,000-14,999");
            assertThat(may.table().effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
            Tier june = tier("2026-06", 14_545, StaffingType.II, variant, 20);
            assertThat(june.units()).isEqualTo(584);
            assertThat(june.label()).isEqualTo("10,000-14,999");
            assertThat(june.table().effectiveFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(june.basis()).isEqualTo(Basis.ACTUALS);
        }
    }

    @Test
    @DisplayName("WG-1 second office: (Ⅱ) capacity 30, average 31,200 → May 2026 \"30,000-34,999\" 596; June 2026 in scope \"30,000-32,999\" 580, recorded exempt 596")
    void wg1SecondOffice() {
        Tier may = tier("2026-05", 31_200, StaffingType.II, Variant.IN_SCOPE, 30);
        assertThat(may.units()).isEqualTo(596);
        assertThat(may.label()).isEqualTo("30,000-34,999");
        Tier inScope = tier("2026-06", 31_200, StaffingType.II, Variant.IN_SCOPE, 30);
        assertThat(inScope.units()).isEqualTo(580);
        assertThat(inScope.label()).isEqualTo("30,000-32,999");
        assertThat(inScope.tier()).isEqualTo("30000-32999");
        Tier exempt = tier("2026-06", 31_200, StaffingType.II, Variant.EXEMPT, 30);
        assertThat(exempt.units()).isEqualTo(596);
        assertThat(exempt.label()).isEqualTo("30,000-34,999");
        assertThat(exempt.variant()).isEqualTo(Variant.EXEMPT);
    }

    @Test
    @DisplayName("WG-1 zero opening days or zero user-days is refused naming the field, never an average of 0")
    void wg1ZeroIsRefused() {
        FiscalYear fy2025 = FiscalYear.startingIn(2025);
        assertThatThrownBy(() -> AverageKouchin.average(new Totals(fy2025, List.of(), Yen.of(3_456_000), 4_830, 0), on("2026-04-01")))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> {
                    assertThat(p.field()).isEqualTo("openingDays");
                    assertThat(p.args()).containsExactly("令和7年度", fy2025);
                });
        assertThatThrownBy(() -> AverageKouchin.average(new Totals(fy2025, List.of(), Yen.of(3_456_000), 0, 245), on("2026-04-01")))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.field()).isEqualTo("userDays"));
    }

    @Test
    @DisplayName("the minimum of 3,000 yen a month is checked on the rounded average: 3,000 and 2,999.96 meet it, 2,986 does not")
    void minimum() {
        // 7 user-days over 3 days → 2.333… → 2.4 (rounded up); 86,400 ÷ 2.4 ÷ 12 = 3,000 exactly
        Average exactly = AverageKouchin.average(new Totals(FiscalYear.startingIn(2025), List.of(), Yen.of(86_400), 7, 3), on("2026-04-01"));
        assertThat(exactly.usersPerDay()).isEqualByComparingTo("2.4");
        assertThat(exactly.average()).isEqualTo(Yen.of(3_000));
        assertThat(exactly.meetsMinimum()).isTrue();
        Average below = AverageKouchin.average(new Totals(FiscalYear.startingIn(2025), List.of(), Yen.of(86_399), 7, 3), on("2026-04-01"));
        assertThat(below.averageExact()).isEqualByComparingTo("2999.96");
        assertThat(below.average()).isEqualTo(Yen.of(3_000)); // rounded half up before the check
        assertThat(below.meetsMinimum()).isTrue();
        Average wellBelow = AverageKouchin.average(new Totals(FiscalYear.startingIn(2025), List.of(), Yen.of(86_000), 7, 3), on("2026-04-01"));
        assertThat(wellBelow.average()).isEqualTo(Yen.of(2_986));
        assertThat(wellBelow.meetsMinimum()).isFalse();
    }

    @Test
    @DisplayName("a new office counts as below 10,000 yen for the twelve months from its designation month, whatever it paid; then its average applies")
    void newOffice() {
        Profile designated = new Profile(StaffingType.II, Variant.IN_SCOPE, LocalDate.of(2025, 10, 15));
        assertThat(AverageKouchin.needsAverage(YearMonth.of(2026, 9), designated)).isFalse();
        Tier first = AverageKouchin.tier(YearMonth.of(2026, 9), null, designated, 20, on("2026-09-01"));
        assertThat(first.basis()).isEqualTo(Basis.NEW_OFFICE);
        assertThat(first.average()).isEqualTo(Yen.of(9_999));
        assertThat(first.label()).isEqualTo("0-9,999");
        assertThat(first.units()).isEqualTo(537);
        assertThat(AverageKouchin.needsAverage(YearMonth.of(2026, 10), designated)).isTrue();
        Tier after = AverageKouchin.tier(YearMonth.of(2026, 10), Yen.of(31_200), designated, 20, on("2026-10-01"));
        assertThat(after.basis()).isEqualTo(Basis.ACTUALS);
        assertThat(after.units()).isEqualTo(649);
        assertThatThrownBy(() -> AverageKouchin.tier(YearMonth.of(2026, 10), null, designated, 20, on("2026-10-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-10");
    }

    @Test
    @DisplayName("types Ⅳ-Ⅵ are flat: the units do not depend on the average, and no tier range is shown")
    void flatTypes() {
        Profile flat = new Profile(StaffingType.IV, Variant.STANDARD, OLD_OFFICE);
        assertThat(AverageKouchin.needsAverage(YearMonth.of(2026, 5), flat)).isFalse();
        Tier tier = AverageKouchin.tier(YearMonth.of(2026, 5), null, flat, 20, on("2026-05-01"));
        assertThat(tier.tier()).isEqualTo("FLAT");
        assertThat(tier.units()).isEqualTo(584);
        assertThat(tier.label()).isNull();
        assertThat(tier.average()).isNull();
    }
}
