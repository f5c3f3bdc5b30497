package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.clocked;
import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static jp.tsunagu.employment.EmploymentFixtures.recordsClosed;
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
import jp.tsunagu.employment.api.EmploymentQueries;
import jp.tsunagu.employment.events.PayrollMonthClosed;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The monthly payroll of employed A型 users from the workspace's closed month, to the minute: a preview that stores
 * nothing, an idempotent close locked in the database, the minimum-wage guard on the month. Offices of their own in 東京.
 */
@RecordApplicationEvents
class PayrollRunIT extends IntegrationTest {
    private static final String PAYROLL = "/api/v1/offices/{o}/employment/payroll/{m}";

    @Autowired
    ApplicationEvents events;
    @Autowired
    EmploymentQueries queries;

    private String answer(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as(user, request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    private long rows(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, office));
    }

    @Test
    @DisplayName("a September: 4 h, 9 h 20 min (80 min overtime) and 3 h on Sunday at 1,300 yen → 15,600 + 2,167 + 5,265 + commuting 3,000 = 26,032; employment insurance 5/1000 → 130, no income tax (a user with a disability counts once more), resident tax 1,000 → net 24,902; the close is final and happens once")
    void aMonthFromRecordsToClose() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (給与)", "TOKYO", "13");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 検品", "EMPLOYED_A");
        UUID worker = employedUser(mvc, "alpha.admin", office, "小川", "オガワ", "2026-04-01", "2027-03-31");
        answer("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(worker, "2026-09-01", null, 1_300)), "ja", 201);
        clocked(mvc, "alpha.admin", office, worker, group, "2026-09-01", "10:00", "15:00", 60);
        clocked(mvc, "alpha.admin", office, worker, group, "2026-09-02", "09:00", "19:20", 60);
        clocked(mvc, "alpha.admin", office, worker, group, "2026-09-06", "10:00", "14:00", 60);

        // records still open: no payroll, in Japanese and English
        String open = answer("alpha.admin", get(PAYROLL, office, "2026-09"), "ja", 400);
        assertThat(JsonPath.<String>read(open, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(open, "$.errors[0].message")).isEqualTo("2026-09 の実績記録がまだ締められていません。先に実績を締めてから給与を計算してください。");
        assertThat(JsonPath.<String>read(answer("alpha.admin", post(PAYROLL + "/close", office, "2026-09"), "en", 400), "$.errors[0].message"))
                .startsWith("The service records of 2026-09 are not closed yet.");
        recordsClosed(mvc, "alpha.admin", office, "2026-09");

        answer("alpha.admin", put("/api/v1/offices/{o}/employment/payroll-profiles/{p}", office, worker).contentType("application/json").content("""
                {"dependents": 0, "disability": true, "employmentInsuranceFrom": "2026-09-01", "residentTaxMonthly": 1000}"""), "ja", 200);
        String badProfile = answer("alpha.admin", put("/api/v1/offices/{o}/employment/payroll-profiles/{p}", office, worker)
                .contentType("application/json").content("{\"dependents\": -1, \"premiumShare\": 0.3}"), "en", 400);
        assertThat(JsonPath.<String>read(badProfile, "$.errors[0].field")).isEqualTo("dependents");

        String preview = answer("alpha.admin", get(PAYROLL, office, "2026-09").param("payDate", "2026-10-23"), "ja", 200);
        assertThat(JsonPath.<String>read(preview, "$.status")).isEqualTo("PREVIEW");
        assertThat(JsonPath.<Integer>read(preview, "$.slips[0].workedMinutes")).isEqualTo(240 + 560 + 180);
        assertThat(JsonPath.<List<String>>read(preview, "$.slips[0].earnings[*].item")).containsExactly("BASE", "OVERTIME", "HOLIDAY", "COMMUTING");
        assertThat(JsonPath.<List<Integer>>read(preview, "$.slips[0].earnings[*].amount")).containsExactly(15_600, 2_167, 5_265, 3_000);
        assertThat(JsonPath.<List<String>>read(preview, "$.slips[0].deductions[*].item"))
                .containsExactly("EMPLOYMENT_INSURANCE", "INCOME_TAX", "RESIDENT_TAX");
        assertThat(JsonPath.<List<Integer>>read(preview, "$.slips[0].deductions[*].amount")).containsExactly(130, 0, 1_000);
        assertThat(JsonPath.<String>read(preview, "$.slips[0].deductions[0].trail")).isEqualTo("26032 × 5/1000 (period closing 2026-09-30)");
        assertThat(JsonPath.<String>read(preview, "$.slips[0].deductions[1].trail")).contains("扶養親族等 1 (incl. the person: disability)");
        assertThat(JsonPath.<Integer>read(preview, "$.slips[0].net")).isEqualTo(24_902);
        assertThat(rows("payroll_run", office)).isZero();

        // ten concurrent closes: one payroll, one event, the same answer
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<String> close = () -> answer("alpha.admin", post(PAYROLL + "/close", office, "2026-09").contentType("application/json")
                        .content("{\"payDate\": \"2026-10-23\"}"), "ja", 200);
                answers.add(threads.submit(close));
            }
            List<String> closedAt = new ArrayList<>();
            for (Future<String> f : answers) {
                String closed = f.get();
                assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
                assertThat(JsonPath.<Integer>read(closed, "$.totalGross")).isEqualTo(26_032);
                closedAt.add(JsonPath.read(closed, "$.closedAt"));
            }
            assertThat(closedAt).containsOnly(closedAt.getFirst());
        } finally {
            threads.shutdown();
        }
        assertThat(rows("payroll_run", office)).isOne();
        assertThat(events.stream(PayrollMonthClosed.class).filter(e -> e.officeId().value().equals(office)))
                .containsExactly(new PayrollMonthClosed(ALPHA, new OfficeId(office), YearMonth.of(2026, 9), Yen.of(26_032)));
        assertThat(inTenant(ALPHA, () -> queries.paid(new OfficeId(office), new PersonId(worker), YearMonth.of(2026, 9))))
                .contains(new EmploymentQueries.PaidMonth(Yen.of(26_032), 980, 3));
        assertThat(inTenant(ALPHA, () -> queries.totalWages(new OfficeId(office), YearMonth.of(2026, 9)))).contains(Yen.of(26_032));
        assertThat(inTenant(ALPHA, () -> queries.totalWages(new OfficeId(office), YearMonth.of(2026, 8)))).isEmpty();
        String stored = answer("alpha.admin", get(PAYROLL, office, "2026-09"), "ja", 200);
        assertThat(JsonPath.<List<Integer>>read(stored, "$.slips[0].earnings[*].amount")).containsExactly(15_600, 2_167, 5_265, 3_000);
        assertThat(JsonPath.<Integer>read(stored, "$.slips[0].daysWorked")).isEqualTo(3);
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("delete from payroll_payslip where office_id = ?", office)))
                .hasMessageContaining("a closed payroll is final");

        // 2 hours of September recorded late: 2,600 yen paid with October, insured and taxed there; not an addition → refused
        String negative = answer("alpha.admin", post(PAYROLL + "/adjustments", office, "2026-10").contentType("application/json")
                .content("{\"personId\": \"%s\", \"correctsMonth\": \"2026-09\", \"amount\": -500, \"reason\": \"過払い\"}".formatted(worker)), "ja", 400);
        assertThat(JsonPath.<String>read(negative, "$.errors[0].field")).isEqualTo("amount");
        String openMonth = answer("alpha.admin", post(PAYROLL + "/adjustments", office, "2026-10").contentType("application/json")
                .content("{\"personId\": \"%s\", \"correctsMonth\": \"2026-08\", \"amount\": 500, \"reason\": \"8月分\"}".formatted(worker)), "en", 400);
        assertThat(JsonPath.<String>read(openMonth, "$.errors[0].field")).isEqualTo("correctsMonth");
        answer("alpha.admin", post(PAYROLL + "/adjustments", office, "2026-10").contentType("application/json")
                .content("{\"personId\": \"%s\", \"correctsMonth\": \"2026-09\", \"amount\": 2600, \"reason\": \"9月2日の退勤打刻漏れ (2時間)\"}"
                        .formatted(worker)), "ja", 201);
        recordsClosed(mvc, "alpha.admin", office, "2026-10");
        String october = answer("alpha.admin", get(PAYROLL, office, "2026-10"), "ja", 200);
        assertThat(JsonPath.<List<String>>read(october, "$.slips[0].earnings[*].item")).containsExactly("BASE", "ADJUSTMENT", "COMMUTING");
        assertThat(JsonPath.<List<Integer>>read(october, "$.slips[0].earnings[*].amount")).containsExactly(0, 2_600, 3_000);
        assertThat(JsonPath.<String>read(october, "$.slips[0].earnings[1].trail")).isEqualTo("for 2026-09: 9月2日の退勤打刻漏れ (2時間)");
        // employment insurance on 5,600 (5/1000 → 28)
        assertThat(JsonPath.<Integer>read(october, "$.slips[0].deductions[0].amount")).isEqualTo(28);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from payroll_adjustment where office_id = ?", Long.class, office)))
                .isOne();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'payroll_run' "
                + "and action = 'READ' and subject_person_id = ?", Long.class, worker))).isPositive();
    }

    @Test
    @DisplayName("a month whose wage falls below the minimum is refused naming the day and the rate (東京 1,250 yen: 1,280 from 2026-10-01); another tenant and an office without the module answer 404; the auditor 403")
    void minimumWageAndIsolation() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (給与・最低賃金)", "TOKYO", "13");
        UUID worker = employedUser(mvc, "alpha.admin", office, "岡本", "オカモト", "2026-04-01", "2027-03-31");
        answer("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(worker, "2026-09-01", null, 1_250)), "ja", 201);
        recordsClosed(mvc, "alpha.admin", office, "2026-10");
        String below = answer("alpha.admin", get(PAYROLL, office, "2026-10"), "ja", 400);
        assertThat(JsonPath.<String>read(below, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(below, "$.errors[0].message")).startsWith("時給 1,250 円は 2026-10-01 の最低賃金 1,280 円");
        answer("alpha.admin", post(PAYROLL + "/close", office, "2026-10"), "en", 400);
        assertThat(rows("payroll_run", office)).isZero();

        for (MockHttpServletRequestBuilder r : List.of(get(PAYROLL, office, "2026-10"), post(PAYROLL + "/close", office, "2026-10"),
                get("/api/v1/offices/{o}/employment/payroll-profiles/{p}", office, worker))) {
            mvc.perform(as("beta.admin", r)).andExpect(status().isNotFound());
        }
        mvc.perform(as("alpha.admin", get(PAYROLL, office(ALPHA, "1310000005"), "2026-10"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get(PAYROLL, office, "2026-10"))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", post(PAYROLL + "/close", office, "2026-10"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("a raise within the month (群馬's minimum rises to 1,120 on 2026-10-03): 1,100 yen until 10-02 and 1,200 from 10-03 — October pays 8 h at each wage, 8,800 + 9,600, plus commuting 3,000 = 21,400")
    void aRaiseWithinTheMonth() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "群馬A型事業所 (月の途中の昇給)", "GUNMA", "10");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 組立", "EMPLOYED_A");
        UUID worker = employedUser(mvc, "alpha.admin", office, "桜井", "サクライ", "2026-04-01", "2027-03-31");
        answer("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(worker, "2026-09-01", null, 1_100)), "ja", 201);
        answer("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(worker, "2026-10-03", null, 1_200)), "ja", 201);
        for (String day : List.of("2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06")) {
            clocked(mvc, "alpha.admin", office, worker, group, day, "10:00", "15:00", 60);
        }
        recordsClosed(mvc, "alpha.admin", office, "2026-10");
        String october = answer("alpha.admin", get(PAYROLL, office, "2026-10"), "ja", 200);
        assertThat(JsonPath.<List<String>>read(october, "$.slips[0].earnings[*].trail"))
                .containsExactly("1100 × 480 min ÷ 60", "1200 × 480 min ÷ 60", "contract, monthly");
        assertThat(JsonPath.<List<Integer>>read(october, "$.slips[0].earnings[*].amount")).containsExactly(8_800, 9_600, 3_000);
        assertThat(JsonPath.<Integer>read(october, "$.slips[0].gross")).isEqualTo(21_400);
        assertThat(JsonPath.<Integer>read(october, "$.slips[0].hourlyWage")).isEqualTo(1_200);
    }
}
