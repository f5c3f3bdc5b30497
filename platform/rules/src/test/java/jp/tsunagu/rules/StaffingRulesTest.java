package jp.tsunagu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.national.FullTimeEquivalents;
import jp.tsunagu.rules.national.OverCapacity;
import jp.tsunagu.rules.national.StaffingRatios;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Staffing ratios, the averages they use and the over-capacity bases of multi-function offices, from the rules. */
class StaffingRulesTest {

    @Test
    @DisplayName("staffing ratios: B型 (Ⅰ) 6:1, (Ⅱ) 7.5:1, (Ⅲ) 10:1 (default Ⅲ); A型 (Ⅰ) 7.5:1, (Ⅱ) 10:1 (default Ⅱ) with non-employed users pooled; 就労移行 6:1 plus 就労支援員 15:1")
    void ratios() {
        StaffingRatios ratios = new StaffingRatios(NationalDataSet.on("2026-04-01"));
        assertThat(ratios.requirements(ServiceType.TYPE_B, "I")).singleElement()
                .satisfies(r -> assertThat(r.usersPerStaff()).isEqualByComparingTo("6"))
                .satisfies(r -> assertThat(r.roles()).containsExactly("VOCATIONAL_INSTRUCTOR", "LIFE_SUPPORT_WORKER"));
        assertThat(ratios.requirements(ServiceType.TYPE_B, "II").getFirst().usersPerStaff()).isEqualByComparingTo("7.5");
        assertThat(ratios.requirements(ServiceType.TYPE_B, "III").getFirst().usersPerStaff()).isEqualByComparingTo("10");
        assertThat(ratios.levels(ServiceType.TYPE_B)).containsExactly("I", "II", "III", "IV", "V", "VI");
        assertThat(ratios.defaultLevel(ServiceType.TYPE_B)).isEqualTo("III");
        assertThat(ratios.requirements(ServiceType.TYPE_A, "I").getFirst().usersPerStaff()).isEqualByComparingTo("7.5");
        assertThat(ratios.requirements(ServiceType.TYPE_A, "II").getFirst().usersPerStaff()).isEqualByComparingTo("10");
        assertThat(ratios.defaultLevel(ServiceType.TYPE_A)).isEqualTo("II");
        assertThat(ratios.standardFor(ServiceType.TYPE_A_NON_EMPLOYED)).contains(ServiceType.TYPE_A);
        assertThat(ratios.pooled(ServiceType.TYPE_A)).containsExactly(ServiceType.TYPE_A, ServiceType.TYPE_A_NON_EMPLOYED);
        assertThat(ratios.standardFor(ServiceType.CONSULTATION)).isEmpty();
        assertThat(ratios.requirements(ServiceType.TRANSITION, "STANDARD"))
                .extracting(StaffingRatios.Requirement::staff, r -> r.usersPerStaff().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DIRECT_SUPPORT", "6"),
                        org.assertj.core.groups.Tuple.tuple("EMPLOYMENT_SUPPORT", "15"));
        assertThatThrownBy(() -> ratios.requirements(ServiceType.TYPE_A, "III"))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining(StaffingRatios.TABLE).hasMessageContaining("TYPE_A level III");
        assertThatThrownBy(() -> new StaffingRatios(NationalDataSet.on("2024-03-31")).defaultLevel(ServiceType.TYPE_B))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining(StaffingRatios.TABLE);
    }

    @Test
    @DisplayName("average users of last year rounded up from the 2nd decimal (31 ÷ 3 = 10.33… → 10.4; 19.714… → 19.8); the required FTE = users ÷ ratio rounded up to one decimal (10.4 ÷ 6 → 1.8, ÷ 15 → 0.7)")
    void averagesAndRequiredFte() {
        StaffingRatios ratios = new StaffingRatios(NationalDataSet.on("2026-04-01"));
        assertThat(ratios.averageUsers(ServiceType.TRANSITION, 31, 3)).isEqualByComparingTo("10.4");
        assertThat(ratios.averageUsers(ServiceType.TYPE_B, 4_830, 245)).isEqualByComparingTo("19.8");
        assertThat(ratios.averageUsers(ServiceType.TYPE_B, 0, 245)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> ratios.averageUsers(ServiceType.TYPE_B, 10, 0)).hasMessageContaining("openingDays");
        assertThat(ratios.usersWithoutRecords(ServiceType.TYPE_A, 29)).isEqualByComparingTo("29");
        List<StaffingRatios.Requirement> transition = ratios.requirements(ServiceType.TRANSITION, "STANDARD");
        assertThat(ratios.required(transition.get(0), new BigDecimal("10.4"))).isEqualByComparingTo("1.8");
        assertThat(ratios.required(transition.get(1), new BigDecimal("10.4"))).isEqualByComparingTo("0.7");
        assertThat(ratios.required(ratios.requirements(ServiceType.TYPE_B, "III").getFirst(), new BigDecimal("10"))).isEqualByComparingTo("1.0");
        assertThat(ratios.required(ratios.requirements(ServiceType.TYPE_B, "I").getFirst(), new BigDecimal("10"))).isEqualByComparingTo("1.7");
    }

    @Test
    @DisplayName("WS-4 with a staff member beyond full time: 40, 32, 20, 30 h → 3.0; one of 45 h counts 40 h")
    void fullTimeCap() {
        FullTimeEquivalents fte = new FullTimeEquivalents(NationalDataSet.on("2026-04-01"));
        BigDecimal forty = new BigDecimal("40");
        assertThat(fte.countedHours(new BigDecimal("45"), forty)).isEqualByComparingTo("40");
        assertThat(fte.countedHours(new BigDecimal("32"), forty)).isEqualByComparingTo("32");
        assertThat(fte.of(List.of(forty, new BigDecimal("32"), new BigDecimal("20"), new BigDecimal("30")), forty)).isEqualByComparingTo("3.0");
    }

    @Test
    @DisplayName("WS-3 in a multi-function office: the daily test per service, the three months on the combined capacity (capacity 20, 65 days → 1,625; 1,626 flagged)")
    void overCapacityBases() {
        OverCapacity rule = new OverCapacity(NationalDataSet.on("2026-04-15"));
        assertThat(rule.multiFunctionDaily()).isEqualTo(OverCapacity.Basis.PER_SERVICE);
        assertThat(rule.multiFunctionThreeMonths()).isEqualTo(OverCapacity.Basis.COMBINED);
        assertThat(rule.threeMonthLimit(20, 65)).isEqualByComparingTo("1625");
        assertThat(rule.threeMonthsOver(20, 65, 1_625)).isFalse();
        assertThat(rule.threeMonthsOver(20, 65, 1_626)).isTrue();
        assertThat(rule.threeMonthsOver(10, 2, 27)).isTrue(); // (10 + 3) × 2 = 26
    }
}
