package jp.tsunagu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.internal.RuleCatalog;
import jp.tsunagu.rules.national.AverageMonthlyKouchinRules;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A computation asks its traced view which versions it used, and stores that trail with its result. */
class RuleTrailTest {

    @Test
    @DisplayName("WG-1 second office: the May 2026 figure names the R6 base units, the June one the R8 version; both the 工賃 rounding")
    void wg1Trail() throws Exception {
        Rules rules = new RuleCatalog();
        TracedRuleView may = rules.traced(LocalDate.parse("2026-05-01"));
        Yen average = new AverageMonthlyKouchinRules(may).averageMonthlyKouchin(Yen.of(3_456_000), 4_830, 245);
        assertThat(new TypeBBaseUnits(may).units(TypeBBaseUnits.Variant.IN_SCOPE, "II", 20, average)).isEqualTo(584);
        assertThat(may.trail().entries()).extracting(e -> e.name() + "@" + e.effectiveFrom())
                .containsExactly("average-kouchin-rounding@2024-04-01", "type-b-base-units@2024-04-01");
        assertThat(may.trail().entries()).allSatisfy(e -> assertThat(e.source()).isNotBlank());

        TracedRuleView june = rules.traced(LocalDate.parse("2026-06-01"));
        new TypeBBaseUnits(june).units(TypeBBaseUnits.Variant.IN_SCOPE, "II", 30, Yen.of(31_200));
        assertThat(june.trail().entries()).extracting(e -> e.name() + "@" + e.effectiveFrom())
                .containsExactly("type-b-base-units@2026-06-01");
        assertThat(june.trail().date()).isEqualTo("2026-06-01");
    }

    @Test
    @DisplayName("a local parameter applied joins the trail with its value and origin, once")
    void parameterInTrail() throws Exception {
        Rules rules = new RuleCatalog();
        TracedRuleView view = rules.traced(LocalDate.parse("2026-06-01"));
        ParameterValue rounding = new ParameterValue("attendance-start-rounding", "UP_15", ParameterValue.Origin.OFFICE,
                LocalDate.parse("2026-04-01"), "運営規程", "alpha.admin", null);
        RuleTrail trail = view.trail().with(rounding).with(rounding);
        assertThat(trail.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RuleTrail.Kind.PARAMETER);
            assertThat(e.value()).isEqualTo("UP_15 (OFFICE)");
        });
    }
}
