package jp.tsunagu.planning;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rest of the planning chain: assessments, the consultation office's service use plan, the end of service. */
class PlanningChainIT extends IntegrationTest {

    private UUID register(UUID office, String family, String given, String familyKana, String givenKana) throws Exception {
        String json = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons", office).contentType("application/json")
                        .content(PlanningFixtures.person(family, given, familyKana, givenKana))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private UUID created(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        String json = mvc.perform(as(user, request.contentType("application/json").content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private long count(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    private static String assessment(boolean explained, String tests) {
        return """
                {"interviewedOn": "2026-03-20", "assessor": "佐藤 誠", "purposeExplained": %s,
                 "sheet": {"health": "服薬中、体調は安定", "workSkills": "軽作業は正確", "commuting": "電車で通える",
                           "personWishes": "接客をしたい", "vocationalEvaluation": "集中は60分程度"}%s}"""
                .formatted(explained, tests == null ? "" : ", \"testResults\": [" + tests + "]");
    }

    @Test
    @DisplayName("assessment: the explained purpose is required (400, nothing stored); test results are restricted to managers")
    void assessments() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID person = register(workshop, "村上", "葵", "ムラカミ", "アオイ");
        long before = count("assessment");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/assessments", workshop, person)
                        .contentType("application/json").content(assessment(false, null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purposeExplained"))
                .andExpect(jsonPath("$.errors[0].message").value("アセスメントの目的を本人に説明したことの記録が必要です。"));
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/persons/{p}/assessments", workshop, person)
                        .contentType("application/json").content(assessment(true, "{\"test\": \"WAIS-IV\", \"scores\": \"FSIQ 85\"}"))))
                .andExpect(status().isForbidden());
        assertThat(count("assessment")).isEqualTo(before);
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/assessments", workshop, person)
                        .contentType("application/json").content(assessment(true, "{\"test\": \"WAIS-IV\", \"scores\": \"FSIQ 85\"}"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.testResults[0].test").value("WAIS-IV"));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons/{p}/assessments", workshop, person)))
                .andExpect(jsonPath("$[0].sheet.workSkills").value("軽作業は正確"))
                .andExpect(jsonPath("$[0].testResults.length()").value(0))
                .andExpect(jsonPath("$[0].testResultsHidden").value(1));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons/{p}/assessments", workshop, person)))
                .andExpect(jsonPath("$[0].testResults[0].scores").value("FSIQ 85"));
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/persons/{p}/assessments", office(BETA, "2710000001"), person)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("service use plan: only a consultation office drafts one; its period is rule data; final plans are immutable; monitoring follows the period")
    void serviceUsePlan() throws Exception {
        UUID consultation = office(ALPHA, "1330000004");
        UUID workshop = office(ALPHA, "1310000001");
        UUID person = register(consultation, "森", "蓮", "モリ", "レン");
        String draft = """
                {"certificateNumber": "1234567890", "author": "相談 花子", "draftedOn": "2026-03-01", "monitoringMonths": %d,
                 "content": {"personWishes": "働きたい", "overallPolicy": "B型で生活リズムを整える", "longTermGoal": "一般就労",
                             "shortTermGoal": "週4日通所", "rows": [{"priority": 1, "issue": "生活リズム", "goal": "毎日起きる",
                             "targetPeriod": "6か月", "service": "就労継続支援B型 原則の日数", "personRole": "早寝", "evaluationDate": "2026-09-01"}]}}""";
        long before = count("service_use_plan");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/service-use-plans", consultation, person)
                        .contentType("application/json").content(draft.formatted(2))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("monitoringMonths"))
                .andExpect(jsonPath("$.errors[0].message", containsString("選べる期間: 1, 3, 6")));
        UUID atWorkshop = register(workshop, "森", "蓮二", "モリ", "レンジ");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/service-use-plans", workshop, atWorkshop)
                        .contentType("application/json").content(draft.formatted(3))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officeId"));
        assertThat(count("service_use_plan")).isEqualTo(before);
        String json = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/service-use-plans", consultation, person)
                        .contentType("application/json").content(draft.formatted(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        UUID plan = UUID.fromString(JsonPath.read(json, "$.id"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/service-use-plans/{id}/final", consultation, plan)
                        .contentType("application/json").content("{\"agreedBy\": \"森 蓮\", \"agreedOn\": \"2026-03-10\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FINAL"))
                .andExpect(jsonPath("$.nextMonitoringDue").value("2026-06-10"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/service-use-plans/{id}", consultation, plan)
                        .contentType("application/json").content("{\"author\": \"相談 花子\", \"monitoringMonths\": 6, \"content\": {}}")))
                .andExpect(status().isConflict());
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/service-use-plans/{id}/monitorings", consultation, plan)
                        .contentType("application/json").content("""
                                {"monitoredOn": "2026-06-05", "interviewed": true, "notes": "順調", "planChangeNeeded": false}""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextMonitoringDue").value("2026-09-05"))
                .andExpect(jsonPath("$.content.rows[0].service").value("就労継続支援B型 原則の日数"));
    }

    @Test
    @DisplayName("end of service: open contracts end that day, plans end, the checklist opens (A型 adds the separation notice and insurance exit)")
    void endOfService() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID person = register(workshop, "長谷川", "陸", "ハセガワ", "リク");
        UUID certificate = created("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/certificates", workshop, person),
                PlanningFixtures.certificate("1300000777", "2026-04-01", "2027-03-31", PlanningFixtures.standardDays("TYPE_B", "2026-04-01", "2027-03-31")));
        created("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/contracts", workshop, person),
                PlanningFixtures.contract(certificate, "TYPE_B", "2026-04-01", null, 20));
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/persons/{p}/ends", workshop, person)
                        .contentType("application/json").content("{\"endedOn\": \"2026-10-31\", \"reason\": \"REGULAR_EMPLOYMENT\"}")))
                .andExpect(status().isForbidden());
        String json = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/ends", workshop, person)
                        .contentType("application/json").content("{\"endedOn\": \"2026-10-31\", \"reason\": \"REGULAR_EMPLOYMENT\", \"note\": \"一般就労\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tasks.length()").value(2))
                .andExpect(jsonPath("$.tasks[*].kind").value(org.hamcrest.Matchers.containsInAnyOrder("CERTIFICATE_ENTRY", "CONTRACT_REPORT")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons/{p}/contracts", workshop, person)))
                .andExpect(jsonPath("$[0].endDate").value("2026-10-31"))
                .andExpect(jsonPath("$[0].ended").value(true));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/ends", workshop, person)
                        .contentType("application/json").content("{\"endedOn\": \"2026-11-01\", \"reason\": \"OTHER\"}")))
                .andExpect(status().isConflict());
        UUID end = UUID.fromString(JsonPath.read(json, "$.id"));
        String task = JsonPath.read(json, "$.tasks[0].id");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/ends/{e}/tasks/{t}/done", workshop, person, end, task)
                        .contentType("application/json").content("{\"doneOn\": \"2026-10-30\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("doneOn"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/ends/{e}/tasks/{t}/done", workshop, person, end, task)
                        .contentType("application/json").content("{\"doneOn\": \"2026-11-05\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[?(@.id=='" + task + "')].done").value(true));

        UUID beta = office(BETA, "2710000001");
        String employee = mvc.perform(as("beta.admin", post("/api/v1/offices/{o}/persons", beta).contentType("application/json")
                        .content(PlanningFixtures.person("石井", "大地", "イシイ", "ダイチ"))))
                .andReturn().getResponse().getContentAsString();
        UUID betaPerson = UUID.fromString(JsonPath.read(employee, "$.id"));
        String cert = mvc.perform(as("beta.admin", post("/api/v1/offices/{o}/persons/{p}/certificates", beta, betaPerson)
                        .contentType("application/json").content(PlanningFixtures.certificate("2700000888", "2026-04-01", "2027-03-31",
                                PlanningFixtures.standardDays("TYPE_A", "2026-04-01", "2027-03-31")))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(as("beta.admin", post("/api/v1/offices/{o}/persons/{p}/contracts", beta, betaPerson).contentType("application/json")
                        .content(PlanningFixtures.contract(UUID.fromString(JsonPath.read(cert, "$.id")), "TYPE_A", "2026-04-01", null, 20))))
                .andExpect(status().isCreated());
        mvc.perform(as("beta.admin", post("/api/v1/offices/{o}/persons/{p}/ends", beta, betaPerson)
                        .contentType("application/json").content("{\"endedOn\": \"2026-09-30\", \"reason\": \"PERSONS_WISH\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tasks[*].kind").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "CERTIFICATE_ENTRY", "CONTRACT_REPORT", "SEPARATION_NOTICE", "INSURANCE_EXIT")));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons/{p}/ends", beta, betaPerson))).andExpect(status().isNotFound());
    }
}
