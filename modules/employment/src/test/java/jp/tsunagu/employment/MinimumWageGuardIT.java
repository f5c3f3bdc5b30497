package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The minimum-wage guard on employment contracts: the prefecture's minimum on every day of a pay period, a 減額特例
 * permit, and the contracts a coming change will break (EM-1, EM-10). Offices of their own in 群馬 and 沖縄.
 */
class MinimumWageGuardIT extends IntegrationTest {
    private static final String CONTRACTS = "/api/v1/offices/{o}/employment/contracts";

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private String answer(MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as("alpha.admin", request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType("application/json").content(body);
    }

    private static MockHttpServletRequestBuilder period(UUID office, UUID contract, String from, String to) {
        return json(post(CONTRACTS + "/{c}/period-check", office, contract), "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(from, to));
    }

    private long rows(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, office));
    }

    @Test
    @DisplayName("EM-1 minimum wage by date: 群馬, 1,000 yen/h; February 2026 (minimum 985) is paid, March is refused naming 2026-03-01 and 1,063, and allowed with a permit of 10 % (956.7) through March")
    void em1MinimumWageByDate() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "群馬A型事業所 (EM-1)", "GUNMA", "10");
        UUID worker = employedUser(mvc, "alpha.admin", office, "高橋", "タカハシ", "2025-04-01", "2026-03-31");

        // a contract below the minimum on its first day is refused, nothing stored
        String below = answer(json(post(CONTRACTS, office), contract(worker, "2026-02-01", null, 950)), "ja", 400);
        assertThat(JsonPath.<String>read(below, "$.errors[0].field")).isEqualTo("hourlyWage");
        assertThat(JsonPath.<String>read(below, "$.errors[0].message"))
                .isEqualTo("時給 950 円は 2026-02-01 の最低賃金 985 円 (2024-10-01 から適用) を下回ります。最低賃金の減額特例の許可がない限り、この日からの賃金は支払えません。");
        assertThat(rows("employment_contract", office)).isZero();

        String created = answer(json(post(CONTRACTS, office), contract(worker, "2026-02-01", null, 1_000)), "ja", 201);
        UUID c = UUID.fromString(JsonPath.read(created, "$.id"));
        assertThat(JsonPath.<Integer>read(created, "$.weeklyMinutes")).isEqualTo(16 * 60);
        assertThat(JsonPath.<String>read(created, "$.name")).isEqualTo("高橋 一");

        assertThat(JsonPath.<Boolean>read(answer(period(office, c, "2026-02-01", "2026-02-28"), "ja", 200), "$.atOrAboveMinimum")).isTrue();
        String march = answer(period(office, c, "2026-03-01", "2026-03-31"), "ja", 400);
        assertThat(JsonPath.<String>read(march, "$.errors[0].field")).isEqualTo("period");
        assertThat(JsonPath.<String>read(march, "$.errors[0].message"))
                .isEqualTo("時給 1,000 円は 2026-03-01 の最低賃金 1,063 円 (2026-03-01 から適用) を下回ります。最低賃金の減額特例の許可がない限り、この日からの賃金は支払えません。");
        String marchEn = answer(period(office, c, "2026-02-16", "2026-03-15"), "en", 400);
        assertThat(JsonPath.<String>read(marchEn, "$.errors[0].message")).startsWith("The hourly wage of 1,000 yen is below the minimum wage of 1,063 yen on 2026-03-01");

        // a permit of 10 % for the worker through March 2026: 1,063 × 0.9 = 956.7, so 1,000 is allowed
        answer(json(post("/api/v1/offices/{o}/employment/permits", office), """
                {"personId": "%s", "permitNumber": "群馬労働局 第2026-015号", "reductionPercent": 10, "validFrom": "2026-02-01", "validTo": "2026-03-31"}"""
                .formatted(worker)), "ja", 201);
        assertThat(JsonPath.<Boolean>read(answer(period(office, c, "2026-03-01", "2026-03-31"), "ja", 200), "$.atOrAboveMinimum")).isTrue();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'minimum_wage_permit' "
                + "and action = 'CREATE' and subject_person_id = ?", Long.class, worker))).isOne();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'employment_contract' "
                + "and action = 'CREATE' and subject_person_id = ?", Long.class, worker))).isOne();
    }

    @Test
    @DisplayName("EM-10 minimum wage FY2026 by date: 群馬 1,100 yen/h is paid on 2026-10-02 (1,063) and refused from 2026-10-03 (1,120); seen from 2026-09-01 the contract is listed with that date and rate; 沖縄 1,050 yen/h holds through 2026-12-01 (1,023) and breaks on 2026-12-02 (1,086)")
    void em10MinimumWageFy2026ByDate() throws Exception {
        UUID gunma = EmploymentFixtures.office(mvc, "alpha.admin", "群馬A型事業所 (EM-10)", "GUNMA", "10");
        UUID worker = employedUser(mvc, "alpha.admin", gunma, "小林", "コバヤシ", "2026-04-01", "2027-03-31");
        UUID c = UUID.fromString(JsonPath.read(answer(json(post(CONTRACTS, gunma), contract(worker, "2026-10-01", "2027-03-31", 1_100)), "ja", 201),
                "$.id"));
        assertThat(JsonPath.<Boolean>read(answer(period(gunma, c, "2026-10-01", "2026-10-02"), "ja", 200), "$.atOrAboveMinimum")).isTrue();
        String october = answer(period(gunma, c, "2026-10-01", "2026-10-31"), "ja", 400);
        assertThat(JsonPath.<String>read(october, "$.errors[0].message"))
                .isEqualTo("時給 1,100 円は 2026-10-03 の最低賃金 1,120 円 (2026-10-03 から適用) を下回ります。最低賃金の減額特例の許可がない限り、この日からの賃金は支払えません。");

        UUID okinawa = EmploymentFixtures.office(mvc, "alpha.admin", "沖縄A型事業所 (EM-10)", "OKINAWA", "47");
        UUID islander = employedUser(mvc, "alpha.admin", okinawa, "比嘉", "ヒガ", "2026-04-01", "2027-03-31");
        UUID o = UUID.fromString(JsonPath.read(answer(json(post(CONTRACTS, okinawa), contract(islander, "2026-10-01", null, 1_050)), "ja", 201),
                "$.id"));
        assertThat(JsonPath.<Boolean>read(answer(period(okinawa, o, "2026-11-01", "2026-12-01"), "ja", 200), "$.atOrAboveMinimum")).isTrue();
        String december = answer(period(okinawa, o, "2026-12-01", "2026-12-31"), "en", 400);
        assertThat(JsonPath.<String>read(december, "$.errors[0].message")).startsWith("The hourly wage of 1,050 yen is below the minimum wage of 1,086 yen on 2026-12-02");

        // seen from 2026-09-01, once the FY2026 version is loaded: each office lists its contract with the day and the rate
        MovableClock.moveTo(LocalDate.of(2026, 9, 1));
        String coming = answer(get("/api/v1/offices/{o}/employment/minimum-wage/coming", gunma), "ja", 200);
        assertThat(JsonPath.<List<String>>read(coming, "$[*].contractId")).containsExactly(c.toString());
        assertThat(JsonPath.<String>read(coming, "$[0].date")).isEqualTo("2026-10-03");
        assertThat(JsonPath.<Integer>read(coming, "$[0].minimum")).isEqualTo(1_120);
        assertThat(JsonPath.<String>read(coming, "$[0].name")).isEqualTo("小林 一");
        String comingOkinawa = answer(get("/api/v1/offices/{o}/employment/minimum-wage/coming", okinawa), "ja", 200);
        assertThat(JsonPath.<String>read(comingOkinawa, "$[0].date")).isEqualTo("2026-12-02");
        assertThat(JsonPath.<Integer>read(comingOkinawa, "$[0].minimum")).isEqualTo(1_086);
        // seen from today (after both changes) nothing is coming
        MovableClock.reset();
        assertThat(JsonPath.<List<Object>>read(answer(get("/api/v1/offices/{o}/employment/minimum-wage/coming", gunma), "ja", 200), "$")).isEmpty();
    }

    @Test
    @DisplayName("bad contracts and permits are refused naming the field in Japanese and English, and nothing is stored: an end before the start, a day that ends before it starts, a break longer than the day, a user without an A型 employment contract, a reduction of 0 %, a permit ending before it starts")
    void badInput() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (入力)", "TOKYO", "13");
        UUID worker = employedUser(mvc, "alpha.admin", office, "中村", "ナカムラ", "2026-04-01", "2027-03-31");
        String endBefore = answer(json(post(CONTRACTS, office), contract(worker, "2026-10-01", "2026-09-30", 1_300)), "ja", 400);
        assertThat(JsonPath.<String>read(endBefore, "$.errors[0].field")).isEqualTo("endDate");
        assertThat(JsonPath.<String>read(endBefore, "$.errors[0].message")).isEqualTo("契約の終了日 2026-09-30 が開始日 2026-10-01 より前です。");
        String reversed = answer(json(post(CONTRACTS, office), contract(worker, "2026-10-01", null, 1_300)
                .replace("\"dailyEnd\": \"15:00\"", "\"dailyEnd\": \"09:00\"")), "en", 400);
        assertThat(JsonPath.<String>read(reversed, "$.errors[0].field")).isEqualTo("dailyEnd");
        assertThat(JsonPath.<String>read(reversed, "$.errors[0].message")).contains("a working day cannot exceed 24 hours");
        String longBreak = answer(json(post(CONTRACTS, office), contract(worker, "2026-10-01", null, 1_300)
                .replace("\"breakMinutes\": 60", "\"breakMinutes\": 300")), "ja", 400);
        assertThat(JsonPath.<String>read(longBreak, "$.errors[0].field")).isEqualTo("breakMinutes");
        String stranger = answer(json(post(CONTRACTS, office), contract(UUID.randomUUID(), "2026-10-01", null, 1_300)), "en", 400);
        assertThat(JsonPath.<String>read(stranger, "$.errors[0].field")).isEqualTo("personId");
        assertThat(JsonPath.<String>read(stranger, "$.errors[0].message")).contains("Type A users without employment are paid 工賃");
        String beforeUse = answer(json(post(CONTRACTS, office), contract(worker, "2026-03-01", null, 1_300)), "ja", 400);
        assertThat(JsonPath.<String>read(beforeUse, "$.errors[0].field")).isEqualTo("personId");
        String noWage = answer(json(post(CONTRACTS, office), contract(worker, "2026-10-01", null, 0)), "ja", 400);
        assertThat(JsonPath.<String>read(noWage, "$.errors[0].field")).isEqualTo("hourlyWage");
        assertThat(rows("employment_contract", office)).isZero();

        String zero = answer(json(post("/api/v1/offices/{o}/employment/permits", office), """
                {"personId": "%s", "permitNumber": "東京労働局 第1号", "reductionPercent": 0, "validFrom": "2026-10-01", "validTo": "2027-03-31"}"""
                .formatted(worker)), "ja", 400);
        assertThat(JsonPath.<String>read(zero, "$.errors[0].field")).isEqualTo("reductionPercent");
        String order = answer(json(post("/api/v1/offices/{o}/employment/permits", office), """
                {"personId": "%s", "permitNumber": "東京労働局 第1号", "reductionPercent": 5, "validFrom": "2026-10-01", "validTo": "2026-09-01"}"""
                .formatted(worker)), "en", 400);
        assertThat(JsonPath.<String>read(order, "$.errors[0].field")).isEqualTo("validTo");
        assertThat(JsonPath.<String>read(order, "$.errors[0].message")).isEqualTo("The permit ends on 2026-09-01, before it starts on 2026-10-01.");
        assertThat(rows("minimum_wage_permit", office)).isZero();

        // a change of terms: the new contract from 2027-01-01 ends the earlier one on 2026-12-31; one from before it is refused
        UUID first = UUID.fromString(JsonPath.read(answer(json(post(CONTRACTS, office), contract(worker, "2026-10-01", null, 1_300)), "ja", 201), "$.id"));
        answer(json(post(CONTRACTS, office), contract(worker, "2027-01-01", null, 1_350)), "ja", 201);
        assertThat(JsonPath.<String>read(answer(get(CONTRACTS + "/{c}", office, first), "ja", 200), "$.endDate")).isEqualTo("2026-12-31");
        String overlap = answer(json(post(CONTRACTS, office), contract(worker, "2026-11-01", null, 1_350)), "ja", 400);
        assertThat(JsonPath.<String>read(overlap, "$.errors[0].field")).isEqualTo("startDate");
        assertThat(rows("employment_contract", office)).isEqualTo(2);
    }

    @Test
    @DisplayName("another tenant, another tenant's office and an office without the module answer 404; the auditor 403")
    void isolation() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (分離)", "TOKYO", "13");
        UUID worker = employedUser(mvc, "alpha.admin", office, "松本", "マツモト", "2026-04-01", "2027-03-31");
        UUID c = UUID.fromString(JsonPath.read(answer(json(post(CONTRACTS, office), contract(worker, "2026-10-01", null, 1_300)), "ja", 201), "$.id"));
        List<MockHttpServletRequestBuilder> requests = List.of(get(CONTRACTS, office), get(CONTRACTS + "/{c}", office, c),
                json(post(CONTRACTS, office), contract(worker, "2027-01-01", null, 1_400)), period(office, c, "2026-10-01", "2026-10-31"),
                get("/api/v1/offices/{o}/employment/minimum-wage/coming", office), get("/api/v1/offices/{o}/employment/permits", office),
                json(post("/api/v1/offices/{o}/employment/permits", office), """
                        {"personId": "%s", "permitNumber": "x", "reductionPercent": 5, "validFrom": "2026-10-01", "validTo": "2027-03-31"}"""
                        .formatted(worker)));
        for (MockHttpServletRequestBuilder r : requests) {
            mvc.perform(as("beta.admin", r)).andExpect(status().isNotFound());
        }
        mvc.perform(as("alpha.admin", get(CONTRACTS, office(BETA, "2710000001")))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get(CONTRACTS, office(ALPHA, "1310000001")))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get(CONTRACTS + "/{c}", office(ALPHA, "1310000005"), c))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get(CONTRACTS, office))).andExpect(status().isForbidden());
        assertThat(rows("employment_contract", office)).isOne();
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from employment_contract", Long.class))).isZero();
    }
}
