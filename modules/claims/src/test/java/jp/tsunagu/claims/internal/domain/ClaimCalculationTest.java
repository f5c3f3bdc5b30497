package jp.tsunagu.claims.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.claims.internal.domain.ClaimCalculation.Input;
import jp.tsunagu.claims.internal.domain.ClaimCalculation.RateLine;
import jp.tsunagu.claims.internal.domain.ClaimCalculation.Result;
import jp.tsunagu.claims.internal.domain.ClaimCalculation.UnitLine;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.internal.RuleCatalog;
import jp.tsunagu.rules.national.BillingRounding;
import jp.tsunagu.rules.national.MonthlyCopayCaps;
import jp.tsunagu.rules.national.TypeBBaseUnits.Variant;
import jp.tsunagu.rules.national.TypeBServiceCodes;
import org.junit.jupiter.api.Test;

/**
 * The worked cases BL-1 to BL-3 (shared/domain/cases): one person's month of B型, every figure from the rule tables of
 * the service month (service codes and units, 処遇改善加算, the regional unit price, the cap, the rounding).
 */
class ClaimCalculationTest {
    private static final Rules RULES = load();

    private static Rules load() {
        try {
            return new RuleCatalog();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UnitLine line(TypeBServiceCodes codes, RuleRow row, int count) {
        return new UnitLine(codes.code(row), row.has("name") ? row.text("name") : row.text("abbreviation"), codes.units(row), count);
    }

    private static RateLine rate(TypeBServiceCodes codes, RuleRow row) {
        return new RateLine(codes.code(row), row.has("name") ? row.text("name") : row.text("abbreviation"), codes.ratePerMille(row));
    }

    private static BigDecimal price(RuleView on, RegionalClass regionalClass) {
        return on.row("regional-unit-price", "CONTINUOUS_EMPLOYMENT", regionalClass).decimal("yenPerUnit");
    }

    @Test
    void bl1ASimpleMonthR6() {
        RuleView may = RULES.on(LocalDate.of(2026, 5, 1));
        TypeBServiceCodes codes = new TypeBServiceCodes(may);
        RuleRow base = codes.base(Variant.STANDARD, "II", 20, Yen.of(14_545)); // FY2025's 14,545 yen → T7
        Result r = ClaimCalculation.calculate(new Input(List.of(line(codes, base, 20)), List.of(rate(codes, codes.payImprovement("I"))),
                price(may, RegionalClass.GRADE_6), new MonthlyCopayCaps(may).yen(MonthlyCopayCaps.IncomeClass.GENERAL_1), null),
                new BillingRounding(may));
        assertThat(codes.units(base)).isEqualTo(584);
        assertThat(r.lines()).extracting(ClaimCalculation.Line::units).containsExactly(11_680L, 1_086L);
        assertThat(r.units()).isEqualTo(12_766);
        assertThat(r.cost()).isEqualTo(Yen.of(132_000));
        assertThat(r.share()).isEqualTo(Yen.of(13_200));
        assertThat(r.charge()).isEqualTo(Yen.of(9_300));
        assertThat(r.benefit()).isEqualTo(Yen.of(122_700));
        assertThat(r.trail()).anySatisfy(t -> assertThat(t).contains("11680 × 93/1000 = 1086"))
                .anySatisfy(t -> assertThat(t).contains("12766 × 10.34 = 132000"));
    }

    @Test
    void bl2TheSameOfficeInJuneR8WithAdditions() {
        RuleView june = RULES.on(LocalDate.of(2026, 6, 1));
        TypeBServiceCodes codes = new TypeBServiceCodes(june);
        RuleRow base = codes.base(Variant.IN_SCOPE, "II", 20, Yen.of(14_545)); // below 15,000: T7, unchanged
        Result r = june(codes, june, base, 2);
        assertThat(r.lines()).extracting(ClaimCalculation.Line::units).containsExactly(11_680L, 188L, 756L, 600L, 1_389L);
        assertThat(r.units()).isEqualTo(14_613);
        assertThat(r.cost()).isEqualTo(Yen.of(151_098));
        assertThat(r.share()).isEqualTo(Yen.of(15_109));
        assertThat(r.charge()).isEqualTo(Yen.of(9_300));
        assertThat(r.benefit()).isEqualTo(Yen.of(141_798));
        // five absence responses recorded: the rule row's own limit lets four be claimed (376 units)
        RuleRow absence = codes.addition("ABSENCE_RESPONSE");
        Result five = june(codes, june, base, Math.min(5, absence.integer("maxPerMonth")));
        assertThat(five.lines().get(1).units()).isEqualTo(376);
        assertThat(five.lines().get(1).code()).isEqualTo("466040");
    }

    private static Result june(TypeBServiceCodes codes, RuleView june, RuleRow base, int absences) {
        return ClaimCalculation.calculate(new Input(List.of(line(codes, base, 20), line(codes, codes.addition("ABSENCE_RESPONSE"), absences),
                line(codes, codes.addition("TRANSPORT_I"), 36), line(codes, codes.addition("MEAL_PROVISION"), 20)),
                List.of(rate(codes, codes.payImprovement("I_A"))), price(june, RegionalClass.GRADE_6),
                new MonthlyCopayCaps(june).yen(MonthlyCopayCaps.IncomeClass.GENERAL_1), null), new BillingRounding(june));
    }

    @Test
    void bl3TheJune2026TiersInScopeOrExempt() {
        RuleView june = RULES.on(LocalDate.of(2026, 6, 1));
        TypeBServiceCodes codes = new TypeBServiceCodes(june);
        Yen cap = new MonthlyCopayCaps(june).yen(MonthlyCopayCaps.IncomeClass.GENERAL_2);
        Result inScope = month(codes, june, codes.base(Variant.IN_SCOPE, "II", 30, Yen.of(31_200)), cap);
        assertThat(inScope.lines()).extracting(ClaimCalculation.Line::units).containsExactly(10_440L, 1_075L);
        assertThat(inScope.units()).isEqualTo(11_515);
        assertThat(inScope.cost()).isEqualTo(Yen.of(128_277));
        assertThat(inScope.charge()).isEqualTo(Yen.of(12_827));
        assertThat(inScope.benefit()).isEqualTo(Yen.of(115_450));
        Result exempt = month(codes, june, codes.base(Variant.EXEMPT, "II", 30, Yen.of(31_200)), cap);
        assertThat(exempt.units()).isEqualTo(11_833);
        assertThat(exempt.cost()).isEqualTo(Yen.of(131_819));
        assertThat(exempt.charge()).isEqualTo(Yen.of(13_181));
        assertThat(exempt.benefit()).isEqualTo(Yen.of(118_638));
    }

    private static Result month(TypeBServiceCodes codes, RuleView on, RuleRow base, Yen cap) {
        return ClaimCalculation.calculate(new Input(List.of(line(codes, base, 18)), List.of(rate(codes, codes.payImprovement("II_A"))),
                price(on, RegionalClass.GRADE_1), cap, null), new BillingRounding(on));
    }

    @Test
    void upperLimitManagementLowersWhatTheUserPays() {
        RuleView may = RULES.on(LocalDate.of(2026, 5, 1));
        TypeBServiceCodes codes = new TypeBServiceCodes(may);
        Result r = ClaimCalculation.calculate(new Input(List.of(line(codes, codes.base(Variant.STANDARD, "II", 20, Yen.of(14_545)), 20)),
                List.of(), price(may, RegionalClass.GRADE_6), Yen.of(9_300), Yen.of(4_000)), new BillingRounding(may));
        assertThat(r.charge()).isEqualTo(Yen.of(4_000));
        assertThat(r.benefit()).isEqualTo(r.cost().minus(Yen.of(4_000)));
    }
}
