package jp.tsunagu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.national.EmploymentInsuranceRates;
import jp.tsunagu.rules.national.FullTimeEquivalents;
import jp.tsunagu.rules.national.MinimumWages;
import jp.tsunagu.rules.national.MonitoringIntervals;
import jp.tsunagu.rules.national.OverCapacity;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The national data set, looked up by date: the worked cases that need only rule data. */
class NationalRulesTest {
    private static final Rules RULES = NationalDataSet.RULES;

    private static RuleView on(String date) {
        return NationalDataSet.on(date);
    }

    @Test
    @DisplayName("EM-1 群馬: 985 yen until 2026-02-28, 1,063 from 2026-03-01; a 10 % reduction permit gives 956.7")
    void em1MinimumWageByDate() {
        assertThat(new MinimumWages(on("2026-02-28")).yenPerHour(Prefecture.GUNMA)).isEqualTo(Yen.of(985));
        assertThat(new MinimumWages(on("2026-03-01")).yenPerHour(Prefecture.GUNMA)).isEqualTo(Yen.of(1063));
        assertThat(new MinimumWages(on("2026-03-01")).row(Prefecture.GUNMA).rowEffectiveFrom()).isEqualTo("2026-03-01");
        assertThat(new MinimumWages(on("2026-03-15")).reduced(Prefecture.GUNMA, BigDecimal.TEN)).isEqualByComparingTo("956.7");
        assertThat(new MinimumWages(on("2025-10-03")).yenPerHour(Prefecture.TOKYO)).isEqualTo(Yen.of(1226));
        assertThat(new MinimumWages(on("2025-10-02")).yenPerHour(Prefecture.TOKYO)).isEqualTo(Yen.of(1163));
        assertThat(new MinimumWages(on("2026-03-01")).row(Prefecture.GUNMA).version().source()).contains("令和7年度");
    }

    @Test
    @DisplayName("EM-2 employment insurance: 5.5/1000 for a period closing in March 2026, 5/1000 in April; 50銭 or less dropped")
    void em2EmploymentInsurance() {
        EmploymentInsuranceRates march = new EmploymentInsuranceRates(on("2026-03-31"));
        EmploymentInsuranceRates april = new EmploymentInsuranceRates(on("2026-04-30"));
        assertThat(march.workerPerMille()).isEqualByComparingTo("5.5");
        assertThat(april.workerPerMille()).isEqualByComparingTo("5");
        assertThat(april.workerShare(Yen.of(86_400))).isEqualTo(Yen.of(432));
        assertThat(march.workerShare(Yen.of(86_450))).isEqualTo(Yen.of(475));
        assertThat(march.workerShare(Yen.of(86_500))).isEqualTo(Yen.of(476));
    }

    @Test
    @DisplayName("PLN-2 review interval: 6 months for B型, 3 for 就労移行支援")
    void pln2MonitoringInterval() {
        MonitoringIntervals intervals = new MonitoringIntervals(on("2026-04-10"));
        assertThat(intervals.months(ServiceType.TYPE_B)).isEqualTo(6);
        assertThat(intervals.months(ServiceType.TRANSITION)).isEqualTo(3);
    }

    @Test
    @DisplayName("WS-3 over-capacity limits: capacity 20 → 30 a day; 60 → 87.5 (88 flagged); 3 months at 65 days: 20 → 1,625, 10 → 845")
    void ws3OverCapacity() {
        OverCapacity rule = new OverCapacity(on("2026-06-01"));
        assertThat(rule.dailyLimit(20)).isEqualByComparingTo("30");
        assertThat(rule.dayOver(20, 31)).isTrue();
        assertThat(rule.dayOver(20, 30)).isFalse();
        assertThat(rule.dailyLimit(60)).isEqualByComparingTo("87.5");
        assertThat(rule.dayOver(60, 88)).isTrue();
        assertThat(rule.dayOver(60, 87)).isFalse();
        assertThat(rule.threeMonthLimit(20, 65)).isEqualByComparingTo("1625");
        assertThat(rule.threeMonthLimit(10, 65)).isEqualByComparingTo("845");
    }

    @Test
    @DisplayName("WS-4 full-time equivalent: 40, 32, 20 and 30 h over 40 h → 3.05 → 3.0 (truncated, as the table says)")
    void ws4FullTimeEquivalent() {
        assertThat(new FullTimeEquivalents(on("2026-06-01")).of(
                List.of(new BigDecimal("40"), new BigDecimal("32"), new BigDecimal("20"), new BigDecimal("30")), new BigDecimal("40")))
                .isEqualByComparingTo("3.0").hasToString("3.0");
    }

    @Test
    @DisplayName("WG-1 tiers: (Ⅱ) ≤ 20 at 14,545 yen → 584 in May and June 2026; (Ⅱ) 30 at 31,200 → 596 in May, 580 in June in scope, 596 exempt")
    void wg1TypeBTiers() {
        TypeBBaseUnits may = new TypeBBaseUnits(on("2026-05-15"));
        TypeBBaseUnits june = new TypeBBaseUnits(on("2026-06-15"));
        assertThat(may.units(TypeBBaseUnits.Variant.IN_SCOPE, "II", 20, Yen.of(14_545))).isEqualTo(584);
        assertThat(june.units(TypeBBaseUnits.Variant.IN_SCOPE, "II", 20, Yen.of(14_545))).isEqualTo(584);
        assertThat(may.units(TypeBBaseUnits.Variant.IN_SCOPE, "II", 30, Yen.of(31_200))).isEqualTo(596);
        assertThat(may.units(TypeBBaseUnits.Variant.EXEMPT, "II", 30, Yen.of(31_200))).isEqualTo(596);
        assertThat(june.units(TypeBBaseUnits.Variant.IN_SCOPE, "II", 30, Yen.of(31_200))).isEqualTo(580);
        assertThat(june.units(TypeBBaseUnits.Variant.EXEMPT, "II", 30, Yen.of(31_200))).isEqualTo(596);
        assertThat(june.units(TypeBBaseUnits.Variant.STANDARD, "V", 25, Yen.of(0))).isEqualTo(471);
        assertThat(june.row(TypeBBaseUnits.Variant.IN_SCOPE, "II", 30, Yen.of(31_200)).version().source()).contains("令和8年");
    }

    @Test
    @DisplayName("unit prices by regional class: 1級地 11.14 yen, その他 10.00, with the claim code")
    void unitPrices() {
        RuleRow grade1 = on("2026-06-01").row("regional-unit-price", "CONTINUOUS_EMPLOYMENT", RegionalClass.GRADE_1);
        assertThat(grade1.decimal("yenPerUnit")).isEqualByComparingTo("11.14");
        assertThat(grade1.text("claimCode")).isEqualTo("11");
        assertThat(on("2026-06-01").row("regional-unit-price", "CONTINUOUS_EMPLOYMENT", RegionalClass.OTHER).text("claimCode"))
                .isEqualTo("23");
    }

    @Test
    @DisplayName("a date before the first version, a missing key or an unknown table fails naming table, key and date; never 0")
    void clearFailures() {
        assertThatThrownBy(() -> new MinimumWages(on("2020-01-01")).yenPerHour(Prefecture.TOKYO))
                .isInstanceOf(RuleNotFound.class)
                .hasMessageContaining("minimum-wage").hasMessageContaining("TOKYO").hasMessageContaining("2020-01-01")
                .hasMessageContaining("no version is in force yet");
        assertThatThrownBy(() -> new MonitoringIntervals(on("2026-04-01")).months(ServiceType.CONSULTATION))
                .isInstanceOf(RuleNotFound.class)
                .hasMessage("rule table monitoring-interval, key [CONSULTATION], date 2026-04-01: the table has no row for this key");
        assertThatThrownBy(() -> on("2026-04-01").row("regional-unit-price", "TRANSITION", RegionalClass.GRADE_1))
                .isInstanceOf(RuleNotFound.class);
        assertThatThrownBy(() -> on("2026-04-01").row("no-such-table", "x"))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("there is no such rule table");
    }

    @Test
    @DisplayName("every table lists its versions with a source; every version in force on a date names its table")
    void versionsHaveSources() {
        assertThat(RULES.tables()).contains("minimum-wage", "monitoring-interval", "employment-insurance-rate",
                "regional-unit-price", "over-capacity", "full-time-equivalent");
        for (String table : RULES.tables()) {
            assertThat(RULES.versions(table)).isNotEmpty().allSatisfy(v -> assertThat(v.source()).isNotBlank());
        }
        assertThat(on("2026-04-01").version("employment-insurance-rate").effectiveFrom()).isEqualTo("2026-04-01");
        assertThat(on("2026-03-31").version("employment-insurance-rate").effectiveFrom()).isEqualTo("2025-04-01");
    }
}
