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

/** Annual paid leave from the contracts and the grant table (EM-6), leave taken, and the 5-days-a-year obligation. */
class PaidLeaveIT extends IntegrationTest {
    private static final String LEAVE = "/api/v1/offices/{o}/employment/paid-leave";

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

    @Test
    @DisplayName("EM-6 proportional paid leave: hired 2025-10-01, 3 days a week, 15 h → 5 days on 2026-04-01, then 6 on 2027-04-01; the 5-days-a-year obligation does not apply")
    void em6ProportionalPaidLeave() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (有休・比例)", "TOKYO", "13");
        UUID worker = employedUser(mvc, "alpha.admin", office, "西田", "ニシダ", "2025-10-01", "2026-09-30");
        answer(json(post("/api/v1/offices/{o}/employment/contracts", office), contract(worker, "2025-10-01", null, 1_300)
                .replace("\"daysPerWeek\": 4", "\"daysPerWeek\": 3").replace("\"breakMinutes\": 60", "\"breakMinutes\": 0")), "ja", 201);
        String ledger = answer(get(LEAVE + "/{p}", office, worker), "ja", 200);
        assertThat(JsonPath.<List<String>>read(ledger, "$.grants[*].date")).containsExactly("2026-04-01", "2027-04-01");
        assertThat(JsonPath.<List<Integer>>read(ledger, "$.grants[*].days")).containsExactly(5, 6);
        assertThat(JsonPath.<List<Boolean>>read(ledger, "$.grants[*].upcoming")).containsExactly(false, true);
        assertThat(JsonPath.<List<String>>read(ledger, "$.grants[*].obligation")).containsExactly("NOT_APPLICABLE", "NOT_APPLICABLE");
        assertThat(JsonPath.<Number>read(ledger, "$.remaining").doubleValue()).isEqualTo(5.0);
    }

    @Test
    @DisplayName("a full-time week (5 days, 30 h): 10 days on 2025-12-01 with 5 to be taken by 2026-11-30 — missed with none taken, 11 days on 2026-12-01; leave taken comes from the oldest grant; a third of a day, a day without contract or beyond what is left is refused, nothing stored")
    void obligationAndTaken() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (有休)", "TOKYO", "13");
        UUID worker = employedUser(mvc, "alpha.admin", office, "野口", "ノグチ", "2025-06-01", "2026-03-31");
        answer(json(post("/api/v1/offices/{o}/employment/contracts", office), contract(worker, "2025-06-01", null, 1_300)
                .replace("\"daysPerWeek\": 4", "\"daysPerWeek\": 5").replace("\"dailyEnd\": \"15:00\"", "\"dailyEnd\": \"17:00\"")), "ja", 201);
        MovableClock.moveTo(LocalDate.of(2026, 9, 15));
        String september = answer(get(LEAVE + "/{p}", office, worker), "ja", 200);
        assertThat(JsonPath.<List<Integer>>read(september, "$.grants[*].days")).containsExactly(10, 11);
        assertThat(JsonPath.<String>read(september, "$.grants[0].obligation")).isEqualTo("DUE_SOON");
        MovableClock.moveTo(LocalDate.of(2026, 12, 5));
        String december = answer(get(LEAVE, office), "ja", 200);
        assertThat(JsonPath.<List<String>>read(december, "$[0].grants[*].obligation")).containsExactly("MISSED", "OPEN", "NOT_APPLICABLE");
        assertThat(JsonPath.<Number>read(december, "$[0].remaining").doubleValue()).isEqualTo(21.0);

        String taken = answer(json(post(LEAVE + "/{p}/taken", office, worker), "{\"date\": \"2026-12-03\", \"days\": 1}"), "ja", 200);
        assertThat(JsonPath.<List<Number>>read(taken, "$.grants[*].used")).extracting(Number::doubleValue).containsExactly(1.0, 0.0, 0.0);
        answer(json(post(LEAVE + "/{p}/taken", office, worker), "{\"date\": \"2026-12-04\", \"days\": 0.5}"), "ja", 200);
        String third = answer(json(post(LEAVE + "/{p}/taken", office, worker), "{\"date\": \"2026-12-07\", \"days\": 0.3}"), "en", 400);
        assertThat(JsonPath.<String>read(third, "$.errors[0].field")).isEqualTo("days");
        String beforeHire = answer(json(post(LEAVE + "/{p}/taken", office, worker), "{\"date\": \"2025-05-01\", \"days\": 1}"), "ja", 400);
        assertThat(JsonPath.<String>read(beforeHire, "$.errors[0].field")).isEqualTo("date");
        String noneYet = answer(json(post(LEAVE + "/{p}/taken", office, worker), "{\"date\": \"2025-09-01\", \"days\": 1}"), "ja", 400);
        assertThat(JsonPath.<String>read(noneYet, "$.errors[0].message")).startsWith("2025-09-01 に取得できる年次有給休暇が残っていません");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from paid_leave_taken where office_id = ?", Long.class, office)))
                .isEqualTo(2);
        mvc.perform(as("beta.admin", get(LEAVE + "/{p}", office, worker))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get(LEAVE, office))).andExpect(status().isForbidden());
    }
}
