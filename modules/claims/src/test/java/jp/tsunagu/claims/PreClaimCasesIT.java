package jp.tsunagu.claims;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.Test;

/** BL-5 (shared/domain/cases): checks before sending, (a) the days beyond 原則の日数, (b) records after the contract, (c) 初期加算. */
class PreClaimCasesIT extends ClaimsIntegrationTest {
    /**
     * A B型 person of the office from 2026-04-01: 原則の日数 decided for April and May (22 and 23 days; a contract's days may
     * not exceed any month of its decision), a contract from April of {@code days} a month.
     */
    private UUID person(UUID office, String family, String kana, String end, int days) throws Exception {
        UUID person = created(mvc, "alpha.admin", "/api/v1/offices/{o}/persons", PlanningFixtures.person(family, "一", kana, "ハジメ"), office);
        UUID certificate = created(mvc, "alpha.admin", "/api/v1/offices/{o}/persons/{p}/certificates",
                PlanningFixtures.certificate(PlanningFixtures.newNumber(), "2026-04-01", "2027-03-31",
                        PlanningFixtures.standardDays("TYPE_B", "2026-04-01", "2026-05-31")), office, person);
        created(mvc, "alpha.admin", "/api/v1/offices/{o}/persons/{p}/contracts", PlanningFixtures.contract(certificate, "TYPE_B", "2026-04-01", end, days),
                office, person);
        return person;
    }

    /** April 2026 under R6: B型 (Ⅱ), capacity 20, tier T7, 処遇改善 (Ⅰ). */
    private void aprilProfile(UUID office) throws Exception {
        json("alpha.admin", body(post(CLAIMS + "/profiles", office), """
                {"serviceType": "TYPE_B", "effectiveMonth": "2026-04", "staffing": "II", "capacity": 20, "kouchinTier": "T7", "payImprovement": "I"}"""),
                201);
    }

    private void presentMondayToSaturday(UUID office, UUID person, UUID group, LocalDate from, int days) throws Exception {
        int present = 0;
        for (LocalDate d = from; present < days; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() == 7) {
                continue;
            }
            WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, d.toString(), "09:30", group);
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/check-out", office), """
                    {"personId": "%s", "date": "%s", "time": "15:30"}""".formatted(person, d)), 200);
            present++;
        }
    }

    /**
     * (a) 23 days recorded in April 2026 under 原則の日数 (22): EG28 named, the 23rd day not claimed. (c) The use began
     * 2026-04-01: 初期加算 for the days from 04-01 to 04-30 only, none in May; J611-01 carries the period.
     */
    @Test
    void bl5aTheDayBeyondThePrincipleIsNotClaimedAndBl5cInitialAdditionForThirtyDays() throws Exception {
        UUID office = office("原則日数の作業所");
        aprilProfile(office);
        UUID person = person(office, "初期", "ショキ", null, 22);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        presentMondayToSaturday(office, person, group, LocalDate.of(2026, 4, 1), 23); // the 23rd day is 2026-04-27
        presentMondayToSaturday(office, person, group, LocalDate.of(2026, 5, 1), 3);
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-04/close", office), 200);
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-05/close", office), 200);

        String checks = json("alpha.admin", get(CLAIMS + "/months/2026-04/checks?serviceType=TYPE_B", office).header("Accept-Language", "en"), 200);
        assertThat(JsonPath.<List<List<String>>>read(checks, "$.findings[?(@.rejection == 'EG28')].args"))
                .containsExactly(List.of("23", "22", "2026-04-27"));
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.severity == 'ERROR')]")).isEmpty();
        String april = json("alpha.admin", get(CLAIMS + "/months/2026-04?serviceType=TYPE_B", office), 200);
        // 22 days of the base (T7, R6: 584) and 22 of 初期加算 (465050, 30 units): every day claimed lies within 04-01 to 04-30
        assertThat(JsonPath.<List<String>>read(april, "$.persons[0].claim.lines[*].code")).startsWith("462073", "465050");
        assertThat(JsonPath.<List<Integer>>read(april, "$.persons[0].claim.lines[*].count")).startsWith(22, 22);
        assertThat(JsonPath.<Integer>read(april, "$.persons[0].daysPresent")).isEqualTo(23);
        assertThat(JsonPath.<Integer>read(april, "$.persons[0].daysClaimed")).isEqualTo(22);
        String may = json("alpha.admin", get(CLAIMS + "/months/2026-05?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(may, "$.persons[0].claim.lines[*].code")).doesNotContain("465050");

        json("alpha.admin", post(CLAIMS + "/months/2026-04/close?serviceType=TYPE_B", office), 200);
        String csv = new String(mvc.perform(as("alpha.admin", get(CLAIMS + "/months/2026-04/claim.csv?serviceType=TYPE_B", office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), java.nio.charset.Charset.forName("windows-31j"));
        List<String> records = List.of(csv.split("\r\n"));
        assertThat(records.stream().filter(r -> r.contains(",J611,02,")).count()).as("a J611-02 per day claimed").isEqualTo(22);
        assertThat(records.stream().filter(r -> r.contains(",J611,02,")).map(r -> r.split(",")[10]).toList())
                .as("the days of the J611-02 records").contains("01", "25").doesNotContain("27");
        assertThat(records.stream().filter(r -> r.contains(",J611,01,")).findFirst().orElseThrow()).contains(",20260401,20260430,22");
    }

    /** (b) Records on 2026-04-21 and later under a contract that ended 2026-04-20: EG61, each record linked. */
    @Test
    void bl5bRecordsAfterTheContractEnded() throws Exception {
        UUID office = office("契約終了の作業所");
        aprilProfile(office);
        UUID person = person(office, "終了", "シュウリョウ", null, 22);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        for (String d : new String[] {"2026-04-20", "2026-04-21", "2026-04-22"}) {
            WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, d, "09:30", group);
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/check-out", office), """
                    {"personId": "%s", "date": "%s", "time": "15:30"}""".formatted(person, d)), 200);
        }
        String contracts = json("alpha.admin", get("/api/v1/offices/{o}/persons/{p}/contracts", office, person), 200);
        String contract = JsonPath.<List<String>>read(contracts, "$[*].id").getFirst();
        json("alpha.admin", body(post("/api/v1/offices/{o}/persons/{p}/contracts/{c}/end", office, person, contract), """
                {"endDate": "2026-04-20", "reason": "本人の希望により終了"}"""), 200);
        String checks = json("alpha.admin", get(CLAIMS + "/months/2026-04/checks?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.rejection == 'EG61')].link")).containsExactly(
                "/offices/" + office + "/workspace/sheets/" + person + "?month=2026-04&date=2026-04-21",
                "/offices/" + office + "/workspace/sheets/" + person + "?month=2026-04&date=2026-04-22");
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.rejection == 'EG61')].severity")).containsOnly("ERROR");
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-04/close", office), 200);
        json("alpha.admin", post(CLAIMS + "/months/2026-04/close?serviceType=TYPE_B", office), 409);
    }

    /** 施設外支援 beyond the 180 days of the fiscal year (rule data): the days beyond are named and stop the claim. */
    @Test
    void offSiteSupportBeyondTheDaysOfTheYear() throws Exception {
        UUID office = office("施設外支援の作業所");
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "施設外", "シセツガイ", "TYPE_B", PlanningFixtures.newNumber());
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, "2026-04-01", "09:30", group);
        json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/check-out", office), """
                {"personId": "%s", "date": "2026-04-01", "time": "15:30", "offsite": "SUPPORT", "offsitePlace": "協力企業の倉庫"}"""
                .formatted(person)), 200);
        // the rest of the year's off-site days copied from that record: 174 more days to 2026-09-22 (175), then 7 in October
        inTenant(ALPHA, () -> {
            String columns = jdbc.queryForObject("""
                    select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                     where table_name = 'service_record' and column_name not in ('id', 'service_date')""", String.class);
            String copy = "insert into service_record (id, service_date, " + columns + ") select gen_random_uuid(), d::date, " + columns
                    + " from service_record, generate_series(cast(? as date), cast(? as date), interval '1 day') d"
                    + " where office_id = ? and service_date = date '2026-04-01'";
            jdbc.update(copy, "2026-04-02", "2026-09-22", office);
            return jdbc.update(copy, "2026-10-01", "2026-10-07", office);
        });
        String checks = json("alpha.admin", get(CLAIMS + "/months/2026-10/checks?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<List<String>>>read(checks, "$.findings[?(@.messageKey == 'claims.check.offSiteBeyond')].args"))
                .containsExactly(List.of("182", "180", "2026-10-06, 2026-10-07"));
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.messageKey == 'claims.check.offSiteBeyond')].severity")).containsExactly("ERROR");
        String september = json("alpha.admin", get(CLAIMS + "/months/2026-09/checks?serviceType=TYPE_B", office).header("Accept-Language", "en"), 200);
        assertThat(JsonPath.<List<String>>read(september, "$.findings[*].messageKey")).doesNotContain("claims.check.offSiteBeyond");
    }

    /**
     * 初期加算 only where the records show the use began: not for a person whose contract is older than the records (the
     * office's first month on Tsunagu), but again after 3 months without use; a contracted amount above the month's
     * decided amount is EG28 of its own (an error).
     */
    @Test
    void initialAdditionOnlyWhereTheRecordsShowTheUseBegan() throws Exception {
        // an office whose records begin in October, its person contracted since April: the use began before the records
        UUID goLive = office("記録を始めた作業所");
        bl2Profile(goLive);
        UUID longUse = PlanningFixtures.servedPerson(mvc, "alpha.admin", goLive, "継続", "ケイゾク", "TYPE_B", PlanningFixtures.newNumber());
        presentOnWeekdays(goLive, longUse, WorkspaceFixtures.group(mvc, "alpha.admin", goLive, "軽作業", "TYPE_B"), LocalDate.of(2026, 10, 1), 3);
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-10/close", goLive), 200);
        String october = json("alpha.admin", get(CLAIMS + "/months/2026-10?serviceType=TYPE_B", goLive), 200);
        assertThat(JsonPath.<List<String>>read(october, "$.persons[0].claim.lines[*].code")).doesNotContain("465050");

        UUID office = office("初期加算の作業所");
        bl2Profile(office);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        // a day in April, then none until August: back after more than 3 months, the use starts again
        UUID back = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "再開", "サイカイ", "TYPE_B", PlanningFixtures.newNumber());
        presentOnWeekdays(office, back, group, LocalDate.of(2026, 4, 1), 1);
        presentOnWeekdays(office, back, group, LocalDate.of(2026, 8, 3), 3);
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-08/close", office), 200);
        String august = json("alpha.admin", get(CLAIMS + "/months/2026-08?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<Integer>>read(august, "$.persons[?(@.name == '再開 一')].claim.lines[?(@.code == '465050')].count"))
                .containsExactly(3);
        assertThat(JsonPath.<List<String>>read(august, "$.persons[?(@.name == '再開 一')].useStart")).containsExactly("2026-08-03");

        inTenant(ALPHA, () -> jdbc.update("update usage_contract set contracted_days = 25 where person_id = ?", back));
        String checks = json("alpha.admin", get(CLAIMS + "/months/2026-08/checks?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<List<String>>>read(checks, "$.findings[?(@.messageKey == 'claims.check.contractAboveDecided')].args"))
                .containsExactly(List.of("25", "23", "2026-08"));
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.messageKey == 'claims.check.contractAboveDecided')].severity"))
                .containsExactly("ERROR");
    }
}
