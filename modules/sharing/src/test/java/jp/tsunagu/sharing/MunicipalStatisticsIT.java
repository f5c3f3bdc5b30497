package jp.tsunagu.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A municipality's statistics (#23 point 5, SH-3): a corporation opts an office in, its monthly aggregates reach the
 * municipality's tenant as counts only, a count under 5 already suppressed at the source; bad input; isolation.
 */
class MunicipalStatisticsIT extends IntegrationTest {
    private static final TenantId CITY = TenantId.of("0d000000-0000-4000-8000-00000000000d");
    private static final String CITY_NUMBER = "1339000027";
    private static final String SHARING = "/api/v1/offices/{o}/sharing";

    private String json(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    private void refused(java.util.function.Supplier<MockHttpServletRequestBuilder> request, String user, String field, String ja, String en)
            throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            String problem = json(user, request.get().header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo(field);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? ja : en);
        }
    }

    /** A B型 office of tenant A with {@code users} persons served since April 2026; their family names and certificate numbers. */
    private UUID office(String name, int users, List<String> personal) throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", name, "TYPE_B", "planning", "sharing");
        for (int i = 0; i < users; i++) {
            String family = name.substring(0, 1) + "川" + "一二三四五六七八九".charAt(i);
            String number = String.format("77%08d", Math.abs((name + i).hashCode()) % 100_000_000);
            PlanningFixtures.servedPerson(mvc, "alpha.admin", office, family, "カワ", "TYPE_B", number);
            personal.add(family);
            personal.add(number);
        }
        return office;
    }

    private String optIn(UUID office) throws Exception {
        return json("alpha.admin", body(post(SHARING + "/statistics/publications", office), """
                {"municipalityOfficeNumber": "%s"}""".formatted(CITY_NUMBER)), 201);
    }

    private static String cell(String table, String number, String key) {
        List<String> columns = JsonPath.read(table, "$.columns");
        int i = columns.indexOf(key);
        List<Map<String, Object>> cells = JsonPath.read(table, "$.rows[?(@.officeNumber == '" + number + "')].cells[" + i + "]");
        Map<String, Object> c = cells.getFirst();
        return c.get("status") + ":" + c.get("value");
    }

    @Test
    /** SH-3 statistics without persons. */
    void sh3StatisticsWithoutPersons() throws Exception {
        UUID city = office(CITY, CITY_NUMBER);
        List<String> personal = new ArrayList<>(List.of("1990-05-01"));
        UUID four = office("北の作業所", 4, personal);
        UUID five = office("南の作業所", 5, personal);
        String fourNumber = inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, four));
        String fiveNumber = inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, five));
        optIn(four);
        optIn(five);
        json("alpha.admin", body(post(SHARING + "/statistics/publish", four), "{\"month\": \"2026-05\"}"), 200);
        json("alpha.admin", body(post(SHARING + "/statistics/publish", five), "{\"month\": \"2026-05\"}"), 200);

        await().atMost(Duration.ofSeconds(10)).until(() -> JsonPath.<List<?>>read(
                json("city.officer", get(SHARING + "/statistics?month=2026-05", city), 200), "$.rows").size() == 2);
        String may = json("city.officer", get(SHARING + "/statistics?month=2026-05", city), 200);
        assertThat(cell(may, fourNumber, "users.TYPE_B")).isEqualTo("SUPPRESSED:null");
        assertThat(cell(may, fiveNumber, "users.TYPE_B")).isEqualTo("SHOWN:5");
        assertThat(cell(may, fiveNumber, "plans.overdue")).isEqualTo("SHOWN:0");
        assertThat(JsonPath.<Integer>read(may, "$.minimum")).isEqualTo(5);
        assertThat(JsonPath.<List<String>>read(may, "$.rows[*].corporation")).containsOnly("社会福祉法人 アルファ会");
        // the fiscal year so far: the same persons, counted once
        String year = json("city.officer", get(SHARING + "/statistics?fiscalYear=2026", city), 200);
        assertThat(cell(year, fiveNumber, "users.TYPE_B")).isEqualTo("SHOWN:5");
        assertThat(JsonPath.<List<String>>read(year, "$.rows[*].through")).containsOnly("2026-05");

        String page = mvc.perform(get("/offices/" + city + "/sharing/statistics?month=2026-05").with(uiUser("city.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("令和8年5月", "北の作業所", "南の作業所", "5人未満", "利用者数 B型", "<svg class=\"chart\"");
        String csv = json("city.officer", get(SHARING + "/statistics.csv?month=2026-05", city).header("Accept-Language", "ja"), 200);
        assertThat(csv).contains("利用者数 B型", fourNumber + ",北の作業所", "5人未満");
        String fromPage = mvc.perform(get("/offices/" + city + "/sharing/statistics/csv?month=2026-05").with(uiUser("city.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fromPage).contains("5人未満");
        String english = json("city.officer", get(SHARING + "/statistics.csv?month=2026-05", city).header("Accept-Language", "en"), 200);
        assertThat(english).contains("\"Users, type B\"", "Fewer than 5");

        // no name, certificate number or birth date in any row of the municipality's tenant
        List<String> tables = jdbc.queryForList("""
                select c.table_name from information_schema.columns c join information_schema.tables t
                    on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'""", String.class);
        assertThat(tables).contains("sharing_municipal_statistic", "person", "audit_record");
        StringBuilder everything = new StringBuilder();
        for (String table : tables) {
            inTenant(CITY, () -> jdbc.queryForList("select t::text from " + table + " t", String.class)).forEach(everything::append);
        }
        assertThat(everything.toString()).contains("南の作業所").doesNotContain(personal.toArray(String[]::new));

        // the source's record: the export is audited, the publication shows its last month
        String publications = json("alpha.admin", get(SHARING + "/statistics/publications", five), 200);
        assertThat(JsonPath.<List<String>>read(publications, "$[*].lastPublishedMonth")).containsExactly("2026-05");
        assertThat(JsonPath.<List<String>>read(publications, "$[*].municipalityName")).containsExactly("みなと市 みなと市 障害福祉課");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'sharing_statistics' and resource_id = ? and action = 'EXPORT'", Long.class,
                five.toString()))).isEqualTo(1);
    }

    @Test
    void aClosedMonthIsPublishedAndStoppingEndsIt() throws Exception {
        UUID city = office(CITY, CITY_NUMBER);
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "東の作業所", "TYPE_B", "planning", "workspace", "sharing");
        String number = inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, office));
        for (int i = 0; i < 6; i++) {
            PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "東" + i, "ヒガシ", "TYPE_B", String.format("66%08d", 4200 + i));
        }
        String id = JsonPath.read(optIn(office), "$.id");
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-06/close", office), 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> json("city.officer", get(SHARING + "/statistics?month=2026-06", city), 200)
                .contains(number));
        assertThat(cell(json("city.officer", get(SHARING + "/statistics?month=2026-06", city), 200), number, "users.TYPE_B")).isEqualTo("SHOWN:6");

        json("alpha.admin", post(SHARING + "/statistics/publications/{p}/stop", office, id), 200);
        String problem = json("alpha.admin", body(post(SHARING + "/statistics/publish", office), "{\"month\": \"2026-07\"}"), 409);
        assertThat(problem).contains("統計の公表を始めていません");
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-07/close", office), 200);
        Thread.sleep(1500); // the listener would have run by now: nothing arrives for July
        assertThat(json("city.officer", get(SHARING + "/statistics?month=2026-07", city), 200)).doesNotContain(number);
    }

    @Test
    void badInputAndIsolation() throws Exception {
        UUID city = office(CITY, CITY_NUMBER);
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "西の作業所", "TYPE_B", "planning", "sharing");
        long received = inTenant(CITY, () -> jdbc.queryForObject("select count(*) from sharing_municipal_statistic", Long.class));
        String publications = SHARING + "/statistics/publications";
        refused(() -> body(post(publications, office), "{\"municipalityOfficeNumber\": \"12345\"}"), "alpha.admin", "municipalityOfficeNumber",
                "市町村の事業所番号は10桁", "Enter the municipality office number as 10 digits");
        refused(() -> body(post(publications, office), "{\"municipalityOfficeNumber\": \"1339000001\"}"), "alpha.admin",
                "municipalityOfficeNumber", "事業所番号 1339000001 は市町村の事業所ではありません", "Office number 1339000001 is not a municipality office");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from sharing_statistics_publication where office_id = ?",
                Long.class, office))).isZero();
        optIn(office);
        json("alpha.admin", body(post(publications, office), "{\"municipalityOfficeNumber\": \"%s\"}".formatted(CITY_NUMBER)), 409);
        refused(() -> body(post(SHARING + "/statistics/publish", office), "{\"month\": \"2099-01\"}"), "alpha.admin", "month",
                "まだ来ていない月", "A month still to come");
        refused(() -> get(SHARING + "/statistics", city), "city.officer", "month", "月 (month) か年度", "Give either a month");
        refused(() -> get(SHARING + "/statistics?month=May", city), "city.officer", "month", "月は 2026-05 の形", "Enter the month as 2026-05");
        assertThat(inTenant(CITY, () -> jdbc.queryForObject("select count(*) from sharing_municipal_statistic", Long.class)))
                .isEqualTo(received);

        // the other tenants' offices are not there; a staff member may not publish; a municipal officer may not read a corporation's office
        json("city.officer", get(SHARING + "/statistics?month=2026-05", office), 404);
        json("alpha.admin", get(SHARING + "/statistics/publications", city), 404);
        json("beta.admin", get(SHARING + "/statistics/publications", office), 404);
        json("alpha.staff", get(SHARING + "/statistics/publications", office), 404);
        UUID consultation = office(TenantId.of("0c000000-0000-4000-8000-00000000000c"), "1339000001");
        json("sodan.staff", get(SHARING + "/statistics/publications", consultation), 403);
        json("sodan.staff", body(post(SHARING + "/statistics/publish", consultation), "{\"month\": \"2026-05\"}"), 403);
        json("sodan.staff", get(SHARING + "/statistics?month=2026-05", consultation), 403);
        mvc.perform(get("/offices/" + office + "/sharing/statistics").with(uiUser("city.officer"))).andExpect(status().isNotFound());
    }
}
