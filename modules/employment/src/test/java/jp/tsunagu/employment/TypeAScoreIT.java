package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.clocked;
import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static jp.tsunagu.employment.EmploymentFixtures.recordsClosed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.employment.api.EmploymentQueries;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The A型 score of 令和8年度 from the year before: working hours from the closed payrolls (EM-7), production against wages, the office's measures. */
class TypeAScoreIT extends IntegrationTest {
    @org.springframework.beans.factory.annotation.Autowired
    EmploymentQueries queries;

    private static final String SCORE = "/api/v1/offices/{o}/employment/score/{y}";
    private static final String RESULTS = "/api/v1/offices/{o}/employment/production-results/{y}";

    private String answer(MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as("alpha.admin", request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType("application/json").content(body);
    }

    @Test
    @DisplayName("EM-7 A型 score, working hours: 5 days of 5 h 12 min in 令和7年度 → 5.2 h a day → 65 points; production met in FY2025 and FY2023 but not FY2024 (40); Ⅲ 10, Ⅳ 5, Ⅴ 0, Ⅶ 5 as recorded, no deduction → 125 points → 666 units (staffing I, capacity 20)")
    void em7AndTheTotal() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (スコア)", "TOKYO", "13");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 軽作業", "EMPLOYED_A");
        UUID worker = employedUser(mvc, "alpha.admin", office, "森", "モリ", "2025-04-01", "2026-03-31");
        answer(json(post("/api/v1/offices/{o}/employment/contracts", office), contract(worker, "2025-09-01", null, 1_300)), "ja", 201);
        for (String day : List.of("2025-09-01", "2025-09-02", "2025-09-03", "2025-09-04", "2025-09-05")) {
            clocked(mvc, "alpha.admin", office, worker, group, day, "10:00", "16:12", 60);
        }
        recordsClosed(mvc, "alpha.admin", office, "2025-09");
        String closed = answer(post("/api/v1/offices/{o}/employment/payroll/{m}/close", office, "2025-09"), "ja", 200);
        assertThat(JsonPath.<Integer>read(closed, "$.totalGross")).isEqualTo(5 * 6_760 + 3_000);

        String incomplete = answer(get(SCORE, office, 2026), "ja", 200);
        assertThat(JsonPath.<Integer>read(incomplete, "$.items[0].points")).isEqualTo(65);
        assertThat(JsonPath.<String>read(incomplete, "$.items[0].trail")).startsWith("26 h over 5 user-days in FY2025");
        assertThat(incomplete).doesNotContain("\"total\"", "\"units\""); // not until every item has its points
        assertThat(JsonPath.<String>read(incomplete, "$.items[1].trail")).contains("production results missing");

        // FY2025: 100,000 − 20,000 ≥ the payroll's 36,800; FY2024 short by 100,000 (wages paid outside Tsunagu); FY2023 met
        String fy2025 = answer(json(put(RESULTS, office, 2025), "{\"revenue\": 100000, \"expenses\": 20000, \"evidence\": \"令和7年度 決算書\"}"), "ja", 200);
        assertThat(JsonPath.<String>read(fy2025, "$.wagesFrom")).isEqualTo("PAYROLL");
        assertThat(JsonPath.<Integer>read(fy2025, "$.wages")).isEqualTo(36_800);
        assertThat(JsonPath.<Boolean>read(fy2025, "$.met")).isTrue();
        String fy2024 = answer(json(put(RESULTS, office, 2024),
                "{\"revenue\": 400000, \"expenses\": 0, \"wagesPaid\": 500000, \"evidence\": \"令和6年度 決算書\"}"), "ja", 200);
        assertThat(JsonPath.<Integer>read(fy2024, "$.shortfall")).isEqualTo(100_000);
        assertThat(JsonPath.<Boolean>read(fy2024, "$.planMissing")).isTrue();
        answer(json(put(RESULTS, office, 2023), "{\"revenue\": 600000, \"expenses\": 50000, \"wagesPaid\": 500000, \"evidence\": \"令和5年度 決算書\"}"),
                "ja", 200);
        for (String[] m : new String[][] {{"III", "10"}, {"IV", "5"}, {"V", "0"}, {"VII", "5"}}) {
            answer(json(put(SCORE + "/measures/{i}", office, 2026, m[0]), "{\"points\": %s, \"evidence\": \"実施記録 %s\"}".formatted(m[1], m[0])), "ja", 200);
        }
        String score = answer(get(SCORE, office, 2026), "ja", 200);
        assertThat(JsonPath.<List<Integer>>read(score, "$.items[*].points")).containsExactly(65, 40, 10, 5, 0, 0, 5);
        assertThat(JsonPath.<List<String>>read(score, "$.items[*].item")).containsExactly("I", "II", "III", "IV", "V", "VI", "VII");
        assertThat(JsonPath.<Integer>read(score, "$.total")).isEqualTo(125);
        assertThat(JsonPath.<Integer>read(score, "$.units")).isEqualTo(666);
        assertThat(inTenant(ALPHA, () -> queries.score(new jp.tsunagu.kernel.OfficeId(office), jp.tsunagu.kernel.FiscalYear.startingIn(2026), "I")))
                .contains(new EmploymentQueries.Score(125, 666));
        assertThat(inTenant(ALPHA, () -> queries.score(new jp.tsunagu.kernel.OfficeId(office), jp.tsunagu.kernel.FiscalYear.startingIn(2027), "I")))
                .isEmpty();

        // item I or VI cannot be entered; a plan submitted without its deadline is refused; another tenant 404, the auditor 403
        String computed = answer(json(put(SCORE + "/measures/{i}", office, 2026, "I"), "{\"points\": 90, \"evidence\": \"x\"}"), "en", 400);
        assertThat(JsonPath.<String>read(computed, "$.errors[0].field")).isEqualTo("item");
        String noDeadline = answer(json(put(RESULTS, office, 2022),
                "{\"revenue\": 1, \"expenses\": 0, \"evidence\": \"x\", \"planSubmittedOn\": \"2023-06-30\"}"), "ja", 400);
        assertThat(JsonPath.<String>read(noDeadline, "$.errors[0].field")).isEqualTo("planDeadline");
        mvc.perform(as("beta.admin", get(SCORE, office, 2026))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get(SCORE, office, 2026))).andExpect(status().isForbidden());
    }
}
