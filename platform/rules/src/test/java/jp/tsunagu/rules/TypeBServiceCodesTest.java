package jp.tsunagu.rules;

import static jp.tsunagu.rules.NationalDataSet.RULES;
import static jp.tsunagu.rules.NationalDataSet.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.national.PayImprovementAdditions;
import jp.tsunagu.rules.national.TypeBAdjustments;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.rules.national.TypeBBaseUnits.Variant;
import jp.tsunagu.rules.national.TypeBServiceCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The B型 service codes of the 国保連 claim (shared/domain/service-codes.md): their shape, their agreement with the
 * unit and rate tables, the layout of §1.5 as a check of the loaded codes, and the codes of the claim cases BL-1 to BL-3.
 */
class TypeBServiceCodesTest {
    private static final String TABLE = TypeBServiceCodes.TABLE;
    private static final List<String> BANDS = List.of("UP_TO_20", "21_40", "41_60", "61_80", "81_PLUS");
    private static final List<String> R6_TIERS = List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8");
    private static final List<String> R8_TIERS = List.of("48000-", "45000-47999", "38000-44999", "35000-37999", "33000-34999",
            "30000-32999", "28000-29999", "25000-27999", "23000-24999", "20000-22999", "18000-19999", "15000-17999");
    private static final String R8_SYMBOLS = "１Ａ２Ｂ３Ｃ４Ｄ５Ｅ６Ｆ";
    private static final String DIGITS = "１２３４５６７８";
    private static final List<String> ROMAN = List.of("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ");
    private static final List<String> STAFFING = List.of("I", "II", "III", "IV", "V", "VI");

    private static List<LocalDate> versionDates() {
        return RULES.versions(TABLE).stream().map(RuleVersion::effectiveFrom).toList();
    }

    private static List<RuleRow> rows(LocalDate date, String kind) {
        return RULES.on(date).rows(TABLE).stream().filter(r -> r.text("kind").equals(kind)).toList();
    }

    private static List<String> list(RuleRow r, String column) {
        return List.of(r.text(column).split(","));
    }

    @Test
    @DisplayName("the table has the R6 versions of April 2024, June 2024 and April 2025 and the R8 version of June 2026, each citing service-codes.md, loaded 2026-12-06")
    void versions() {
        assertThat(versionDates()).containsExactly(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-06-01"),
                LocalDate.parse("2025-04-01"), LocalDate.parse("2026-06-01"));
        assertThat(RULES.versions(TABLE)).allSatisfy(v -> {
            assertThat(v.source()).contains("service-codes.md").contains("S1");
            assertThat(v.loaded()).isEqualTo("2026-12-06");
            assertThat(v.note()).contains("NOT FOUND").contains("46Z051").contains("施設外就労加算");
        });
        assertThat(rows(LocalDate.parse("2024-04-01"), "BASE")).hasSize(135);
        assertThat(rows(LocalDate.parse("2026-06-01"), "BASE")).hasSize(315);
    }

    @Test
    @DisplayName("every code is 6 characters: 46 and 4 digits or capital letters, unique within its version, with a status label of service-codes.md")
    void codeFormat() {
        for (LocalDate date : versionDates()) {
            List<RuleRow> all = RULES.on(date).rows(TABLE);
            assertThat(all).allSatisfy(r -> {
                assertThat(r.text("code")).matches("46[0-9A-Z]{4}");
                assertThat(r.text("status")).isIn("CONFIRMED-2", "CONFIRMED-OT", "LIKELY", "CONFLICT");
                assertThat(r.has("units") || r.has("ratePerMille")).as("%s has units or a rate", r.text("code")).isTrue();
            });
            assertThat(all.stream().map(r -> r.text("code")).toList()).as("codes on %s", date).doesNotHaveDuplicates();
        }
    }

    @Test
    @DisplayName("every base code has the units of type-b-base-units for the same variant, staffing, band and tier, and every base unit has exactly one code (R6 and R8, in scope and exempt)")
    void baseUnitsAgree() {
        for (LocalDate date : versionDates()) {
            RuleView rules = RULES.on(date);
            TypeBServiceCodes codes = new TypeBServiceCodes(rules);
            for (RuleRow code : rows(date, "BASE")) {
                for (String variant : list(code, "variants")) {
                    RuleRow units = rules.row(TypeBBaseUnits.TABLE, variant, code.text("staffing"), code.text("capacityBand"), code.text("tier"));
                    assertThat(code.integer("units")).as("%s %s on %s", code.text("code"), variant, date).isEqualTo(units.integer("units"));
                }
            }
            for (RuleRow units : rules.rows(TypeBBaseUnits.TABLE)) {
                RuleRow code = codes.base(Variant.valueOf(units.text("variant")), units.text("staffing"), units.text("capacityBand"), units.text("tier"));
                assertThat(codes.units(code)).isEqualTo(units.integer("units"));
            }
        }
    }

    @Test
    @DisplayName("§1.5: the item layout reproduces all 135 R6 base codes and workbook rows, and all 315 of R8 (135 kept, 180 in scope); the 略称 follow §1.4")
    void layoutOfBaseCodes() {
        for (LocalDate date : versionDates()) {
            boolean r8 = !date.isBefore(LocalDate.parse("2026-06-01"));
            Set<String> expected = new HashSet<>();
            for (int s = 0; s < 6; s++) {
                for (int c = 0; c < 5; c++) {
                    if (s >= 3) {
                        int item = switch (s) { case 3 -> 3220 + 12 * c; case 4 -> 2913 + 6 * c; default -> 2943 + 6 * c; };
                        int row = (r8 ? new int[] {1807, 1867, 1927} : new int[] {727, 787, 847})[s - 3] + 12 * c;
                        String abbreviation = "就継Ｂ" + ROMAN.get(s) + DIGITS.charAt(c);
                        expected.add(base("46" + item, s, c, "FLAT", row, abbreviation));
                        continue;
                    }
                    for (int t = 0; t < 8; t++) {
                        int item = switch (s) {
                            case 0 -> 2980 + 48 * c + 6 * t;
                            case 1 -> t < 7 ? 2001 + 84 * c + 12 * t : 2853 + 6 * c;
                            default -> t < 7 ? 2421 + 84 * c + 12 * t : 2883 + 6 * c;
                        };
                        int row = r8 ? new int[] {7, 607, 1207}[s] + 120 * c + 6 * t : new int[] {7, 247, 487}[s] + 48 * c + 6 * t;
                        String abbreviation = "就継Ｂ" + ROMAN.get(s) + DIGITS.charAt(c) + (r8 && t < 6 ? "改定外" : "") + DIGITS.charAt(t);
                        expected.add(base("46" + item, s, c, R6_TIERS.get(t), row, abbreviation));
                    }
                    for (int t = 0; r8 && t < 12; t++) {
                        String abbreviation = "就継Ｂ" + ROMAN.get(s) + DIGITS.charAt(c) + "改定" + R8_SYMBOLS.charAt(t);
                        expected.add(base("46" + (3340 + 360 * s + 72 * c + 6 * t), s, c, R8_TIERS.get(t), 55 + 600 * s + 120 * c + 6 * t, abbreviation));
                    }
                }
            }
            List<String> loaded = rows(date, "BASE").stream().map(r -> String.join(" ", r.text("code"), r.text("staffing"),
                    r.text("capacityBand"), r.text("tier"), String.valueOf(r.integer("sheetRow")), r.text("abbreviation"))).toList();
            assertThat(loaded).as("base codes on %s", date).hasSize(r8 ? 315 : 135).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String base(String code, int s, int c, String tier, int row, String abbreviation) {
        return String.join(" ", code, STAFFING.get(s), BANDS.get(c), tier, String.valueOf(row), abbreviation);
    }

    @Test
    @DisplayName("June 2026: an in-scope office finds only the new tiers above 15,000 yen, an exempt one only the R6 tiers; below 15,000 and types IV-VI keep their R6 code for every office")
    void variantsFromJune2026() {
        TypeBServiceCodes june = new TypeBServiceCodes(on("2026-06-15"));
        assertThat(june.code(june.base(Variant.EXEMPT, "II", "21_40", "T3"))).isEqualTo("462109");
        assertThat(june.base(Variant.EXEMPT, "II", "21_40", "T3").text("abbreviation")).isEqualTo("就継ＢⅡ２改定外３");
        assertThat(june.code(june.base(Variant.IN_SCOPE, "II", "21_40", "30000-32999"))).isEqualTo("463802");
        assertThat(june.code(june.base(Variant.IN_SCOPE, "V", "21_40", "FLAT"))).isEqualTo("462919");
        assertThat(june.code(june.base(Variant.STANDARD, "V", "21_40", "FLAT"))).isEqualTo("462919");
        assertThatThrownBy(() -> june.base(Variant.IN_SCOPE, "II", "21_40", "T3"))
                .isInstanceOf(RuleNotFound.class)
                .hasMessage("rule table type-b-service-codes, key BASE IN_SCOPE II 21_40 T3, date 2026-06-15: no row matches");
        assertThatThrownBy(() -> june.base(Variant.EXEMPT, "II", "21_40", "30000-32999")).isInstanceOf(RuleNotFound.class);
        TypeBServiceCodes may = new TypeBServiceCodes(on("2026-05-31"));
        assertThat(may.code(may.base(Variant.IN_SCOPE, "II", "21_40", "T3"))).isEqualTo("462109");
        assertThat(may.base(Variant.IN_SCOPE, "II", "21_40", "T3").text("abbreviation")).isEqualTo("就継ＢⅡ２３");
    }

    @Test
    @DisplayName("BL-1 and BL-2: B型 (Ⅱ) 7.5:1, capacity 20, 14,545 yen (T7) → 462073, 584 units a day in May 2026 and in June 2026")
    void bl1Base() {
        for (String date : List.of("2026-05-01", "2026-06-01")) {
            TypeBServiceCodes codes = new TypeBServiceCodes(on(date));
            RuleRow row = codes.base(Variant.IN_SCOPE, "II", 20, Yen.of(14_545));
            assertThat(codes.code(row)).as(date).isEqualTo("462073");
            assertThat(codes.units(row)).as(date).isEqualTo(584);
            assertThat(row.text("tier")).isEqualTo("T7");
            assertThat(row.text("abbreviation")).isEqualTo("就継ＢⅡ１７");
            assertThat(codes.code(codes.base(Variant.EXEMPT, "II", "UP_TO_20", "T7"))).isEqualTo("462073");
        }
        assertThat(new TypeBServiceCodes(on("2026-05-01")).base(Variant.IN_SCOPE, "II", 20, Yen.of(14_545)).version().effectiveFrom())
                .isEqualTo("2025-04-01");
    }

    @Test
    @DisplayName("BL-3 June 2026, (Ⅱ) capacity 30, 31,200 yen: in scope → 463802 at 580 units, recorded exempt → 462109 at 596")
    void bl3InScopeOrExempt() {
        TypeBServiceCodes june = new TypeBServiceCodes(on("2026-06-01"));
        RuleRow inScope = june.base(Variant.IN_SCOPE, "II", 30, Yen.of(31_200));
        RuleRow exempt = june.base(Variant.EXEMPT, "II", 30, Yen.of(31_200));
        assertThat(june.code(inScope)).isEqualTo("463802");
        assertThat(june.units(inScope)).isEqualTo(580);
        assertThat(inScope.text("abbreviation")).isEqualTo("就継ＢⅡ２改定Ｃ");
        assertThat(june.code(exempt)).isEqualTo("462109");
        assertThat(june.units(exempt)).isEqualTo(596);
    }

    @Test
    @DisplayName("BL-2 additions in May and June 2026: 欠席時対応 466040 94 (at most 4 a month), 送迎 (Ⅰ) 466590 21 a one-way trip, 食事提供体制 465070 30 a day")
    void bl2Additions() {
        for (String date : List.of("2026-05-01", "2026-06-01")) {
            TypeBServiceCodes codes = new TypeBServiceCodes(on(date));
            RuleRow absence = codes.addition("ABSENCE_RESPONSE");
            assertThat(codes.code(absence)).isEqualTo("466040");
            assertThat(codes.units(absence)).isEqualTo(94);
            assertThat(absence.text("per")).isEqualTo("OCCASION");
            assertThat(absence.integer("maxPerMonth")).isEqualTo(4);
            RuleRow transport = codes.addition("TRANSPORT_I");
            assertThat(codes.code(transport)).isEqualTo("466590");
            assertThat(codes.units(transport)).isEqualTo(21);
            assertThat(transport.text("per")).isEqualTo("TRIP");
            RuleRow meal = codes.addition("MEAL_PROVISION");
            assertThat(codes.code(meal)).isEqualTo("465070");
            assertThat(codes.units(meal)).isEqualTo(30);
            assertThat(meal.text("per")).isEqualTo("DAY");
            assertThat(codes.units(codes.addition("TRANSPORT_I_SAME_SITE"))).isEqualTo(15);
            assertThat(codes.units(codes.addition("TRANSPORT_II"))).isEqualTo(10);
            assertThat(codes.units(codes.addition("INITIAL"))).isEqualTo(30);
            assertThat(codes.code(codes.addition("WELFARE_PROFESSIONAL_I"))).isEqualTo("466037");
        }
        // BL-2's lines: 584 × 20 + 94 × 2 + 21 × 36 + 30 × 20 = 13,224 units before 処遇改善
        TypeBServiceCodes june = new TypeBServiceCodes(on("2026-06-01"));
        int units = june.units(june.base(Variant.IN_SCOPE, "II", 20, Yen.of(14_545))) * 20 + june.units(june.addition("ABSENCE_RESPONSE")) * 2
                + june.units(june.addition("TRANSPORT_I")) * 36 + june.units(june.addition("MEAL_PROVISION")) * 20;
        assertThat(units).isEqualTo(13_224);
    }

    @Test
    @DisplayName("処遇改善加算: (Ⅰ) 465120 at 93/1000 in May 2026; from June 2026 the same code is (Ⅰ)イ at 105, (Ⅱ)イ 465121 at 103; (Ⅰ)ロ refused in May, R6 (Ⅰ) refused in June")
    void payImprovement() {
        TypeBServiceCodes may = new TypeBServiceCodes(on("2026-05-01"));
        assertThat(may.code(may.payImprovement("I"))).isEqualTo("465120");
        assertThat(may.ratePerMille(may.payImprovement("I"))).isEqualTo(93);
        TypeBServiceCodes june = new TypeBServiceCodes(on("2026-06-01"));
        assertThat(june.code(june.payImprovement("I_A"))).isEqualTo("465120");
        assertThat(june.ratePerMille(june.payImprovement("I_A"))).isEqualTo(105);
        assertThat(june.code(june.payImprovement("II_A"))).isEqualTo("465121");
        assertThat(june.ratePerMille(june.payImprovement("II_A"))).isEqualTo(103);
        assertThat(june.code(june.payImprovement("I_B"))).isEqualTo("465174");
        assertThat(june.code(june.payImprovement("I_A", true))).isEqualTo("465138");
        assertThatThrownBy(() -> may.payImprovement("I_B"))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("PAY_IMPROVEMENT I_B STANDARD").hasMessageContaining("2026-05-01");
        assertThatThrownBy(() -> june.payImprovement("I")).isInstanceOf(RuleNotFound.class);
        assertThatThrownBy(() -> june.payImprovement("II_A", true))
                .as("(Ⅱ)イ has no facility code").isInstanceOf(RuleNotFound.class);
        assertThatThrownBy(() -> june.units(june.payImprovement("I_A")))
                .as("a rate row has no units").isInstanceOf(RuleNotConfigured.class).hasMessageContaining("units is not configured");
    }

    @Test
    @DisplayName("before June 2024 the three old schemes: 処遇改善 (Ⅰ) 466715 54, 特定 (Ⅰ) 466772 17, ベースアップ 466766 13; the transitional (Ⅴ) only June 2024 to March 2025")
    void payImprovementBeforeR8() {
        TypeBServiceCodes april2024 = new TypeBServiceCodes(on("2024-05-31"));
        assertThat(april2024.code(april2024.payImprovement("LEGACY_I"))).isEqualTo("466715");
        assertThat(april2024.ratePerMille(april2024.payImprovement("LEGACY_I"))).isEqualTo(54);
        assertThat(april2024.ratePerMille(april2024.payImprovement("SPECIFIC_I"))).isEqualTo(17);
        assertThat(april2024.code(april2024.payImprovement("SPECIFIC_II", true))).isEqualTo("466774");
        assertThat(april2024.code(april2024.payImprovement("BASE_UP", true))).isEqualTo("466766");
        assertThatThrownBy(() -> april2024.payImprovement("I")).isInstanceOf(RuleNotFound.class);
        TypeBServiceCodes june2024 = new TypeBServiceCodes(on("2024-06-01"));
        assertThat(june2024.code(june2024.payImprovement("V_1"))).isEqualTo("465124");
        assertThatThrownBy(() -> june2024.payImprovement("LEGACY_I")).isInstanceOf(RuleNotFound.class);
        assertThatThrownBy(() -> new TypeBServiceCodes(on("2025-04-01")).payImprovement("V_1")).isInstanceOf(RuleNotFound.class);
    }

    @Test
    @DisplayName("the 処遇改善加算 codes and rates agree with pay-improvement-addition on every date both tables hold")
    void payImprovementAgreesWithRates() {
        for (LocalDate date : versionDates().stream().filter(d -> !d.isBefore(LocalDate.parse("2024-06-01"))).toList()) {
            PayImprovementAdditions rates = new PayImprovementAdditions(RULES.on(date));
            List<RuleRow> rows = rows(date, "PAY_IMPROVEMENT");
            assertThat(rows).isNotEmpty();
            for (RuleRow r : rows) {
                for (String klass : list(r, "payClass")) {
                    boolean facility = r.text("variants").equals("FACILITY");
                    assertThat(rates.perMille(ServiceType.TYPE_B, klass, facility)).as("%s on %s", r.text("code"), date).isEqualTo(r.integer("ratePerMille"));
                    assertThat(rates.serviceCode(ServiceType.TYPE_B, klass, facility)).isEqualTo(r.text("code"));
                    assertThat(rates.row(ServiceType.TYPE_B, klass, facility).integer("filingOption")).isEqualTo(r.integer("filingOption"));
                }
            }
            long typeB = RULES.on(date).rows(PayImprovementAdditions.TABLE).stream().filter(r -> r.text("serviceType").equals("TYPE_B")).count();
            assertThat(rows).hasSize((int) typeB);
        }
    }

    @Test
    @DisplayName("the other B型 tables agree: 目標工賃達成 10 and its instructor 45 at capacity ≤ 20; 46Z006 at 984/1000 from June 2026 only")
    void agreesWithTypeBAdjustments() {
        TypeBServiceCodes codes = new TypeBServiceCodes(on("2026-06-01"));
        TypeBAdjustments adjustments = new TypeBAdjustments(on("2026-06-01"));
        assertThat(codes.units(codes.addition("TARGET_KOUCHIN_ACHIEVEMENT"))).isEqualTo(adjustments.targetKouchinAchievementUnits());
        assertThat(codes.units(codes.addition("TARGET_KOUCHIN_INSTRUCTOR", "UP_TO_20"))).isEqualTo(adjustments.targetKouchinInstructorUnits(20));
        assertThat(codes.code(codes.addition("TARGET_KOUCHIN_INSTRUCTOR", "81_PLUS"))).isEqualTo("465259");
        assertThat(codes.units(codes.addition("TARGET_KOUCHIN_INSTRUCTOR", "81_PLUS"))).isEqualTo(36);
        RuleRow newOffice = codes.addition("NEW_OFFICE_FACTOR");
        assertThat(codes.code(newOffice)).isEqualTo(adjustments.newOfficeServiceCode()).isEqualTo("46Z006");
        assertThat(codes.ratePerMille(newOffice)).isEqualTo(adjustments.newOfficeFactorPerMille()).isEqualTo(984);
        assertThat(newOffice.text("kind")).isEqualTo("REDUCTION");
        assertThatThrownBy(() -> new TypeBServiceCodes(on("2026-05-31")).addition("NEW_OFFICE_FACTOR")).isInstanceOf(RuleNotFound.class);
    }

    @Test
    @DisplayName("what the sources did not give is not there: 施設外就労加算 and a code without units fail naming what is missing; before April 2024 nothing is in force")
    void notFound() {
        TypeBServiceCodes codes = new TypeBServiceCodes(on("2026-06-01"));
        assertThatThrownBy(() -> codes.addition("OFF_SITE_WORK"))
                .isInstanceOf(RuleNotFound.class)
                .hasMessage("rule table type-b-service-codes, key ADDITION OFF_SITE_WORK, date 2026-06-01: no row matches");
        assertThat(on("2026-06-01").rows(TABLE)).extracting(r -> r.text("code")).doesNotContain("46Z051", "465060", "462841", "46B001");
        assertThatThrownBy(() -> new TypeBServiceCodes(on("2024-03-31")).base(Variant.STANDARD, "II", "UP_TO_20", "T7"))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining("BASE STANDARD II UP_TO_20 T7").hasMessageContaining("no version is in force yet");
    }
}
