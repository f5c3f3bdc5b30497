package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.runClosed;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.wages.api.ServiceMonthTier;
import jp.tsunagu.wages.api.StaffingType;
import jp.tsunagu.wages.api.WagesQueries;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The average monthly 工賃 of an office from its closed months (WG-1 at the office; the case's own totals, 4,830 user-days,
 * are {@code AverageKouchinTest}'s). Each test that needs a fiscal year builds it at a new B型 office of alpha (capacity
 * 20; planning, workspace and wages on) through the API, so that no other test's closed runs or pay rules are in its way
 * and the office's history is the test's own: FY2025 with three B型 users, April (4/1 all three, 4/2 two of them) and
 * May (5/12 two of them) closed and paid 500,000 + 398,560 yen, June worked but not closed. Refusals and isolation use
 * alpha's works office 1310000005.
 */
class AverageKouchinIT extends IntegrationTest {
    private static final String AVERAGE = "/api/v1/offices/{o}/wages/average";
    private static final String HOURLY_220 = """
            {"basis": "HOURLY", "ratePerHour": 220, "restBy": "HOURS", "rounding": "TRUNCATE"}""";

    @Autowired
    WagesQueries queries;

    /** A new office with FY2025 as described above; its id. */
    private UUID fiscalYear2025(String name) throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", name, "TYPE_B", "planning", "workspace", "wages");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "B型 受託作業", "TYPE_B");
        UUID aoki = typeBUser(mvc, "alpha.admin", office, "青木", "アオキ", "2025-04-01", "2026-03-31");
        UUID ito = typeBUser(mvc, "alpha.admin", office, "伊藤", "イトウ", "2025-04-01", "2026-03-31");
        UUID ueno = typeBUser(mvc, "alpha.admin", office, "上野", "ウエノ", "2025-04-01", "2026-03-31");
        payRule(mvc, "alpha.admin", office, "2025-04", HOURLY_220);
        for (UUID user : List.of(aoki, ito, ueno)) {
            workedDay(mvc, "alpha.admin", office, user, group, "2025-04-01", "10:00", "15:00");
        }
        for (UUID user : List.of(aoki, ito)) {
            workedDay(mvc, "alpha.admin", office, user, group, "2025-04-02", "10:00", "15:00");
            workedDay(mvc, "alpha.admin", office, user, group, "2025-05-12", "10:00", "15:00");
        }
        workedDay(mvc, "alpha.admin", office, aoki, group, "2025-06-02", "10:00", "15:00");
        UUID contract = activity(mvc, "alpha.admin", office, "受託作業");
        entered(mvc, "alpha.admin", office, "2025-04", entry(contract, "CONTRACT_INCOME", "R-2504", "2025-04-30", "株式会社ミドリ製作所", 500_000));
        entered(mvc, "alpha.admin", office, "2025-05", entry(contract, "CONTRACT_INCOME", "R-2505", "2025-05-31", "株式会社ミドリ製作所", 398_560));
        for (String month : List.of("2025-04", "2025-05")) {
            attendanceClosed(mvc, "alpha.admin", office, month);
            runClosed(mvc, "alpha.admin", office, month);
        }
        return office;
    }

    private static String profile(String month, String staffing, String status, String evidence, String recordedOn, String designatedOn) {
        return """
                {"effectiveMonth": "%s", "staffing": "%s", "revisionStatus": "%s", "evidence": %s, "evidenceRecordedOn": %s,
                 "designatedOn": %s}""".formatted(month, staffing, status, quoted(evidence), quoted(recordedOn), quoted(designatedOn));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private String answer(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as(user, request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    private String json(MockHttpServletRequestBuilder request) throws Exception {
        return answer("alpha.admin", request, "ja", 200);
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    private long rows(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    @Test
    @DisplayName("WG-1 at the office: FY2025's closed months April and May (June open, left out) paid 898,560 yen over 7 user-days and 3 opening days → 2.333… rounded up to 2.4 → 898,560 ÷ 2.4 ÷ 12 = 31,200 yen ≥ 3,000; (Ⅱ) capacity 20: April-May 2026 \"30,000-34,999\" 669, from June 2026 in scope \"30,000-32,999\" 649, recorded exempt 669; the history and the api answer the same")
    void aFiscalYearFromClosedMonths() throws Exception {
        UUID office = fiscalYear2025("平均工賃第一作業所");
        String year = json(get(AVERAGE + "/{y}", office, 2025));
        assertThat(JsonPath.<Integer>read(year, "$.fiscalYear")).isEqualTo(2025);
        assertThat(JsonPath.<List<String>>read(year, "$.months")).containsExactly("2025-04", "2025-05");
        assertThat(JsonPath.<Integer>read(year, "$.totalPaid")).isEqualTo(898_560);
        assertThat(JsonPath.<Integer>read(year, "$.userDays")).isEqualTo(7);
        assertThat(JsonPath.<Integer>read(year, "$.openingDays")).isEqualTo(3);
        assertThat(JsonPath.<Double>read(year, "$.usersPerDayExact")).isEqualTo(2.3333);
        assertThat(JsonPath.<Double>read(year, "$.usersPerDay")).isEqualTo(2.4);
        assertThat(JsonPath.<Integer>read(year, "$.average")).isEqualTo(31_200);
        assertThat(JsonPath.<Boolean>read(year, "$.meetsMinimum")).isTrue();
        assertThat(JsonPath.<Integer>read(year, "$.minimum")).isEqualTo(3_000);
        assertThat(JsonPath.<Map<String, Object>>read(year, "$.rounding"))
                .containsEntry("usersPerDayScale", 1).containsEntry("usersPerDay", "UP").containsEntry("months", 12).containsEntry("average", "HALF_UP");
        assertThat(JsonPath.<List<String>>read(year, "$.trail[*].table")).contains("average-kouchin-rounding");
        // no reward profile yet: the tiers say so, and claims are refused naming it
        assertThat(JsonPath.<List<String>>read(year, "$.tiers[*].serviceMonth")).containsExactly("2026-04", "2026-06");
        assertThat(JsonPath.<List<Boolean>>read(year, "$.tiers[*].profileMissing")).containsExactly(true, true);
        assertThatThrownBy(() -> inTenant(ALPHA, () -> queries.average(new OfficeId(office), YearMonth.of(2026, 6))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.field()).isEqualTo("profile"));

        json(body(put(AVERAGE + "/profile", office), profile("2025-04", "II", "IN_SCOPE", null, null, "2015-04-01")));
        String inScope = json(get(AVERAGE + "/{y}", office, 2025));
        assertThat(JsonPath.<List<String>>read(inScope, "$.tiers[*].serviceMonth")).containsExactly("2026-04", "2026-06");
        assertThat(JsonPath.<List<String>>read(inScope, "$.tiers[*].until")).containsExactly("2026-05", "2027-03");
        assertThat(JsonPath.<List<String>>read(inScope, "$.tiers[*].tableFrom")).containsExactly("2024-04-01", "2026-06-01");
        assertThat(JsonPath.<List<String>>read(inScope, "$.tiers[*].variant")).containsExactly("IN_SCOPE", "IN_SCOPE");
        assertThat(JsonPath.<List<String>>read(inScope, "$.tiers[*].tierLabel")).containsExactly("30,000-34,999", "30,000-32,999");
        assertThat(JsonPath.<List<Integer>>read(inScope, "$.tiers[*].units")).containsExactly(669, 649);
        assertThat(JsonPath.<List<Integer>>read(inScope, "$.tiers[*].capacity")).containsExactly(20, 20);
        assertThat(JsonPath.<List<String>>read(inScope, "$.trail[*].table")).contains("average-kouchin-rounding", "type-b-base-units");
        assertThat(JsonPath.<List<String>>read(inScope, "$.trail[?(@.table == 'type-b-base-units')].effectiveFrom"))
                .containsExactly("2024-04-01", "2026-06-01");

        // recorded exempt from June 2026, with its evidence: the old tiers stay
        String exempt = json(body(put(AVERAGE + "/profile", office),
                profile("2026-06", "II", "EXEMPT", "令和5年度・6年度の報酬区分の届出控え", "2026-05-20", "2015-04-01")));
        assertThat(JsonPath.<String>read(exempt, "$.evidence")).isEqualTo("令和5年度・6年度の報酬区分の届出控え");
        assertThat(JsonPath.<List<String>>read(json(get(AVERAGE + "/profile", office)), "$[*].effectiveMonth")).containsExactly("2026-06", "2025-04");
        String kept = json(get(AVERAGE + "/{y}", office, 2025));
        assertThat(JsonPath.<List<String>>read(kept, "$.tiers[*].variant")).containsExactly("IN_SCOPE", "EXEMPT");
        assertThat(JsonPath.<List<String>>read(kept, "$.tiers[*].tierLabel")).containsExactly("30,000-34,999", "30,000-34,999");
        assertThat(JsonPath.<List<Integer>>read(kept, "$.tiers[*].units")).containsExactly(669, 669);

        ServiceMonthTier june = inTenant(ALPHA, () -> queries.average(new OfficeId(office), YearMonth.of(2026, 6)));
        assertThat(june.fiscalYear()).isEqualTo(FiscalYear.startingIn(2025));
        assertThat(june.basis()).isEqualTo(ServiceMonthTier.Basis.ACTUALS);
        assertThat(june.average()).isEqualTo(Yen.of(31_200));
        assertThat(june.usersPerDay()).isEqualByComparingTo(new BigDecimal("2.4"));
        assertThat(june.monthsCounted()).isEqualTo(2);
        assertThat(june.staffing()).isEqualTo(StaffingType.II);
        assertThat(june.variant()).isEqualTo(TypeBBaseUnits.Variant.EXEMPT);
        assertThat(june.units()).isEqualTo(669);
        assertThat(june.tierFrom()).isEqualTo(Yen.of(30_000));
        assertThat(june.tierTo()).isEqualTo(Yen.of(34_999));
        assertThat(june.trail().entries()).extracting(RuleTrail.Entry::name).contains("average-kouchin-rounding", "type-b-base-units");
        ServiceMonthTier may = inTenant(ALPHA, () -> queries.average(new OfficeId(office), YearMonth.of(2026, 5)));
        assertThat(may.variant()).isEqualTo(TypeBBaseUnits.Variant.IN_SCOPE);
        assertThat(may.units()).isEqualTo(669);
        assertThat(may.trail().entries()).filteredOn(e -> e.name().equals("type-b-base-units")).extracting(RuleTrail.Entry::effectiveFrom)
                .containsExactly(LocalDate.of(2024, 4, 1));
        // FY2024 has no closed month: its service months get no tier, never one of 0
        assertThatThrownBy(() -> inTenant(ALPHA, () -> queries.average(new OfficeId(office), YearMonth.of(2025, 6))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.field()).isEqualTo("openingDays"));

        // the target 工賃 of the year, then the history with it
        String target = json(body(put(AVERAGE + "/targets/{y}", office, 2025), """
                {"targetYen": 35000, "plan": "受託作業の単価交渉と自主製品の販路拡大"}"""));
        assertThat(JsonPath.<Integer>read(target, "$.targetYen")).isEqualTo(35_000);
        assertThat(JsonPath.<Integer>read(json(get(AVERAGE + "/{y}", office, 2025)), "$.target.targetYen")).isEqualTo(35_000);
        String history = json(get(AVERAGE + "/history", office));
        assertThat(JsonPath.<List<Integer>>read(history, "$[*].fiscalYear")).containsExactly(2025);
        assertThat(JsonPath.<Integer>read(history, "$[0].months")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(history, "$[0].totalPaid")).isEqualTo(898_560);
        assertThat(JsonPath.<Integer>read(history, "$[0].userDays")).isEqualTo(7);
        assertThat(JsonPath.<Integer>read(history, "$[0].openingDays")).isEqualTo(3);
        assertThat(JsonPath.<Double>read(history, "$[0].usersPerDay")).isEqualTo(2.4);
        assertThat(JsonPath.<Integer>read(history, "$[0].average")).isEqualTo(31_200);
        assertThat(JsonPath.<Boolean>read(history, "$[0].meetsMinimum")).isTrue();
        assertThat(JsonPath.<Integer>read(history, "$[0].target")).isEqualTo(35_000);

        // 工賃実績報告 to the prefecture: the same figures as CSV (and PDF), the year before absent; a year without a closed month refused
        String csv = mvc.perform(as("alpha.admin", get(AVERAGE + "/{y}/report.csv", office, 2025))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF事業所番号,事業所名,年度,");
        assertThat(csv.lines().toList().get(1)).contains(",令和7年度 (FY2025),2,898560,7,3,2.4,31200,はい,35000,,");
        byte[] pdf = mvc.perform(as("alpha.admin", get(AVERAGE + "/{y}/report.pdf", office, 2025))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("工賃実績報告", "平均工賃月額 (円) 31200", "898560");
        }
        String none = mvc.perform(as("alpha.admin", get(AVERAGE + "/{y}/report.csv", office, 2023)).header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(none, "$.errors[0].field")).isEqualTo("fiscalYear");
        assertThat(JsonPath.<String>read(none, "$.errors[0].message")).isEqualTo("2023年度は工賃を確定した月がないため、工賃実績報告を作成できません。");
        mvc.perform(as("beta.admin", get(AVERAGE + "/{y}/report.csv", office, 2025))).andExpect(status().isNotFound());
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("""
                select count(*) from audit_record where resource in ('wages_reward_profile', 'wages_kouchin_target') and office_id = ?""",
                Long.class, office))).isEqualTo(3);
    }

    @Test
    @DisplayName("WG-1 a fiscal year without an opening day is refused naming openingDays (ja, en), never an average of 0")
    void aYearWithoutOpeningDays() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        String ja = answer("alpha.admin", get(AVERAGE + "/{y}", works, 2023), "ja", 400);
        assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("openingDays");
        assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).startsWith("令和5年度 (FY2023) には、工賃を確定した月に開所日").contains("0円とはしません");
        String en = answer("alpha.admin", get(AVERAGE + "/{y}", works, 2023), "en", 400);
        assertThat(JsonPath.<String>read(en, "$.errors[0].message")).startsWith("FY2023 (令和5年度) has no opening day").contains("never taken as 0");
        String bad = answer("alpha.admin", get(AVERAGE + "/{y}", works, 1800), "en", 400);
        assertThat(JsonPath.<String>read(bad, "$.errors[0].field")).isEqualTo("fiscalYear");
        assertThat(JsonPath.<String>read(bad, "$.errors[0].message")).contains("1800 is not allowed");
    }

    @Test
    @DisplayName("the reward profile and the target: exempt without evidence or its date, an unknown staffing type, a date in the future, a version before designation, a negative target are refused naming the field (ja, en), nothing stored")
    void refusals() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        long profiles = rows("wages_reward_profile");
        long targets = rows("wages_kouchin_target");
        String ja = answer("alpha.admin", body(put(AVERAGE + "/profile", works), profile("2026-06", "II", "EXEMPT", null, "2026-05-20", "2015-04-01")),
                "ja", 400);
        assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("evidence");
        assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).startsWith("令和8年6月改定の「改定対象外」とするには、その根拠").contains("平均工賃から推定しません");
        String en = answer("alpha.admin", body(put(AVERAGE + "/profile", works), profile("2026-06", "II", "EXEMPT", " ", "2026-05-20", "2015-04-01")),
                "en", 400);
        assertThat(JsonPath.<String>read(en, "$.errors[0].field")).isEqualTo("evidence");
        assertThat(JsonPath.<String>read(en, "$.errors[0].message")).startsWith("To record the office as exempt from the June 2026 revision")
                .contains("never inferred from the average");
        String noDate = answer("alpha.admin", body(put(AVERAGE + "/profile", works), profile("2026-06", "II", "EXEMPT", "届出控え", null, "2015-04-01")),
                "ja", 400);
        assertThat(JsonPath.<String>read(noDate, "$.errors[0].field")).isEqualTo("evidenceRecordedOn");
        String staffing = answer("alpha.admin", body(put(AVERAGE + "/profile", works), profile("2026-06", "VII", "IN_SCOPE", null, null, "2015-04-01")),
                "en", 400);
        assertThat(JsonPath.<String>read(staffing, "$.errors[0].field")).isEqualTo("staffing");
        String future = answer("alpha.admin", body(put(AVERAGE + "/profile", works), profile("2026-06", "II", "IN_SCOPE", null, null, "2099-04-01")),
                "en", 400);
        assertThat(JsonPath.<String>read(future, "$.errors[0].field")).isEqualTo("designatedOn");
        assertThat(JsonPath.<String>read(future, "$.errors[0].message")).isEqualTo("2099-04-01 is in the future. Enter a date up to today.");
        String before = answer("alpha.admin", body(put(AVERAGE + "/profile", works), profile("2015-03", "II", "IN_SCOPE", null, null, "2015-04-01")),
                "ja", 400);
        assertThat(JsonPath.<String>read(before, "$.errors[0].field")).isEqualTo("effectiveMonth");
        assertThat(JsonPath.<String>read(before, "$.errors[0].message")).isEqualTo("指定日 2015-04-01 より前の 2015-03 から報酬算定区分を適用することはできません。");
        String missing = answer("alpha.admin", body(put(AVERAGE + "/profile", works), profile("2026-06", "II", "IN_SCOPE", null, null, null)), "ja", 400);
        assertThat(JsonPath.<String>read(missing, "$.errors[0].field")).isEqualTo("designatedOn");
        String negative = answer("alpha.admin", body(put(AVERAGE + "/targets/{y}", works, 2026), "{\"targetYen\": -1}"), "en", 400);
        assertThat(JsonPath.<String>read(negative, "$.errors[0].field")).isEqualTo("targetYen");
        assertThat(rows("wages_reward_profile")).isEqualTo(profiles);
        assertThat(rows("wages_kouchin_target")).isEqualTo(targets);
    }

    @Test
    @DisplayName("the page: the year's figures with each step and 和暦 beside ISO, the ≥ 3,000 check, the tiers, the rules used, the history as an inline SVG chart and a table; the profile and target forms save, exempt without evidence is refused naming the field with nothing stored; English on request")
    void thePage() throws Exception {
        UUID office = fiscalYear2025("平均工賃第二作業所");
        String base = "/offices/" + office + "/wages/average";
        mvc.perform(post(base + "/profile").param("year", "2025").param("effectiveMonth", "2025-04").param("staffing", "II")
                        .param("revisionStatus", "IN_SCOPE").param("designatedOn", "2015-04-01").param("evidence", "").param("evidenceRecordedOn", "")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?year=2025")).andExpect(flash().attribute("message", "報酬算定区分を保存しました。"));
        // the page links the year's 工賃実績報告; the page route serves the same CSV as the API
        assertThat(mvc.perform(get(base).param("year", "2025").with(uiUser("alpha.admin"))).andReturn().getResponse().getContentAsString())
                .contains("工賃実績報告 (PDF)", "/wages/average/report.csv?year=2025");
        assertThat(mvc.perform(get(base + "/report.csv").param("year", "2025").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(",31200,");
        long profiles = rows("wages_reward_profile");
        mvc.perform(post(base + "/profile").param("year", "2025").param("effectiveMonth", "2026-06").param("staffing", "II")
                        .param("revisionStatus", "EXEMPT").param("designatedOn", "2015-04-01").param("evidence", " ")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?year=2025")).andExpect(flash().attribute("errorField", "evidence"))
                .andExpect(flash().attribute("error", containsString("令和8年6月改定の「改定対象外」とするには、その根拠")));
        assertThat(rows("wages_reward_profile")).isEqualTo(profiles);
        mvc.perform(post(base + "/targets/2025").param("targetYen", "35000").param("plan", "自主製品の販路拡大")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?year=2025")).andExpect(flash().attribute("message", "目標工賃を保存しました。"));

        String html = mvc.perform(get(base).param("year", "2025").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("令和7年度 (FY2025)", "令和8年度 (FY2026) のサービス提供月", "2 / 12 か月", "令和7年4月 (2025-04)", "令和7年5月 (2025-05)",
                "898,560円", "7 日", "3 日", "7 ÷ 3 = 2.3333… → ", "<strong>2.4</strong>", "(小数点以下1桁に切り上げ)",
                "898,560円 ÷ 2.4 ÷ 12 = 31,200.00 → ", "31,200円", "(円未満を四捨五入)", "最低基準 (月額 3,000円 以上)", "満たしています",
                "35,000円", "自主製品の販路拡大");
        assertThat(html).contains("令和8年4月 (2026-04) 〜 令和8年5月 (2026-05)", "令和6年4月1日 (2024-04-01)", "30,000-34,999円",
                "令和8年6月 (2026-06) 〜 令和9年3月 (2027-03)", "令和8年6月1日 (2026-06-01)", "30,000-32,999円", "改定対象", "(Ⅱ) 7.5:1",
                "<td class=\"units\">669</td>", "<td class=\"units\">649</td>", "average-kouchin-rounding", "type-b-base-units");
        assertThat(html).contains("<svg", "role=\"img\"", "<title id=\"chart-title\">年度ごとの平均工賃月額</title>", "<rect", "最低 3,000円",
                "<tr data-year=\"2025\">");
        String english = mvc.perform(get(base).param("year", "2025").header("Accept-Language", "en").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Average monthly 工賃", "(to 1 decimal(s), rounded up)", "(to whole yen, rounded half up)", "Met",
                "30,000-32,999 yen", "In scope of the revision");
        // without a year: the one whose average sets today's service months
        FiscalYear applying = FiscalYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))).previous();
        assertThat(mvc.perform(get(base).with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("<small>" + applying.japaneseName() + " (" + applying + ")</small>");
        // a year without closed months: the refusal in the page, not an average of 0
        assertThat(mvc.perform(get(base).param("year", "2024").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("令和6年度 (FY2024) には、工賃を確定した月に開所日").doesNotContain("0円</strong>");
    }

    @Test
    @DisplayName("every endpoint and the page: another tenant's user, an office of another tenant and an office without the module answer 404; the auditor 403; nothing stored")
    void isolationAndPrivileges() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID betaOffice = office(BETA, "2710000001");
        UUID withoutWages = office(ALPHA, "1310000001");
        String validProfile = profile("2026-06", "II", "IN_SCOPE", null, null, "2015-04-01");
        for (UUID office : List.of(works, betaOffice, withoutWages)) {
            List<MockHttpServletRequestBuilder> all = List.of(get(AVERAGE + "/{y}", office, 2025), get(AVERAGE + "/history", office),
                    get(AVERAGE + "/profile", office), body(put(AVERAGE + "/profile", office), validProfile),
                    body(put(AVERAGE + "/targets/{y}", office, 2025), "{\"targetYen\": 30000}"));
            for (MockHttpServletRequestBuilder r : all) {
                String user = office.equals(works) ? "beta.admin" : "alpha.admin";
                mvc.perform(as(user, r)).andExpect(status().isNotFound());
            }
        }
        for (MockHttpServletRequestBuilder r : List.of(get(AVERAGE + "/{y}", works, 2025), get(AVERAGE + "/history", works),
                get(AVERAGE + "/profile", works), body(put(AVERAGE + "/profile", works), validProfile),
                body(put(AVERAGE + "/targets/{y}", works, 2025), "{\"targetYen\": 30000}"))) {
            mvc.perform(as("alpha.auditor", r)).andExpect(status().isForbidden());
        }
        for (UUID office : List.of(works, betaOffice, withoutWages)) {
            String user = office.equals(works) ? "beta.admin" : "alpha.admin";
            String base = "/offices/" + office + "/wages/average";
            mvc.perform(get(base).with(uiUser(user))).andExpect(status().isNotFound());
            mvc.perform(post(base + "/profile").param("effectiveMonth", "2026-06").param("staffing", "II").param("revisionStatus", "IN_SCOPE")
                    .param("designatedOn", "2015-04-01").with(uiUser(user)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post(base + "/targets/2025").param("targetYen", "30000").with(uiUser(user)).with(csrf())).andExpect(status().isNotFound());
        }
        String page = "/offices/" + works + "/wages/average";
        mvc.perform(get(page).with(uiUser("alpha.auditor"))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/profile").param("effectiveMonth", "2026-06").param("staffing", "II").param("revisionStatus", "IN_SCOPE")
                .param("designatedOn", "2015-04-01").with(uiUser("alpha.auditor")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page + "/targets/2025").param("targetYen", "30000").with(uiUser("alpha.auditor")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from wages_reward_profile", Long.class))).isZero();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from wages_reward_profile where office_id in (?, ?)", Long.class,
                works, withoutWages))).isZero();
    }
}
