package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.clocked;
import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static jp.tsunagu.employment.EmploymentFixtures.recordsClosed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The production balance month by month (#21 point 9) at an office of its own in 東京, seen from 2026-06-15: a worker
 * at 1,300 yen an hour with 3,000 yen commuting works one 4-hour day in April and one in May 2026, both months paid
 * (8,200 yen each); the office enters April (20,000 − 5,000), May (10,000 − 4,000) and June (9,000 − 1,000).
 */
class ProductionBalanceIT extends IntegrationTest {
    private static final String MONTH = "/api/v1/offices/{o}/employment/production-months/{m}";
    private static final String YEAR = "/api/v1/offices/{o}/employment/production/{y}";

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private static MockHttpServletRequestBuilder month(UUID office, String month, long revenue, long expenses, String language) {
        return put(MONTH, office, month).header("Accept-Language", language).contentType("application/json").content("""
                {"revenue": %d, "expenses": %d, "evidence": "月次試算表 %s"}""".formatted(revenue, expenses, month));
    }

    private long rows(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from production_month where office_id = ?", Long.class, office));
    }

    @Test
    @DisplayName("months entered against the wages paid: April covers its 8,200 yen, May falls 2,200 yen short, June is not paid yet; the year so far 39,000 − 10,000 = 29,000 against 16,400; without a statement the score's FY2026 balance is the months added up; a negative revenue or a month to come is refused naming the field (ja, en) and nothing stored; another tenant and office 404, the auditor 403; the score page lists the months")
    void monthByMonth() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 15));
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (月次収支)", "TOKYO", "13");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 検品 (月次収支)", "EMPLOYED_A");
        UUID worker = employedUser(mvc, "alpha.admin", office, "浜田", "ハマダ", "2026-04-01", "2027-03-31");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(worker, "2026-04-01", null, 1_300)))).andExpect(status().isCreated());
        for (String m : new String[] {"2026-04", "2026-05"}) {
            clocked(mvc, "alpha.admin", office, worker, group, m + "-07", "10:00", "15:00", 60);
            recordsClosed(mvc, "alpha.admin", office, m);
            String closed = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/employment/payroll/{m}/close", office, m)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<Integer>read(closed, "$.totalGross")).isEqualTo(8_200);
        }

        // bad input: nothing stored
        String negative = mvc.perform(as("alpha.admin", month(office, "2026-04", -1, 5_000, "ja"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(negative, "$.errors[0].field")).isEqualTo("revenue");
        String coming = mvc.perform(as("alpha.admin", month(office, "2026-07", 1_000, 0, "ja"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(coming, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(coming, "$.errors[0].message")).startsWith("2026-07 はまだ来ていない月です。");
        String english = mvc.perform(as("alpha.admin", month(office, "2026-07", 1_000, 0, "en"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(english, "$.errors[0].message")).startsWith("2026-07 has not come yet.");
        assertThat(rows(office)).isZero();

        String april = mvc.perform(as("alpha.admin", month(office, "2026-04", 20_000, 5_000, "ja"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(april, "$.balance")).isEqualTo(15_000);
        assertThat(JsonPath.<Integer>read(april, "$.wages")).isEqualTo(8_200);
        assertThat(JsonPath.<Integer>read(april, "$.shortfall")).isZero();
        mvc.perform(as("alpha.admin", month(office, "2026-05", 10_000, 4_000, "ja"))).andExpect(status().isOk());
        mvc.perform(as("alpha.admin", month(office, "2026-06", 9_000, 1_000, "ja"))).andExpect(status().isOk());
        assertThat(rows(office)).isEqualTo(3);

        String year = mvc.perform(as("alpha.admin", get(YEAR, office, 2026))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(year, "$.months.length()")).isEqualTo(12);
        assertThat(JsonPath.<Integer>read(year, "$.months[1].shortfall")).isEqualTo(2_200);
        assertThat(year).contains("\"month\":\"2026-06\",\"revenue\":9000,\"expenses\":1000,\"balance\":8000,\"evidence\"");
        assertThat(JsonPath.<Integer>read(year, "$.revenue")).isEqualTo(39_000);
        assertThat(JsonPath.<Integer>read(year, "$.balance")).isEqualTo(29_000);
        assertThat(JsonPath.<Integer>read(year, "$.wages")).isEqualTo(16_400);
        assertThat(JsonPath.<Integer>read(year, "$.shortfall")).isZero();
        assertThat(JsonPath.<Integer>read(year, "$.monthsEntered")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(year, "$.monthsPaid")).isEqualTo(2);

        // three months do not decide the year: the score leaves FY2026 out until its twelve months are there
        String partial = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/employment/score/{y}", office, 2027))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(partial, "$.balances.length()")).isZero();

        // the page lists the months; a month entered on it
        String page = mvc.perform(get("/offices/" + office + "/employment/score?year=2027&productionYear=2026").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(page).contains("生産活動の月次収支 令和8年度 (FY2026)")
                .containsSubsequence("令和8年4月 (2026-04)", "20,000円", "15,000円", "8,200円", "賃金総額以上",
                        "令和8年5月 (2026-05)", "6,000円", "8,200円", "2,200円 不足", "令和8年6月 (2026-06)", "8,000円", "未確定",
                        "令和8年7月 (2026-07)", "未入力", "年度計 (入力 3か月・給与確定 2か月。賃金は入力した月の分)", "39,000円", "29,000円", "16,400円");
        mvc.perform(post("/offices/" + office + "/employment/score/production-months").param("year", "2027").param("month", "2026-06")
                        .param("revenue", "abc").param("expenses", "0").param("evidence", "試算表").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("errorField", "revenue"));

        // the year over and its twelve months entered (July to March at 10,000 − 0): FY2026 judged by its months,
        // 129,000 − 10,000 = 119,000 against the year's closed payrolls, 16,400
        MovableClock.moveTo(LocalDate.of(2027, 4, 10));
        for (java.time.YearMonth m = java.time.YearMonth.of(2026, 7); !m.isAfter(java.time.YearMonth.of(2027, 3)); m = m.plusMonths(1)) {
            mvc.perform(as("alpha.admin", month(office, m.toString(), 10_000, 0, "ja"))).andExpect(status().isOk());
        }
        String score = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/employment/score/{y}", office, 2027))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(score, "$.balances[0].figuresFrom")).isEqualTo("MONTHS");
        assertThat(JsonPath.<Integer>read(score, "$.balances[0].revenue")).isEqualTo(129_000);
        assertThat(JsonPath.<Integer>read(score, "$.balances[0].balance")).isEqualTo(119_000);
        assertThat(JsonPath.<Integer>read(score, "$.balances[0].wages")).isEqualTo(16_400);
        assertThat(JsonPath.<Boolean>read(score, "$.balances[0].met")).isTrue();
        assertThat(mvc.perform(get("/offices/" + office + "/employment/score?year=2027").with(uiUser("alpha.admin")))
                .andReturn().getResponse().getContentAsString()).contains("(月次の合計)");

        // isolation
        mvc.perform(as("beta.admin", get(YEAR, office, 2026))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", month(office, "2026-04", 1, 1, "ja"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get(YEAR, office(ALPHA, "1310000005"), 2026))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get(YEAR, office, 2026))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", month(office, "2026-04", 1, 1, "ja"))).andExpect(status().isForbidden());
        String bad = mvc.perform(as("alpha.admin", get(YEAR, office, 1999))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(bad, "$.errors[0].field")).isEqualTo("fiscalYear");
        assertThat(JsonPath.<String>read(bad, "$.errors[0].message")).contains("1999 は使えません");
        assertThat(JsonPath.<Integer>read(mvc.perform(as("alpha.admin", get(YEAR, office, 2026))).andReturn().getResponse().getContentAsString(),
                "$.revenue")).isEqualTo(129_000);
    }

    @Test
    @DisplayName("an office offering A型 and B型 that keeps its A型 production in the production ledger: the months come from the ledger's A型 activity (30,000 − 2,000 against April's 8,200), the B型 activity stays the pool of 工賃 (50,000), a month cannot be entered by hand (400 naming month, nothing stored) and the score's year is the ledger's; at a B型-only office an A型 activity is refused naming purpose (ja, en), nothing stored")
    void keptInTheLedger() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 15));
        String number = "13" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = jp.tsunagu.testsupport.ApiRequests.created(mvc, "alpha.admin", "/api/v1/offices", """
                {"officeNumber": "%s", "name": "東京多機能事業所 (帳簿)", "prefecture": "TOKYO", "regionalClass": "OTHER",
                 "services": [{"serviceType": "TYPE_A", "capacity": 20}, {"serviceType": "TYPE_B", "capacity": 10}]}""".formatted(number));
        for (String module : new String[] {"planning", "workspace", "wages", "employment"}) {
            mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/modules/{m}", office, module))).andExpect(status().isOk());
        }
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 清掃 (帳簿)", "EMPLOYED_A");
        UUID worker = employedUser(mvc, "alpha.admin", office, "岩田", "イワタ", "2026-04-01", "2027-03-31");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(worker, "2026-04-01", null, 1_300)))).andExpect(status().isCreated());
        clocked(mvc, "alpha.admin", office, worker, group, "2026-04-07", "10:00", "15:00", 60);
        recordsClosed(mvc, "alpha.admin", office, "2026-04");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/employment/payroll/{m}/close", office, "2026-04"))).andExpect(status().isOk());

        UUID typeB = activity(office, "B型 受託 (帳簿)", "KOUCHIN");
        UUID typeA = activity(office, "A型 清掃受託 (帳簿)", "EMPLOYED_A");
        ledgerEntry(office, typeB, "SALES", "R-B01", 50_000);
        ledgerEntry(office, typeA, "CONTRACT_INCOME", "R-A01", 30_000);
        ledgerEntry(office, typeA, "MATERIALS", "P-A01", 2_000);
        String summary = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/wages/ledger/{m}/summary", office, "2026-04")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(summary, "$.total.pool")).isEqualTo(50_000);
        assertThat(JsonPath.<Integer>read(summary, "$.employed.revenue")).isEqualTo(30_000);
        assertThat(JsonPath.<Integer>read(summary, "$.employed.pool")).isEqualTo(28_000);

        String year = mvc.perform(as("alpha.admin", get(YEAR, office, 2026))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(year, "$.source")).isEqualTo("LEDGER");
        assertThat(year).contains("\"month\":\"2026-04\",\"revenue\":30000,\"expenses\":2000,\"balance\":28000,\"wages\":8200,\"shortfall\":0");
        assertThat(year).contains("{\"month\":\"2026-05\"}"); // May has no entry in the ledger: not entered
        assertThat(JsonPath.<Integer>read(year, "$.monthsEntered")).isOne();

        String refused = mvc.perform(as("alpha.admin", month(office, "2026-05", 1_000, 0, "ja"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).contains("生産活動の帳簿");
        assertThat(rows(office)).isZero();

        // the ledger's year decides once it is over
        assertThat(JsonPath.<Integer>read(mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/employment/score/{y}", office, 2027)))
                .andReturn().getResponse().getContentAsString(), "$.balances.length()")).isZero();
        MovableClock.moveTo(LocalDate.of(2027, 4, 10));
        String score = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/employment/score/{y}", office, 2027))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(score, "$.balances[0].figuresFrom")).isEqualTo("LEDGER");
        assertThat(JsonPath.<Integer>read(score, "$.balances[0].revenue")).isEqualTo(30_000);
        String page = mvc.perform(get("/offices/" + office + "/employment/score?year=2027&productionYear=2026").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("(生産活動の帳簿)", "class=\"hint from-ledger\"").doesNotContain("production-month-form");

        // an A型 activity at an office that offers B型 only
        UUID typeBOnly = PlatformFixtures.office(mvc, "alpha.admin", "B型作業所 (帳簿)", "TYPE_B", "planning", "workspace", "wages");
        for (String language : new String[] {"ja", "en"}) {
            String body = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/wages/activities", typeBOnly).header("Accept-Language", language)
                            .contentType("application/json").content("""
                                    {"name": "A型 受託", "purpose": "EMPLOYED_A"}"""))).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<String>read(body, "$.errors[0].field")).isEqualTo("purpose");
            assertThat(JsonPath.<String>read(body, "$.errors[0].message")).contains(language.equals("ja") ? "就労継続支援A型を提供する事業所" : "offers type A");
        }
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from production_activity where office_id = ?", Long.class, typeBOnly)))
                .isZero();
    }

    private UUID activity(UUID office, String name, String purpose) throws Exception {
        return jp.tsunagu.testsupport.ApiRequests.created(mvc, "alpha.admin", "/api/v1/offices/{o}/wages/activities", """
                {"name": "%s", "purpose": "%s"}""".formatted(name, purpose), office);
    }

    private void ledgerEntry(UUID office, UUID activity, String category, String voucher, long amount) throws Exception {
        jp.tsunagu.testsupport.ApiRequests.created(mvc, "alpha.admin", "/api/v1/offices/{o}/wages/ledger/{m}/entries", """
                {"activityId": "%s", "category": "%s", "voucherNumber": "%s", "date": "2026-04-30", "partner": "株式会社アオバ", "amount": %d}"""
                .formatted(activity, category, voucher, amount), office, "2026-04");
    }
}
