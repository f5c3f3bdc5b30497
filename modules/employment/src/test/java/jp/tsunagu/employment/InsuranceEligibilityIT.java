package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Insurance eligibility evaluated on every change, and the notifications it calls for (EM-8, EM-12). Offices of their own in 東京. */
class InsuranceEligibilityIT extends IntegrationTest {
    private static final String TASKS = "/api/v1/offices/{o}/employment/insurance/tasks";

    private String answer(MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as("alpha.admin", request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType("application/json").content(body);
    }

    /** A contract of {@code days} days a week from {@code from} to {@code to} (a day's time after a break of 60 minutes). */
    private static String schedule(UUID person, String start, long wage, int days, String from, String to) {
        return contract(person, start, null, wage).replace("\"daysPerWeek\": 4", "\"daysPerWeek\": " + days)
                .replace("\"dailyStart\": \"10:00\"", "\"dailyStart\": \"" + from + "\"").replace("\"dailyEnd\": \"15:00\"", "\"dailyEnd\": \"" + to + "\"");
    }

    private static List<String> tasks(String json, UUID person) {
        List<Map<String, Object>> all = JsonPath.read(json, "$[?(@.personId == '" + person + "')]");
        return all.stream().map(t -> t.get("notification") + " " + t.get("effective") + " due " + t.get("due")
                + (t.get("remark") == null ? "" : " " + t.get("remark"))).toList();
    }

    @Test
    @DisplayName("EM-8 insurance eligibility: an employer of 40, full time 40 h over 5 days; 4 × 5 h = 20 h → employment insurance, 4 × 4.75 h = 19 h → not (until 10 h suffice from 2028-10-01); 30 h over 4 days meets ¾ of hours and days → social insurance; 20 h becomes insured as a short-time worker when the employer size falls to 36 on 2027-10-01")
    void em8InsuranceEligibility() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (保険)", "TOKYO", "13");
        String noEmployer = answer(get(TASKS, office), "ja", 400);
        assertThat(JsonPath.<String>read(noEmployer, "$.errors[0].field")).isEqualTo("employer");
        answer(json(put("/api/v1/offices/{o}/employment/employer", office), "{\"employerSize\": 40, \"fullTimeWeeklyHours\": 40, \"fullTimeDaysPerWeek\": 5}"),
                "ja", 200);
        UUID twenty = employedUser(mvc, "alpha.admin", office, "青木", "アオキ", "2026-04-01", "2027-03-31");
        UUID nineteen = employedUser(mvc, "alpha.admin", office, "石田", "イシダ", "2026-04-01", "2027-03-31");
        UUID thirty = employedUser(mvc, "alpha.admin", office, "上野", "ウエノ", "2026-04-01", "2027-03-31");
        answer(json(post("/api/v1/offices/{o}/employment/contracts", office), schedule(twenty, "2026-04-01", 1_300, 4, "10:00", "16:00")), "ja", 201);
        answer(json(post("/api/v1/offices/{o}/employment/contracts", office), schedule(nineteen, "2026-04-01", 1_300, 4, "10:00", "15:45")), "ja", 201);
        answer(json(post("/api/v1/offices/{o}/employment/contracts", office), schedule(thirty, "2026-04-01", 1_300, 4, "09:00", "17:30")), "ja", 201);

        String all = answer(get(TASKS, office), "ja", 200);
        assertThat(tasks(all, twenty)).containsExactly("EMPLOYMENT_ACQUISITION 2026-04-01 due 2026-05-10", "SOCIAL_ACQUISITION 2027-10-01 due 2027-10-06");
        assertThat(tasks(all, nineteen)).containsExactly("EMPLOYMENT_ACQUISITION 2028-10-01 due 2028-11-10");
        assertThat(tasks(all, thirty)).containsExactly("EMPLOYMENT_ACQUISITION 2026-04-01 due 2026-05-10", "SOCIAL_ACQUISITION 2026-04-01 due 2026-04-06");

        // recorded in the payroll profile from that day: done
        answer(json(put("/api/v1/offices/{o}/employment/payroll-profiles/{p}", office, thirty), """
                {"dependents": 0, "employmentInsuranceFrom": "2026-04-01", "socialInsuranceFrom": "2026-04-01", "standardMonthlyRemuneration": 170000}"""),
                "ja", 200);
        List<Boolean> done = JsonPath.read(answer(get(TASKS, office), "ja", 200), "$[?(@.personId == '" + thirty + "')].done");
        assertThat(done).containsExactly(true, true);
    }

    @Test
    @DisplayName("EM-12 (b) social insurance after the 88,000-yen condition: an employer of 60, 22 h a week, 85,800 yen a month under a 減額特例 permit (特定減額特例対象者): not insured in September 2026 nor from 2026-10-01 unless the worker asks; a request of 2026-11-10 lists the 資格取得届 with 「特定減額特例対象者の任意取得」 from that day, a later request to leave ends it")
    void em12OptIn() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (特定減額)", "TOKYO", "13");
        answer(json(put("/api/v1/offices/{o}/employment/employer", office), "{\"employerSize\": 60, \"fullTimeWeeklyHours\": 40, \"fullTimeDaysPerWeek\": 5}"),
                "ja", 200);
        UUID worker = employedUser(mvc, "alpha.admin", office, "大野", "オオノ", "2026-04-01", "2027-03-31");
        answer(json(post("/api/v1/offices/{o}/employment/permits", office), """
                {"personId": "%s", "permitNumber": "東京労働局 第2026-201号", "reductionPercent": 30, "validFrom": "2026-04-01", "validTo": "2027-03-31"}"""
                .formatted(worker)), "ja", 201);
        // 5 days × 4 h 24 min = 22 h; 900 × 22 × 52 ÷ 12 = 85,800 yen a month
        answer(json(post("/api/v1/offices/{o}/employment/contracts", office), schedule(worker, "2026-09-01", 900, 5, "10:00", "15:24")), "ja", 201);
        List<String> before = tasks(answer(get(TASKS, office), "ja", 200), worker);
        assertThat(before).startsWith("EMPLOYMENT_ACQUISITION 2026-09-01 due 2026-10-10");
        assertThat(before.stream().filter(t -> t.startsWith("SOCIAL") && t.compareTo("SOCIAL_ACQUISITION 2027-04") < 0 && !t.contains("2027-04"))).isEmpty();

        answer(json(post("/api/v1/offices/{o}/employment/insurance/requests", office),
                "{\"personId\": \"%s\", \"requestedOn\": \"2026-11-10\", \"joining\": true}".formatted(worker)), "ja", 201);
        answer(json(post("/api/v1/offices/{o}/employment/insurance/requests", office),
                "{\"personId\": \"%s\", \"requestedOn\": \"2027-01-15\", \"joining\": false}".formatted(worker)), "ja", 201);
        List<String> after = tasks(answer(get(TASKS, office), "ja", 200), worker);
        assertThat(after).containsSubsequence("EMPLOYMENT_ACQUISITION 2026-09-01 due 2026-10-10",
                "SOCIAL_ACQUISITION 2026-11-10 due 2026-11-15 特定減額特例対象者の任意取得", "SOCIAL_LOSS 2027-01-15 due 2027-01-20");

        // another tenant: 404; the auditor: 403; a request for someone without a contract: refused, nothing stored
        mvc.perform(as("beta.admin", get(TASKS, office))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get(TASKS, office))).andExpect(status().isForbidden());
        String stranger = answer(json(post("/api/v1/offices/{o}/employment/insurance/requests", office),
                "{\"personId\": \"%s\", \"requestedOn\": \"2026-11-10\", \"joining\": true}".formatted(UUID.randomUUID())), "en", 400);
        assertThat(JsonPath.<String>read(stranger, "$.errors[0].field")).isEqualTo("personId");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from social_insurance_request where office_id = ?", Long.class, office)))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("随時改定 and 定時決定: a short-time worker (16 h of 40) paid 60,200 yen in April, May and June 2026 for 11 days each → 随時改定 from July (grade 5 to 1) and 60,200 from September by 定時決定: health on grade 1 (58,000 × 10.08 % ÷ 2 = 2,923), pension on grade 1 (88,000 → 8,052); a second run records nothing new")
    void annualDetermination() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (定時決定)", "TOKYO", "13");
        answer(json(put("/api/v1/offices/{o}/employment/employer", office), "{\"employerSize\": 60, \"fullTimeWeeklyHours\": 40, \"fullTimeDaysPerWeek\": 5}"),
                "ja", 200);
        UUID group = jp.tsunagu.workspace.WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 梱包", "EMPLOYED_A");
        UUID worker = employedUser(mvc, "alpha.admin", office, "内田", "ウチダ", "2026-03-01", "2027-02-28");
        answer(json(post("/api/v1/offices/{o}/employment/contracts", office), contract(worker, "2026-03-01", null, 1_300)), "ja", 201);
        answer(json(put("/api/v1/offices/{o}/employment/payroll-profiles/{p}", office, worker),
                "{\"dependents\": 0, \"employmentInsuranceFrom\": \"2026-03-01\", \"socialInsuranceFrom\": \"2026-03-01\"}"), "ja", 200);
        String[][] months = {{"2026-03", "2026-04-24", "2,3,4,5,6,9,10,11,12,13,16"}, {"2026-04", "2026-05-25", "1,2,3,6,7,8,9,10,13,14,15"},
                {"2026-05", "2026-06-25", "1,4,5,6,7,8,11,12,13,14,15"}};
        for (String[] m : months) {
            for (String d : m[2].split(",")) {
                EmploymentFixtures.clocked(mvc, "alpha.admin", office, worker, group, m[0] + "-%02d".formatted(Integer.parseInt(d)), "10:00", "15:00", 60);
            }
            EmploymentFixtures.recordsClosed(mvc, "alpha.admin", office, m[0]);
            String closed = answer(json(post("/api/v1/offices/{o}/employment/payroll/{m}/close", office, m[0]), "{\"payDate\": \"" + m[1] + "\"}"),
                    "ja", 200);
            assertThat(JsonPath.<Integer>read(closed, "$.totalGross")).isEqualTo(60_200);
        }
        // 随時改定 from April's pay: 60,200 on health grade 1 against grade 5 of the remuneration at enrolment (1,300 × 16 h × 52 ÷ 12
        // + 3,000 = 93,133) — four grades apart, so in force from July; two months are not enough
        String revision = answer(json(post("/api/v1/offices/{o}/employment/insurance/revisions", office),
                "{\"personId\": \"%s\", \"firstPaidMonth\": \"2026-04\"}".formatted(worker)), "ja", 200);
        assertThat(JsonPath.<Integer>read(revision, "$.average")).isEqualTo(60_200);
        assertThat(JsonPath.<Integer>read(revision, "$.currentGrade")).isEqualTo(5);
        assertThat(JsonPath.<Integer>read(revision, "$.newGrade")).isEqualTo(1);
        assertThat(JsonPath.<String>read(revision, "$.effective")).isEqualTo("2026-07");
        assertThat(JsonPath.<Boolean>read(revision, "$.revised")).isTrue();
        String tooFew = answer(json(post("/api/v1/offices/{o}/employment/insurance/revisions", office),
                "{\"personId\": \"%s\", \"firstPaidMonth\": \"2026-05\"}".formatted(worker)), "en", 400);
        assertThat(JsonPath.<String>read(tooFew, "$.errors[0].field")).isEqualTo("firstPaidMonth");
        assertThat(JsonPath.<String>read(tooFew, "$.errors[0].message")).isEqualTo("A revision needs three months paid from 2026-05, each with at least 11 days worked (2 found).");

        String determined = answer(post("/api/v1/offices/{o}/employment/insurance/annual-determination/{y}", office, 2026), "ja", 200);
        assertThat(JsonPath.<List<Integer>>read(determined, "$[*].remuneration")).containsExactly(60_200);
        assertThat(JsonPath.<String>read(determined, "$[0].basis")).contains("at least 11 days");
        assertThat(JsonPath.<List<Boolean>>read(answer(post("/api/v1/offices/{o}/employment/insurance/annual-determination/{y}", office, 2026),
                "ja", 200), "$[*].recorded")).containsExactly(false);

        EmploymentFixtures.recordsClosed(mvc, "alpha.admin", office, "2026-09");
        String september = answer(get("/api/v1/offices/{o}/employment/payroll/{m}", office, "2026-09").param("payDate", "2026-10-23"), "ja", 200);
        List<String> items = JsonPath.read(september, "$.slips[0].deductions[*].item");
        List<Integer> amounts = JsonPath.read(september, "$.slips[0].deductions[*].amount");
        assertThat(amounts.get(items.indexOf("HEALTH_INSURANCE"))).isEqualTo(2_923);
        assertThat(amounts.get(items.indexOf("PENSION"))).isEqualTo(8_052);
        assertThat(JsonPath.<List<String>>read(september, "$.slips[0].deductions[*].trail")).anyMatch(t -> t.startsWith("58000 (grade 1 for 60200)"));
    }
}
