package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.HOURLY_220;
import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.wages.api.WagesQueries;
import jp.tsunagu.wages.events.WagesMonthClosed;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The monthly run of 工賃 at alpha's works office 1310000005 (B型 among its services): the pay rules, the preview, the
 * close and what it locks. Months are each test's own and kept apart from the ledger test's (2026-03 to 2026-09):
 * 2025-05 (no rules), 2025-11 (concurrent closes), 2026-10 (a month from ledger to close), 2026-11 (a pool too small).
 * The office's first rules start in 2025-06 (220 yen per hour, the rest by hours), stored by whichever test runs first.
 */
@RecordApplicationEvents
class WagesRunIT extends IntegrationTest {
    private static final String RULES = "/api/v1/offices/{o}/wages/pay-rules";
    private static final String RUN = "/api/v1/offices/{o}/wages/runs/{m}";

    @Autowired
    ApplicationEvents events;

    @Autowired
    WagesQueries queries;

    private UUID works() throws Exception {
        return WagesFixtures.withRulesSince2025June(mvc, office(ALPHA, "1310000005"));
    }

    private long rows(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    private String json(String user, MockHttpServletRequestBuilder request) throws Exception {
        return answer(user, request, "ja", 200);
    }

    private String answer(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as(user, request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    @Test
    @DisplayName("a month from ledger to close: three B型 users (12 h, 8 h, 4 h), pool 100,000 − 20,000 = 80,000, 220 yen/h → base 5,280, the rest by hours → 40,000, 26,667, 13,333 (the sum is the pool); the preview stores nothing, the close is final and locks the month's ledger and rules")
    void aMonthFromLedgerToClose() throws Exception {
        UUID works = works();
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", works, "B型 軽作業 (10月)", "TYPE_B");
        UUID ueda = typeBUser(mvc, "alpha.admin", works, "上田", "ウエダ", "2026-04-01", "2027-03-31");
        UUID kato = typeBUser(mvc, "alpha.admin", works, "加藤", "カトウ", "2026-04-01", "2027-03-31");
        UUID abe = typeBUser(mvc, "alpha.admin", works, "阿部", "アベ", "2026-04-01", "2027-03-31");
        for (String day : List.of("2026-10-05", "2026-10-06", "2026-10-07")) {
            workedDay(mvc, "alpha.admin", works, ueda, group, day, "10:00", "15:00");
        }
        for (String day : List.of("2026-10-05", "2026-10-06")) {
            workedDay(mvc, "alpha.admin", works, kato, group, day, "10:00", "15:00");
        }
        workedDay(mvc, "alpha.admin", works, abe, group, "2026-10-05", "10:00", "15:00");
        UUID contract = activity(mvc, "alpha.admin", works, "受託作業 (10月)");
        entered(mvc, "alpha.admin", works, "2026-10", entry(contract, "CONTRACT_INCOME", "R-1001", "2026-10-31", "株式会社ミドリ製作所", 100_000));
        entered(mvc, "alpha.admin", works, "2026-10", entry(contract, "MATERIALS", "P-1001", "2026-10-10", "梱包資材の山田商店", 20_000));

        // attendance still open: no calculation (ja and en), nothing stored
        long runs = rows("wages_run");
        String open = answer("alpha.admin", get(RUN, works, "2026-10"), "ja", 400);
        assertThat(JsonPath.<String>read(open, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(open, "$.errors[0].message")).isEqualTo("2026-10 の実績記録がまだ締められていません。先に実績を締めてから工賃を計算してください。");
        String openEn = answer("alpha.admin", post(RUN + "/close", works, "2026-10"), "en", 400);
        assertThat(JsonPath.<String>read(openEn, "$.errors[0].message")).startsWith("The service records of 2026-10 are not closed yet.");
        attendanceClosed(mvc, "alpha.admin", works, "2026-10");

        // the rules in force: the office's version from 2025-06 (another test closes 2026-11, so no version may start in 2026-10)
        String preview = json("alpha.admin", get(RUN, works, "2026-10"));
        assertThat(JsonPath.<String>read(preview, "$.status")).isEqualTo("PREVIEW");
        assertThat(JsonPath.<String>read(preview, "$.outcome")).isEqualTo("DISTRIBUTED");
        assertThat(JsonPath.<String>read(preview, "$.payRule.effectiveMonth")).isEqualTo("2025-06");
        assertThat(JsonPath.<Integer>read(preview, "$.pool")).isEqualTo(80_000);
        assertThat(JsonPath.<Integer>read(preview, "$.baseTotal")).isEqualTo(5_280);
        assertThat(JsonPath.<Integer>read(preview, "$.rest")).isEqualTo(74_720);
        assertThat(JsonPath.<Integer>read(preview, "$.totalPaid")).isEqualTo(80_000);
        assertThat(JsonPath.<List<String>>read(preview, "$.lines[*].kana")).containsExactly("アベ ハジメ", "ウエダ ハジメ", "カトウ ハジメ");
        assertThat(JsonPath.<List<Integer>>read(preview, "$.lines[*].minutes")).containsExactly(240, 720, 480);
        assertThat(JsonPath.<List<Integer>>read(preview, "$.lines[*].base")).containsExactly(880, 2_640, 1_760);
        // 74,720 by hours: 12,453.33, 37,360, 24,906.67 → the yen left goes to the largest fraction dropped
        assertThat(JsonPath.<List<Integer>>read(preview, "$.lines[*].share")).containsExactly(12_453, 37_360, 24_907);
        assertThat(JsonPath.<List<Integer>>read(preview, "$.lines[*].total")).containsExactly(13_333, 40_000, 26_667);
        assertThat(rows("wages_run")).isEqualTo(runs);

        // pieces for somebody who is not a B型 user of the month: refused naming the field
        String stranger = answer("alpha.admin", body(post(RUN + "/preview", works, "2026-10"), "{\"pieces\": {\"%s\": 3}}"
                .formatted(UUID.randomUUID())), "en", 400);
        assertThat(JsonPath.<String>read(stranger, "$.errors[0].field")).isEqualTo("pieces");
        assertThat(JsonPath.<String>read(stranger, "$.errors[0].message")).contains("has no B型 or non-employed A型 service in 2026-10");

        String closed = json("alpha.admin", post(RUN + "/close", works, "2026-10"));
        assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
        assertThat(JsonPath.<Integer>read(closed, "$.totalPaid")).isEqualTo(80_000);
        assertThat(JsonPath.<String>read(closed, "$.closedBy")).isEqualTo("alpha.admin");
        assertThat(JsonPath.<String>read(closed, "$.trail")).contains("pool=80000", "restBy=HOURS", "totalPaid=80000");
        assertThat(JsonPath.<List<Integer>>read(json("alpha.admin", get(RUN, works, "2026-10")), "$.lines[*].total"))
                .containsExactly(13_333, 40_000, 26_667);
        assertThat(events.stream(WagesMonthClosed.class).filter(e -> e.month().equals(YearMonth.of(2026, 10))))
                .containsExactly(new WagesMonthClosed(ALPHA, new OfficeId(works), YearMonth.of(2026, 10), Yen.of(80_000)));
        assertThat(inTenant(ALPHA, () -> queries.paid(new OfficeId(works), new PersonId(ueda), YearMonth.of(2026, 10)))).contains(Yen.of(40_000));
        assertThat(inTenant(ALPHA, () -> queries.paid(new OfficeId(works), YearMonth.of(2026, 10)))).hasSize(3)
                .extracting(WagesQueries.Paid::amount).containsExactlyInAnyOrder(Yen.of(13_333), Yen.of(40_000), Yen.of(26_667));
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get("/api/v1/offices/{o}/wages/runs", works)), "$[*].month")).contains("2026-10");

        // the month's ledger is closed: refused by the service (ja and en) and by the database
        long entries = rows("production_entry");
        String late = answer("alpha.admin", body(post("/api/v1/offices/{o}/wages/ledger/{m}/entries", works, "2026-10"),
                entry(contract, "SALES", "R-1002", "2026-10-31", "追加の売上", 5_000)), "ja", 400);
        assertThat(JsonPath.<String>read(late, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(late, "$.errors[0].message")).startsWith("2026-10 の工賃は確定済みのため");
        String lateEn = answer("alpha.admin", body(post("/api/v1/offices/{o}/wages/ledger/{m}/entries", works, "2026-10"),
                entry(contract, "SALES", "R-1002", "2026-10-31", "more sales", 5_000)), "en", 400);
        assertThat(JsonPath.<String>read(lateEn, "$.errors[0].message")).startsWith("The 工賃 of 2026-10 are closed");
        assertThat(rows("production_entry")).isEqualTo(entries);
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update production_entry set amount = 1 where entry_month = '2026-10-01'")))
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update wages_payment set share = share + 1 where run_month = '2026-10-01'")))
                .hasMessageContaining("final");
        // no version can start in a closed month (it would change what the closed month's rules were)
        String rule = answer("alpha.admin", body(put(RULES + "/{m}", works, "2026-10"), HOURLY_220.replace("220", "230")), "ja", 400);
        assertThat(JsonPath.<String>read(rule, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(rule, "$.errors[0].message")).contains("2026-10", "確定");
        // closing again answers with the same run
        assertThat(JsonPath.<String>read(json("alpha.admin", post(RUN + "/close", works, "2026-10")), "$.closedAt"))
                .isEqualTo(JsonPath.<String>read(closed, "$.closedAt"));
    }

    @Test
    @DisplayName("WG-3 at the office: a pool of 3,000 yen cannot pay 220 yen × 16 h = 3,520: the preview shows the shortfall 520 and the rate that fits (187 yen), the close is refused (ja, en) and nothing is stored; then 520 yen from the 工賃 reserve (not more than its balance) closes it")
    void aPoolTooSmall() throws Exception {
        UUID works = works();
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", works, "B型 軽作業 (11月)", "TYPE_B");
        UUID ono = typeBUser(mvc, "alpha.admin", works, "小野", "オノ", "2026-04-01", "2027-03-31");
        for (String day : List.of("2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12")) {
            workedDay(mvc, "alpha.admin", works, ono, group, day, "10:00", "15:00");
        }
        UUID shop = activity(mvc, "alpha.admin", works, "直売 (11月)");
        entered(mvc, "alpha.admin", works, "2026-11", entry(shop, "SALES", "R-1101", "2026-11-30", "直売所の売上", 3_000));
        attendanceClosed(mvc, "alpha.admin", works, "2026-11");

        String preview = json("alpha.admin", get(RUN, works, "2026-11"));
        assertThat(JsonPath.<String>read(preview, "$.outcome")).isEqualTo("SHORTFALL");
        assertThat(JsonPath.<Integer>read(preview, "$.baseTotal")).isEqualTo(3_520);
        assertThat(JsonPath.<Integer>read(preview, "$.shortfall")).isEqualTo(520);
        assertThat(JsonPath.<Integer>read(preview, "$.fittingRate")).isEqualTo(187); // 187 × 16 = 2,992 ≤ 3,000
        long runs = rows("wages_run");
        String ja = answer("alpha.admin", post(RUN + "/close", works, "2026-11"), "ja", 409);
        assertThat(JsonPath.<String>read(ja, "$.detail")).isEqualTo("生産活動の収支 3,000 円では工賃の基本部分 3,520 円を支払えず、520 円不足します。"
                + "工賃は給付費から補填できないため確定できません。単価を 187 円以下に下げるか、積立金を取り崩してください。");
        String en = answer("alpha.admin", post(RUN + "/close", works, "2026-11"), "en", 409);
        assertThat(JsonPath.<String>read(en, "$.detail")).startsWith("The production balance of 3,000 yen cannot pay the base part of 3,520 yen: 520 yen short.");
        assertThat(rows("wages_run")).isEqualTo(runs);
        assertThat(events.stream(WagesMonthClosed.class).filter(e -> e.month().equals(YearMonth.of(2026, 11)))).isEmpty();

        // the other choice: the 工賃 reserve (工賃変動積立金), carried in with its evidence, pays what is missing
        String reserves = "/api/v1/offices/{o}/wages/reserves";
        answer("alpha.admin", body(post(reserves + "/opening", works), """
                {"reserve": "KOUCHIN_FLUCTUATION", "amount": 1000, "evidence": "令和7年度決算 理事会決議 (令和8年5月28日)"}"""), "ja", 201);
        String twice = answer("alpha.admin", body(post(reserves + "/opening", works), """
                {"reserve": "KOUCHIN_FLUCTUATION", "amount": 5, "evidence": "二重登録"}"""), "en", 400);
        assertThat(JsonPath.<String>read(twice, "$.errors[0].message")).isEqualTo("The opening balance of KOUCHIN_FLUCTUATION is already recorded.");
        String tooMuch = answer("alpha.admin", body(post(RUN + "/preview", works, "2026-11"), "{\"reserveUsed\": 2000}"), "ja", 400);
        assertThat(JsonPath.<String>read(tooMuch, "$.errors[0].field")).isEqualTo("reserveUsed");
        assertThat(JsonPath.<String>read(tooMuch, "$.errors[0].message")).isEqualTo("工賃変動積立金の取崩し 2,000 円が残高 1,000 円を超えています。");
        String withReserve = json("alpha.admin", body(post(RUN + "/preview", works, "2026-11"), "{\"reserveUsed\": 520}"));
        assertThat(JsonPath.<String>read(withReserve, "$.outcome")).isEqualTo("DISTRIBUTED");
        assertThat(JsonPath.<Integer>read(withReserve, "$.available")).isEqualTo(3_520);
        assertThat(JsonPath.<Integer>read(withReserve, "$.lines[0].total")).isEqualTo(3_520);
        String closed = json("alpha.admin", body(post(RUN + "/close", works, "2026-11"), "{\"reserveUsed\": 520}"));
        assertThat(JsonPath.<Integer>read(closed, "$.reserveUsed")).isEqualTo(520);
        assertThat(JsonPath.<Integer>read(closed, "$.totalPaid")).isEqualTo(3_520); // pool 3,000 + reserve 520: no benefit income
        assertThat(JsonPath.<String>read(closed, "$.trail")).contains("reserveUsed=520");
        String after = json("alpha.admin", get(reserves, works));
        assertThat(JsonPath.<Integer>read(after, "$.balances.KOUCHIN_FLUCTUATION")).isEqualTo(480);
        assertThat(JsonPath.<List<String>>read(after, "$.entries[?(@.kind == 'USE')].runMonth")).containsExactly("2026-11");
    }

    @Test
    @DisplayName("ten concurrent close requests and a retry give exactly one run: the same answer to each, one row, one audit record, one event")
    void closingIsIdempotent() throws Exception {
        UUID works = works();
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", works, "B型 軽作業 (2025年11月)", "TYPE_B");
        UUID mori = typeBUser(mvc, "alpha.admin", works, "森", "モリ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", works, mori, group, "2025-11-04", "10:00", "15:00");
        UUID bakery = activity(mvc, "alpha.admin", works, "パン工房 (2025年11月)");
        entered(mvc, "alpha.admin", works, "2025-11", entry(bakery, "SALES", "R-2511", "2025-11-28", "パンの直売", 9_999));
        attendanceClosed(mvc, "alpha.admin", works, "2025-11");

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<String> close = () -> json("alpha.admin", post(RUN + "/close", works, "2025-11"));
                answers.add(pool.submit(close));
            }
            List<String> closedAt = new ArrayList<>();
            for (Future<String> a : answers) {
                String answer = a.get();
                assertThat(JsonPath.<Integer>read(answer, "$.totalPaid")).isEqualTo(9_999);
                closedAt.add(JsonPath.read(answer, "$.closedAt"));
            }
            assertThat(closedAt).hasSize(10).containsOnly(closedAt.getFirst());
        } finally {
            pool.shutdownNow();
        }
        // a retry after a dropped connection: the same run
        assertThat(JsonPath.<Integer>read(json("alpha.admin", post(RUN + "/close", works, "2025-11")), "$.lines[0].total")).isEqualTo(9_999);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from wages_run where run_month = '2025-11-01'", Long.class))).isOne();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from wages_payment where run_month = '2025-11-01'", Long.class))).isOne();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'wages_run' and action = 'CREATE' and details like 'month=2025-11 %'", Long.class)))
                .isOne();
        assertThat(events.stream(WagesMonthClosed.class).filter(e -> e.month().equals(YearMonth.of(2025, 11)))).hasSize(1);
    }

    @Test
    @DisplayName("pay rules: a deduction is refused naming the guard rail (ja, en), a missing rate, a negative rate and a rate for a user without a B型 contract are refused, nothing stored; a rate per user (能力給) is kept with the guideline's warning; no rules for a month is an error")
    void payRules() throws Exception {
        UUID works = works();
        long stored = rows("pay_rule");
        String ja = answer("alpha.admin", body(put(RULES + "/{m}", works, "2026-12"), """
                {"basis": "HOURLY", "ratePerHour": 220, "deductions": [{"name": "遅刻1回につき", "amount": 100}]}"""), "ja", 400);
        assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("deductions");
        assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).startsWith("工賃規程に減額・罰則（遅刻1回につき）は設定できません。")
                .contains("労働者性");
        String en = answer("alpha.admin", body(put(RULES + "/{m}", works, "2026-12"), """
                {"basis": "HOURLY", "ratePerHour": 220, "deductions": [{"name": "unfinished quota", "amount": 500}]}"""), "en", 400);
        assertThat(JsonPath.<String>read(en, "$.errors[0].message")).startsWith("Pay rules cannot include a deduction or penalty (unfinished quota).");
        String missing = answer("alpha.admin", body(put(RULES + "/{m}", works, "2026-12"), "{\"basis\": \"DAILY\"}"), "en", 400);
        assertThat(JsonPath.<String>read(missing, "$.errors[0].field")).isEqualTo("ratePerDay");
        assertThat(JsonPath.<String>read(missing, "$.errors[0].message")).isEqualTo("This basis needs its rate (whole yen, 0 or more).");
        String negative = answer("alpha.admin", body(put(RULES + "/{m}", works, "2026-12"), "{\"basis\": \"HOURLY\", \"ratePerHour\": -10}"), "ja", 400);
        assertThat(JsonPath.<String>read(negative, "$.errors[0].field")).isEqualTo("ratePerHour");
        UUID employed = PlanningFixtures.servedPerson(mvc, "alpha.admin", works, "雇用", "コヨウ", "TYPE_A", PlanningFixtures.newNumber());
        String typeA = answer("alpha.admin", body(put(RULES + "/{m}", works, "2026-12"), """
                {"basis": "HOURLY", "ratePerHour": 220, "personRates": {"%s": 300}}""".formatted(employed)), "ja", 400);
        assertThat(JsonPath.<String>read(typeA, "$.errors[0].field")).isEqualTo("personRates");
        assertThat(JsonPath.<String>read(typeA, "$.errors[0].message")).contains("B型または雇用契約のないA型の利用契約がありません");
        assertThat(rows("pay_rule")).isEqualTo(stored);

        UUID skilled = typeBUser(mvc, "alpha.admin", works, "技能", "ギノウ", "2026-04-01", "2027-03-31");
        String warned = json("alpha.admin", body(put(RULES + "/{m}", works, "2027-01"), """
                {"basis": "HOURLY", "ratePerHour": 220, "personRates": {"%s": 300}}""".formatted(skilled)));
        assertThat(JsonPath.<Integer>read(warned, "$.personRates['" + skilled + "']")).isEqualTo(300);
        assertThat(JsonPath.<String>read(warned, "$.warnings[0].code")).isEqualTo("wages.payRule.abilityBased");
        assertThat(JsonPath.<String>read(warned, "$.warnings[0].message")).contains("令和7年11月28日 障障発1128第1号", "能力給・技能給を不適切");
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(RULES, works)), "$[*].effectiveMonth")).contains("2027-01", "2025-06");

        // a month before the office's first rules: nothing to calculate with
        attendanceClosed(mvc, "alpha.admin", works, "2025-05");
        String none = answer("alpha.admin", get(RUN, works, "2025-05"), "ja", 400);
        assertThat(JsonPath.<String>read(none, "$.errors[0].message")).isEqualTo("2025-05 に適用される工賃規程がありません。先に工賃規程を登録してください。");
    }

    @Test
    @DisplayName("another tenant's user, an office of another tenant and an office without the module answer 404; the auditor 403; a reserve's opening balance of 0 or without evidence is refused and nothing stored")
    void isolationAndPrivileges() throws Exception {
        UUID works = works();
        UUID betaOffice = office(BETA, "2710000001");
        for (MockHttpServletRequestBuilder r : List.of(get(RUN, works, "2026-10"), post(RUN + "/close", works, "2026-10"),
                get(RULES, works), body(put(RULES + "/{m}", works, "2027-02"), HOURLY_220), get("/api/v1/offices/{o}/wages/runs", works),
                get("/api/v1/offices/{o}/wages/reserves", works), body(post("/api/v1/offices/{o}/wages/reserves/opening", works),
                        "{\"reserve\": \"EQUIPMENT\", \"amount\": 1, \"evidence\": \"侵入\"}"))) {
            mvc.perform(as("beta.admin", r)).andExpect(status().isNotFound());
        }
        mvc.perform(as("alpha.admin", get(RUN, betaOffice, "2026-10"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", body(put(RULES + "/{m}", betaOffice, "2027-02"), HOURLY_220))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get(RUN, office(ALPHA, "1310000001"), "2026-10"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get(RUN, works, "2026-10"))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", post(RUN + "/close", works, "2026-10"))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", body(put(RULES + "/{m}", works, "2027-02"), HOURLY_220))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", get("/api/v1/offices/{o}/wages/reserves", works))).andExpect(status().isForbidden());
        long reserveRows = rows("kouchin_reserve_entry");
        String zero = answer("alpha.admin", body(post("/api/v1/offices/{o}/wages/reserves/opening", works),
                "{\"reserve\": \"EQUIPMENT\", \"amount\": 0, \"evidence\": \"決算書\"}"), "en", 400);
        assertThat(JsonPath.<String>read(zero, "$.errors[0].field")).isEqualTo("amount");
        String noEvidence = answer("alpha.admin", body(post("/api/v1/offices/{o}/wages/reserves/opening", works),
                "{\"reserve\": \"EQUIPMENT\", \"amount\": 100}"), "ja", 400);
        assertThat(JsonPath.<String>read(noEvidence, "$.errors[0].field")).isEqualTo("evidence");
        assertThat(rows("kouchin_reserve_entry")).isEqualTo(reserveRows);
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from kouchin_reserve_entry", Long.class))).isZero();
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from pay_rule", Long.class))).isZero();
        assertThat(rows("pay_rule")).isPositive();
    }
}
