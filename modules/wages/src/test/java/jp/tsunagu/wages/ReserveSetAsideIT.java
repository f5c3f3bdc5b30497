package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.HOURLY_220;
import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.runClosed;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Year-end set-asides (積立) to the 工賃 and equipment reserves, held back by the run of the fiscal year's last month
 * within the limits of table {@code kouchin-reserve-limits}. An office of its own: 令和6年度 paid 600,000 (2024-10),
 * 令和7年度 900,000 (2025-10) and 300,000 of production income in 2026-03, the month that sets aside.
 */
class ReserveSetAsideIT extends IntegrationTest {
    private static final String RUN = "/api/v1/offices/{o}/wages/runs/{m}";
    private static final String RESOLUTION = "2026年3月25日 理事会 第3号議案";

    private String answer(MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as("alpha.admin", request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder withSetAside(MockHttpServletRequestBuilder request, long kouchin, long equipment, String resolution,
                                                              Long assetCost, long reserveUsed) {
        return request.contentType("application/json").content("""
                {"setAsideKouchin": %d, "setAsideEquipment": %d, "resolution": %s, "assetCost": %s, "reserveUsed": %d}"""
                .formatted(kouchin, equipment, resolution == null ? "null" : "\"" + resolution + "\"", assetCost, reserveUsed));
    }

    private long reserveEntries(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from kouchin_reserve_entry where office_id = ?", Long.class, office));
    }

    /**
     * An office whose 令和6年度 paid {@code lastYear} (2024-10), and whose 令和7年度 paid {@code october} (2025-10), had
     * a month nobody worked (2025-11) and 300,000 of production income in its last month (2026-03, records closed).
     */
    private UUID officeWithTwoYears(String name, long lastYear, long october) throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", name, "TYPE_B", "planning", "workspace", "wages");
        payRule(mvc, "alpha.admin", office, "2024-04", HOURLY_220);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "B型 受託作業", "TYPE_B");
        UUID work = activity(mvc, "alpha.admin", office, "受託作業");
        UUID first = typeBUser(mvc, "alpha.admin", office, "石井", "イシイ", "2024-04-01", "2025-03-31");
        UUID second = typeBUser(mvc, "alpha.admin", office, "岡田", "オカダ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", office, first, group, "2024-10-03", "10:00", "15:00");
        entered(mvc, "alpha.admin", office, "2024-10", entry(work, "CONTRACT_INCOME", "R-1", "2024-10-31", "株式会社ミドリ製作所", lastYear));
        attendanceClosed(mvc, "alpha.admin", office, "2024-10");
        runClosed(mvc, "alpha.admin", office, "2024-10");
        workedDay(mvc, "alpha.admin", office, second, group, "2025-10-02", "10:00", "15:00");
        entered(mvc, "alpha.admin", office, "2025-10", entry(work, "CONTRACT_INCOME", "R-2", "2025-10-31", "株式会社ミドリ製作所", october));
        attendanceClosed(mvc, "alpha.admin", office, "2025-10");
        runClosed(mvc, "alpha.admin", office, "2025-10");
        attendanceClosed(mvc, "alpha.admin", office, "2025-11"); // a month nobody worked
        workedDay(mvc, "alpha.admin", office, second, group, "2026-03-04", "10:00", "15:00");
        entered(mvc, "alpha.admin", office, "2026-03", entry(work, "CONTRACT_INCOME", "R-3", "2026-03-29", "株式会社ミドリ製作所", 300_000));
        attendanceClosed(mvc, "alpha.admin", office, "2026-03");
        return office;
    }

    @Test
    @DisplayName("the year's last month sets aside 80,000 to the 工賃 reserve (limit 10 % of the average 工賃 of 令和6・7年度: 83,500; balance to 417,500 = 50 %) and 50,000 to the equipment reserve (10 % of 1,200,000 revenue; 75 % of 100,000 assets); beyond a limit, in another month, without a resolution, while using the reserve or after a year paying less is refused naming the field")
    void yearEndSetAside() throws Exception {
        UUID office = officeWithTwoYears("積立作業所", 600_000, 900_000);
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/wages/reserves/opening", office).contentType("application/json")
                .content("{\"reserve\": \"KOUCHIN_FLUCTUATION\", \"amount\": 337500, \"evidence\": \"令和7年3月31日 決算書\"}")))
                .andExpect(status().isCreated());
        long entries = reserveEntries(office);

        // refusals, each naming its field in Japanese and English; nothing stored
        String notYearEnd = answer(withSetAside(post(RUN + "/preview", office, "2025-11"), 10_000, 0, RESOLUTION, null, 0), "ja", 400);
        assertThat(JsonPath.<String>read(notYearEnd, "$.errors[0].field")).isEqualTo("setAsideKouchin");
        assertThat(JsonPath.<String>read(notYearEnd, "$.errors[0].message"))
                .isEqualTo("積立金への積立は年度末の月 (2026-03) の工賃の計算でだけ行えます (2025-11 は年度末ではありません)。");
        String noResolution = answer(withSetAside(post(RUN + "/preview", office, "2026-03"), 10_000, 0, null, null, 0), "en", 400);
        assertThat(JsonPath.<String>read(noResolution, "$.errors[0].field")).isEqualTo("resolution");
        String overAnnual = answer(withSetAside(post(RUN + "/preview", office, "2026-03"), 90_000, 0, RESOLUTION, null, 0), "ja", 400);
        assertThat(JsonPath.<String>read(overAnnual, "$.errors[0].message")) // (600,000 + 1,110,000) ÷ 2 × 10 % = 85,500
                .isEqualTo("工賃変動積立金への積立 90,000 円が、この年度の限度額 85,500 円 (過去2年度の平均工賃支給総額の10%) を超えています。");
        String overBalance = answer(withSetAside(post(RUN + "/preview", office, "2026-03"), 80_000, 60_000, RESOLUTION, 100_000L, 0), "en", 400);
        assertThat(JsonPath.<String>read(overBalance, "$.errors[0].message")) // 337,500 + 80,000 > (600,000 + 1,060,000) ÷ 2 × 50 %
                .isEqualTo("The 工賃 reserve after the set-aside (417,500 yen) would exceed its limit of 415,000 yen (50 % of the average 工賃 paid).");
        String withUse = answer(withSetAside(post(RUN + "/preview", office, "2026-03"), 10_000, 0, RESOLUTION, null, 1_000), "en", 400);
        assertThat(JsonPath.<String>read(withUse, "$.errors[0].message")).startsWith("This month takes 1,000 yen from the 工賃 reserve");
        String noAssets = answer(withSetAside(post(RUN + "/preview", office, "2026-03"), 0, 50_000, RESOLUTION, null, 0), "ja", 400);
        assertThat(JsonPath.<String>read(noAssets, "$.errors[0].field")).isEqualTo("assetCost");
        String equipmentOver = answer(withSetAside(post(RUN + "/close", office, "2026-03"), 0, 80_000, RESOLUTION, 100_000L, 0), "en", 400);
        assertThat(JsonPath.<String>read(equipmentOver, "$.errors[0].message"))
                .isEqualTo("The equipment reserve after the set-aside (80,000 yen) would exceed its limit of 75,000 yen (75 % of the assets acquisition cost of 100,000 yen).");
        String negative = answer(withSetAside(post(RUN + "/preview", office, "2026-03"), -1, 0, RESOLUTION, null, 0), "ja", 400);
        assertThat(JsonPath.<String>read(negative, "$.errors[0].field")).isEqualTo("setAsideKouchin");
        assertThat(reserveEntries(office)).isEqualTo(entries);
        assertThat(JsonPath.<String>read(answer(get(RUN, office, "2026-03"), "ja", 200), "$.status")).isEqualTo("PREVIEW");

        // within every limit: 130,000 held back, 170,000 shared, the balances grow, the trail names the limits
        String preview = answer(withSetAside(post(RUN + "/preview", office, "2026-03"), 80_000, 50_000, RESOLUTION, 100_000L, 0), "ja", 200);
        assertThat(JsonPath.<Integer>read(preview, "$.available")).isEqualTo(170_000);
        assertThat(JsonPath.<Integer>read(preview, "$.totalPaid")).isEqualTo(170_000);
        String closed = answer(withSetAside(post(RUN + "/close", office, "2026-03"), 80_000, 50_000, RESOLUTION, 100_000L, 0), "ja", 200);
        assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
        assertThat(JsonPath.<Integer>read(closed, "$.setAsideKouchin")).isEqualTo(80_000);
        assertThat(JsonPath.<Integer>read(closed, "$.setAsideEquipment")).isEqualTo(50_000);
        assertThat(JsonPath.<String>read(closed, "$.resolution")).isEqualTo(RESOLUTION);
        // 令和6年度: 600,000; 令和7年度: 900,000 + 170,000 = 1,070,000 → average 835,000: 83,500 a year, 417,500 in all (337,500 + 80,000: just within)
        assertThat(JsonPath.<String>read(closed, "$.trail")).contains("setAside kouchin=80000 equipment=50000 resolution=" + RESOLUTION,
                "kouchinAnnual=83500", "kouchinBalance=417500", "kouchinBase=[1070000, 600000]", "equipmentAnnual=120000", "equipmentBalance=75000");
        String reserves = answer(get("/api/v1/offices/{o}/wages/reserves", office), "ja", 200);
        assertThat(JsonPath.<Integer>read(reserves, "$.balances.KOUCHIN_FLUCTUATION")).isEqualTo(417_500);
        assertThat(JsonPath.<Integer>read(reserves, "$.balances.EQUIPMENT")).isEqualTo(50_000);
        assertThat(reserveEntries(office)).isEqualTo(entries + 2);
        // read back as stored
        String stored = answer(get(RUN, office, "2026-03"), "ja", 200);
        assertThat(JsonPath.<Integer>read(stored, "$.setAsideKouchin")).isEqualTo(80_000);
        assertThat(JsonPath.<String>read(stored, "$.resolution")).isEqualTo(RESOLUTION);
        assertThat(JsonPath.<Integer>read(stored, "$.available")).isEqualTo(170_000);

        // the run page shows what was set aside
        String page = mvc.perform(get("/offices/" + office + "/wages/runs").param("month", "2026-03").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("積立金への積立", "工賃変動積立金 80,000円、設備等整備積立金 50,000円 (決議: " + RESOLUTION + ")");
    }

    @Test
    @DisplayName("a year that paid less than the year before (1,290,000 against 1,500,000) sets nothing aside, whatever the limits")
    void noSetAsideAfterAYearPayingLess() throws Exception {
        UUID office = officeWithTwoYears("積立不可作業所", 1_500_000, 1_000_000);
        long entries = reserveEntries(office);
        String decreased = answer(withSetAside(post(RUN + "/close", office, "2026-03"), 10_000, 0, RESOLUTION, null, 0), "ja", 400);
        assertThat(JsonPath.<String>read(decreased, "$.errors[0].field")).isEqualTo("setAsideKouchin");
        assertThat(JsonPath.<String>read(decreased, "$.errors[0].message"))
                .isEqualTo("この年度の工賃支給総額 1,290,000 円が前年度の 1,500,000 円を下回るため、積立金への積立はできません (就労支援事業会計の積立の要件)。");
        String en = answer(withSetAside(post(RUN + "/preview", office, "2026-03"), 0, 10_000, RESOLUTION, 500_000L, 0), "en", 400);
        assertThat(JsonPath.<String>read(en, "$.errors[0].field")).isEqualTo("setAsideEquipment");
        assertThat(JsonPath.<String>read(en, "$.errors[0].message")).startsWith("The 工賃 paid this fiscal year (1,290,000 yen) are less than the year before");
        assertThat(reserveEntries(office)).isEqualTo(entries);
        assertThat(JsonPath.<String>read(answer(get(RUN, office, "2026-03"), "ja", 200), "$.status")).isEqualTo("PREVIEW");
    }
}
