package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.wages.api.ProductionQueries;
import jp.tsunagu.wages.events.ProductionEntryRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The production activity ledger (生産活動) of a B型 office: activities, entries of a month, the month's summary and
 * pool (WG-2's month: revenue 1,200,000, expenses 380,000 → pool 820,000). Office 1310000005 of alpha (A型 20,
 * non-employed A型 9, B型 10) has planning, workspace and wages. The database is shared with the other tests: months
 * and activity names are each test's own, and counts of the tables are compared before and after a refusal.
 */
@RecordApplicationEvents
class ProductionLedgerIT extends IntegrationTest {
    private static final String ACTIVITIES = "/api/v1/offices/{o}/wages/activities";
    private static final String ENTRIES = "/api/v1/offices/{o}/wages/ledger/{m}/entries";
    private static final String SUMMARY = "/api/v1/offices/{o}/wages/ledger/{m}/summary";

    @Autowired
    ApplicationEvents events;

    @Autowired
    ProductionQueries queries;

    private UUID works() {
        return office(ALPHA, "1310000005");
    }

    private long rows(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    private String json(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions postEntry(String user, UUID office, String month, String body, String language) throws Exception {
        return mvc.perform(as(user, post(ENTRIES, office, month).header("Accept-Language", language)
                .contentType("application/json").content(body)));
    }

    @Test
    @DisplayName("WG-2's month: 受託作業 and カフェ, revenue 1,200,000 and expenses 380,000 entered by voucher → the summary per activity and the pool 820,000")
    void aMonthOfTheLedger() throws Exception {
        UUID works = works();
        UUID contract = activity(mvc, "alpha.admin", works, "受託作業");
        UUID cafe = activity(mvc, "alpha.admin", works, "カフェ");
        entered(mvc, "alpha.admin", works, "2026-05", entry(contract, "CONTRACT_INCOME", "R-0501", "2026-05-31", "株式会社ミドリ製作所", 900_000));
        entered(mvc, "alpha.admin", works, "2026-05", entry(cafe, "SALES", "R-0502", "2026-05-31", "カフェ売上 (レジ日計)", 300_000));
        entered(mvc, "alpha.admin", works, "2026-05", entry(contract, "MATERIALS", "P-0501", "2026-05-10", "梱包資材の山田商店", 150_000));
        entered(mvc, "alpha.admin", works, "2026-05", entry(contract, "OUTSOURCING", "P-0502", "2026-05-20", "配送の丸一運輸", 80_000));
        entered(mvc, "alpha.admin", works, "2026-05", entry(cafe, "MATERIALS", "P-0503", "2026-05-15", "食材の八百八", 100_000));
        entered(mvc, "alpha.admin", works, "2026-05", entry(cafe, "UTILITIES", "P-0504", "2026-05-31", "光熱水費の按分 (カフェ 30%)", 30_000));
        entered(mvc, "alpha.admin", works, "2026-05", entry(cafe, "EQUIPMENT", "P-0505", "2026-05-02", "コーヒーミル", 20_000));
        // another month's entry does not count in May
        entered(mvc, "alpha.admin", works, "2026-06", entry(cafe, "SALES", "R-0601", "2026-06-01", "カフェ売上 (レジ日計)", 12_345));

        String summary = json("alpha.admin", get(SUMMARY, works, "2026-05"));
        assertThat(JsonPath.<String>read(summary, "$.month")).isEqualTo("2026-05");
        assertThat(JsonPath.<Integer>read(summary, "$.total.revenue")).isEqualTo(1_200_000);
        assertThat(JsonPath.<Integer>read(summary, "$.total.expenses")).isEqualTo(380_000);
        assertThat(JsonPath.<Integer>read(summary, "$.total.pool")).isEqualTo(820_000);
        assertThat(JsonPath.<List<Integer>>read(summary, "$.activities[?(@.name == '受託作業')].revenue")).containsExactly(900_000);
        assertThat(JsonPath.<List<Integer>>read(summary, "$.activities[?(@.name == '受託作業')].expenses")).containsExactly(230_000);
        assertThat(JsonPath.<List<Integer>>read(summary, "$.activities[?(@.name == '受託作業')].pool")).containsExactly(670_000);
        assertThat(JsonPath.<List<Integer>>read(summary, "$.activities[?(@.name == 'カフェ')].revenue")).containsExactly(300_000);
        assertThat(JsonPath.<List<Integer>>read(summary, "$.activities[?(@.name == 'カフェ')].expenses")).containsExactly(150_000);
        assertThat(JsonPath.<List<Integer>>read(summary, "$.activities[?(@.name == 'カフェ')].pool")).containsExactly(150_000);

        String entries = json("alpha.admin", get(ENTRIES, works, "2026-05"));
        assertThat(JsonPath.<List<String>>read(entries, "$[*].voucherNumber"))
                .containsExactly("P-0505", "P-0501", "P-0503", "P-0502", "P-0504", "R-0501", "R-0502"); // by date, then voucher
        assertThat(JsonPath.<List<Boolean>>read(entries, "$[?(@.voucherNumber == 'R-0501')].revenue")).containsExactly(true);
        assertThat(JsonPath.<List<Boolean>>read(entries, "$[?(@.voucherNumber == 'P-0504')].revenue")).containsExactly(false);
        assertThat(JsonPath.<List<String>>read(entries, "$[?(@.voucherNumber == 'P-0504')].partner")).containsExactly("光熱水費の按分 (カフェ 30%)");
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(ACTIVITIES, works)), "$[*].name")).contains("受託作業", "カフェ");

        // an activity without entries in a month shows at zero; a month without entries has a pool of 0
        String empty = json("alpha.admin", get(SUMMARY, works, "2026-04"));
        assertThat(JsonPath.<Integer>read(empty, "$.total.pool")).isEqualTo(0);
        assertThat(JsonPath.<List<Integer>>read(empty, "$.activities[?(@.name == 'カフェ')].pool")).containsExactly(0);
        // a loss is a negative pool
        entered(mvc, "alpha.admin", works, "2026-03", entry(cafe, "STAFF", "P-0301", "2026-03-25", "カフェ担当職員の人件費", 50_000));
        assertThat(JsonPath.<Integer>read(json("alpha.admin", get(SUMMARY, works, "2026-03")), "$.total.pool")).isEqualTo(-50_000);
    }

    @Test
    @DisplayName("bad input is a 400 problem naming the field and the rule, in Japanese and in English, and nothing is stored: a date outside the month, an amount of 0 or below, no partner, an unknown category, an activity of no office, a name taken")
    void badInputIsRefused() throws Exception {
        UUID works = works();
        UUID farm = activity(mvc, "alpha.admin", works, "農作業 (検証)");
        long entries = rows("production_entry");
        long activities = rows("production_activity");

        String ja = postEntry("alpha.admin", works, "2026-07", entry(farm, "SALES", "R-1", "2026-08-01", "直売所", 5_000), "ja")
                .andExpect(status().isBadRequest()).andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("date");
        assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).isEqualTo("伝票の日付 2026-08-01 が記帳する月 2026-07 の中にありません。");
        String en = postEntry("alpha.admin", works, "2026-07", entry(farm, "SALES", "R-1", "2026-06-30", "Farm shop", 5_000), "en")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(en, "$.errors[0].field")).isEqualTo("date");
        assertThat(JsonPath.<String>read(en, "$.errors[0].message")).isEqualTo("The voucher date 2026-06-30 is not in the month 2026-07 being entered.");
        assertThat(JsonPath.<String>read(en, "$.errors[0].rule")).isNotBlank();

        String zeroJa = postEntry("alpha.admin", works, "2026-07", entry(farm, "SALES", "R-2", "2026-07-01", "直売所", 0), "ja")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(zeroJa, "$.errors[0].field")).isEqualTo("amount");
        assertThat(JsonPath.<String>read(zeroJa, "$.errors[0].rule")).isEqualTo("Positive");
        assertThat(JsonPath.<String>read(zeroJa, "$.errors[0].message")).contains("1以上");
        String negativeEn = postEntry("alpha.admin", works, "2026-07", entry(farm, "MATERIALS", "P-2", "2026-07-01", "Seeds", -300), "en")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(negativeEn, "$.errors[0].field")).isEqualTo("amount");
        assertThat(JsonPath.<String>read(negativeEn, "$.errors[0].message")).contains("at least 1");

        postEntry("alpha.admin", works, "2026-07", entry(farm, "SALES", "R-3", "2026-07-01", " ", 5_000), "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partner"));
        postEntry("alpha.admin", works, "2026-07", entry(farm, "DONATION", "R-4", "2026-07-01", "直売所", 5_000), "ja")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
        postEntry("alpha.admin", works, "2026-07", """
                {"activityId": "%s", "category": "SALES", "voucherNumber": "R-5", "date": "2026-07-01", "partner": "直売所", "amount": 1.5}"""
                .formatted(farm), "ja").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value("金額は円単位の整数で入力してください (1.5 は使えません)。"));
        String unknown = postEntry("alpha.admin", works, "2026-07", entry(UUID.randomUUID(), "SALES", "R-6", "2026-07-01", "直売所", 5_000), "en")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(unknown, "$.errors[0].field")).isEqualTo("activityId");
        assertThat(JsonPath.<String>read(unknown, "$.errors[0].message")).startsWith("This office has no activity");

        String taken = mvc.perform(as("alpha.admin", post(ACTIVITIES, works).header("Accept-Language", "ja").contentType("application/json")
                .content("{\"name\": \"農作業 (検証)\"}"))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(taken, "$.errors[0].field")).isEqualTo("name");
        assertThat(JsonPath.<String>read(taken, "$.errors[0].message")).isEqualTo("作業種目「農作業 (検証)」はこの事業所で既に登録されています。");
        mvc.perform(as("alpha.admin", post(ACTIVITIES, works).header("Accept-Language", "en").contentType("application/json")
                .content("{\"name\": \"\"}"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("required")));

        assertThat(rows("production_entry")).isEqualTo(entries);
        assertThat(rows("production_activity")).isEqualTo(activities);
        assertThat(JsonPath.<Integer>read(json("alpha.admin", get(SUMMARY, works, "2026-07")), "$.total.revenue")).isEqualTo(0);
    }

    @Test
    @DisplayName("another tenant's user, an office of another tenant and an office without the module answer 404; a user without the privilege 403")
    void isolationAndPrivileges() throws Exception {
        UUID works = works();
        UUID garden = activity(mvc, "alpha.admin", works, "園芸 (分離)");
        entered(mvc, "alpha.admin", works, "2026-08", entry(garden, "SALES", "R-0801", "2026-08-03", "花の直売", 7_000));
        long entries = rows("production_entry");

        // beta's administrator on alpha's office: not found, whatever the endpoint
        mvc.perform(as("beta.admin", get(SUMMARY, works, "2026-08"))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get(ENTRIES, works, "2026-08"))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get(ACTIVITIES, works))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", post(ENTRIES, works, "2026-08").contentType("application/json")
                .content(entry(garden, "SALES", "R-0802", "2026-08-04", "花の直売", 1_000)))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", post(ACTIVITIES, works).contentType("application/json").content("{\"name\": \"侵入\"}")))
                .andExpect(status().isNotFound());
        // alpha's administrator on beta's offices: not found
        for (String number : List.of("2710000001")) {
            UUID betaOffice = office(BETA, number);
            mvc.perform(as("alpha.admin", get(SUMMARY, betaOffice, "2026-08"))).andExpect(status().isNotFound());
            mvc.perform(as("alpha.admin", post(ACTIVITIES, betaOffice).contentType("application/json").content("{\"name\": \"侵入\"}")))
                    .andExpect(status().isNotFound());
        }
        // an office of alpha without the module (B型 1310000001 has planning only)
        mvc.perform(as("alpha.admin", get(SUMMARY, office(ALPHA, "1310000001"), "2026-08"))).andExpect(status().isNotFound());
        // the auditor covers every office but holds no privilege of the ledger
        mvc.perform(as("alpha.auditor", get(SUMMARY, works, "2026-08"))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", post(ENTRIES, works, "2026-08").contentType("application/json")
                .content(entry(garden, "SALES", "R-0803", "2026-08-05", "花の直売", 1_000)))).andExpect(status().isForbidden());
        assertThat(rows("production_entry")).isEqualTo(entries);
        assertThat(JsonPath.<Integer>read(json("alpha.admin", get(SUMMARY, works, "2026-08")), "$.total.revenue")).isEqualTo(7_000);
        // and beta sees none of alpha's rows
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from production_entry", Long.class))).isZero();
    }

    @Test
    @DisplayName("an entry is announced with its tenant, office, activity, month and Yen; the api gives the month's totals and pool to other modules")
    void eventsAndQueries() throws Exception {
        UUID works = works();
        UUID bakery = activity(mvc, "alpha.admin", works, "パン工房 (api)");
        entered(mvc, "alpha.admin", works, "2026-09", entry(bakery, "SALES", "R-0901", "2026-09-30", "パンの直売", 64_000));
        entered(mvc, "alpha.admin", works, "2026-09", entry(bakery, "MATERIALS", "P-0901", "2026-09-01", "小麦粉の問屋", 21_500));

        assertThat(events.stream(ProductionEntryRecorded.class).filter(e -> e.activityId().value().equals(bakery)))
                .extracting(ProductionEntryRecorded::revenue, ProductionEntryRecorded::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, Yen.of(64_000)), org.assertj.core.groups.Tuple.tuple(false, Yen.of(21_500)));
        assertThat(events.stream(ProductionEntryRecorded.class).filter(e -> e.activityId().value().equals(bakery)))
                .allSatisfy(e -> {
                    assertThat(e.tenantId()).isEqualTo(ALPHA);
                    assertThat(e.officeId()).isEqualTo(new OfficeId(works));
                    assertThat(e.month()).isEqualTo(YearMonth.of(2026, 9));
                });
        ProductionQueries.MonthTotals totals = inTenant(ALPHA, () -> queries.totals(new OfficeId(works), YearMonth.of(2026, 9)));
        assertThat(totals).isEqualTo(new ProductionQueries.MonthTotals(YearMonth.of(2026, 9), Yen.of(64_000), Yen.of(21_500)));
        assertThat(totals.pool()).isEqualTo(Yen.of(42_500));
    }
}
