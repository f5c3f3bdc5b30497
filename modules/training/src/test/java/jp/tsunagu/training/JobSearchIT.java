package jp.tsunagu.training;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static jp.tsunagu.training.TrainingFixtures.transitionOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Job search and job development (#22 point 4): ハローワーク registration, applications and their statuses, 職場開拓 per company, bad input, pages, isolation. */
class JobSearchIT extends IntegrationTest {
    private static final String TRAINING = "/api/v1/offices/{o}/training";

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private String json(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(uiUser(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long count(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    private void refused(Supplier<MockHttpServletRequestBuilder> request, String field, String ja, String en) throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", request.get().header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo(field);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? ja : en);
        }
    }

    private static String step(String status, String date, String note, String outcome) {
        return """
                {"status": "%s", "date": "%s", "note": "%s"%s}""".formatted(status, date, note, outcome == null ? "" : ", \"outcome\": \"" + outcome + "\"");
    }

    @Test
    @DisplayName("job search: the ハローワーク registration, an application to a company of the directory through interviews to the offer, one by name rejected, job development per company; the page shows the person's registration and applications with their status; audited about the person")
    void jobSearchAndDevelopment() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 9, 30));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (求職)");
        UUID person = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "中村", "ナカムラ", "2026-04-01", "2027-03-31");
        UUID company = created(mvc, "alpha.admin", TRAINING + "/companies", """
                {"name": "株式会社つなぐ食品 (求職)", "industry": "食品製造"}""", office);

        created(mvc, "alpha.admin", TRAINING + "/job-search/registrations", """
                {"personId": "%s", "registeredOn": "2026-07-01", "helloworkOffice": "ハローワーク飯田橋", "registrationNumber": "13010-12345678"}"""
                .formatted(person), office);
        UUID application = created(mvc, "alpha.admin", TRAINING + "/job-search/applications", """
                {"personId": "%s", "companyId": "%s", "appliedOn": "2026-08-03", "job": "食品の検品", "note": "障害者求人"}""".formatted(person, company), office);
        json("alpha.admin", body(post(TRAINING + "/job-search/applications/{a}/steps", office, application),
                step("INTERVIEW", "2026-08-20", "一次面接 (職員同席)", null)), 200);
        json("alpha.admin", body(post(TRAINING + "/job-search/applications/{a}/steps", office, application),
                step("INTERVIEW", "2026-09-01", "二次面接と職場見学", null)), 200);
        String offer = json("alpha.admin", body(post(TRAINING + "/job-search/applications/{a}/steps", office, application),
                step("OFFER", "2026-09-10", "内定の連絡", "10月1日から週20時間で内定")), 200);
        assertThat(JsonPath.<String>read(offer, "$.status")).isEqualTo("OFFER");
        assertThat(JsonPath.<List<String>>read(offer, "$.steps[*].status")).containsExactly("APPLIED", "INTERVIEW", "INTERVIEW", "OFFER");
        UUID byName = created(mvc, "alpha.admin", TRAINING + "/job-search/applications", """
                {"personId": "%s", "companyName": "つなぐ書店", "appliedOn": "2026-08-05", "job": "品出し"}""".formatted(person), office);
        String base = "/offices/" + office + "/training/job-search";
        mvc.perform(post(base + "/applications/" + byName + "/steps").with(uiUser("alpha.admin")).with(csrf()).param("personId", person.toString())
                        .param("status", "REJECTED").param("date", "2026-08-25").param("note", "書類選考").param("outcome", "書類選考で不採用"))
                .andExpect(redirectedUrl(base + "?personId=" + person)).andExpect(flash().attribute("message", "応募の状況を記録しました。"));

        String search = json("alpha.admin", get(TRAINING + "/job-search/{p}", office, person), 200);
        assertThat(JsonPath.<List<String>>read(search, "$.registrations[*].registrationNumber")).containsExactly("13010-12345678");
        assertThat(JsonPath.<List<String>>read(search, "$.applications[*].status")).containsExactly("OFFER", "REJECTED");
        assertThat(JsonPath.<List<String>>read(search, "$.applications[*].company")).containsExactly("株式会社つなぐ食品 (求職)", "つなぐ書店");

        created(mvc, "alpha.admin", TRAINING + "/job-development", """
                {"companyId": "%s", "date": "2026-07-15", "staff": "就労支援員 加藤", "discussed": "障害者雇用の計画と検品の仕事の切り出し",
                 "outcome": "実習の受け入れを検討"}""".formatted(company), office);
        String developments = json("alpha.admin", get(TRAINING + "/companies/{c}/job-development", office, company), 200);
        assertThat(JsonPath.<List<String>>read(developments, "$[*].outcome")).containsExactly("実習の受け入れを検討");

        String shown = page("alpha.admin", base + "?personId=" + person);
        assertThat(shown).contains("中村 一", "ハローワーク飯田橋", "13010-12345678", "令和8年7月1日 (2026-07-01)", "株式会社つなぐ食品 (求職)", "内定",
                "一次面接 (職員同席)", "10月1日から週20時間で内定", "つなぐ書店", "不採用", "書類選考で不採用");
        assertThat(page("alpha.admin", "/offices/" + office + "/training/companies")).contains("職場開拓の記録", "就労支援員 加藤",
                "障害者雇用の計画と検品の仕事の切り出し", "令和8年7月15日 (2026-07-15)");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource in ('hellowork_registration', "
                + "'job_application') and subject_person_id = ?", Long.class, person))).isGreaterThanOrEqualTo(7);
    }

    @Test
    @DisplayName("bad input and isolation: an application to an unknown company naming companyId, a registration of a person not served naming personId, a step after a rejection naming status, a step before the last naming date (ja, en, API and page), job development with an unknown company, nothing stored; another tenant and an office without the module 404, the auditor 403")
    void badInputAndIsolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 9, 30));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (求職の誤り)");
        UUID person = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "小川", "オガワ", "2026-04-01", "2027-03-31");
        UUID unknown = UUID.randomUUID();
        long applications = count("job_application");
        long registrations = count("hellowork_registration");
        long developments = count("job_development");

        refused(() -> body(post(TRAINING + "/job-search/applications", office), """
                {"personId": "%s", "companyId": "%s", "appliedOn": "2026-08-03", "job": "検品"}""".formatted(person, unknown)), "companyId",
                "企業 " + unknown + " は企業台帳にありません。", "The company " + unknown + " is not in the company directory.");
        refused(() -> body(post(TRAINING + "/job-search/registrations", office), """
                {"personId": "%s", "registeredOn": "2026-03-01", "helloworkOffice": "ハローワーク飯田橋", "registrationNumber": "13010-1"}"""
                .formatted(person)), "personId", "2026-03-01 にこの事業所で就労移行支援を利用している記録",
                "The person has no usage contract for transition support at this office on 2026-03-01.");
        refused(() -> body(post(TRAINING + "/job-development", office), """
                {"companyId": "%s", "date": "2026-07-15", "staff": "加藤", "discussed": "求人の相談"}""".formatted(unknown)), "companyId",
                "企業 " + unknown + " は企業台帳にありません。", "The company " + unknown + " is not in the company directory.");
        String base = "/offices/" + office + "/training/job-search";
        mvc.perform(post(base + "/applications").with(uiUser("alpha.admin")).with(csrf()).param("personId", person.toString())
                        .param("companyId", unknown.toString()).param("appliedOn", "2026-08-03").param("job", "検品"))
                .andExpect(redirectedUrl(base + "?personId=" + person)).andExpect(flash().attribute("errorField", "companyId"));
        assertThat(count("job_application")).isEqualTo(applications);
        assertThat(count("hellowork_registration")).isEqualTo(registrations);
        assertThat(count("job_development")).isEqualTo(developments);

        UUID application = created(mvc, "alpha.admin", TRAINING + "/job-search/applications", """
                {"personId": "%s", "companyName": "つなぐ書店", "appliedOn": "2026-08-05", "job": "品出し"}""".formatted(person), office);
        refused(() -> body(post(TRAINING + "/job-search/applications/{a}/steps", office, application), step("INTERVIEW", "2026-08-01", "面接", null)),
                "date", "日付 2026-08-01 が前の状況の日 2026-08-05 より前です。", "The date 2026-08-01 is before the date of the previous status 2026-08-05.");
        json("alpha.admin", body(post(TRAINING + "/job-search/applications/{a}/steps", office, application), step("REJECTED", "2026-08-25", "書類選考", null)), 200);
        refused(() -> body(post(TRAINING + "/job-search/applications/{a}/steps", office, application), step("OFFER", "2026-09-01", "内定", null)),
                "status", "応募の状況を REJECTED から OFFER に進めることはできません。", "The application cannot move from REJECTED to OFFER.");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from job_application_step where application_id = ?", Long.class, application)))
                .isEqualTo(2);

        // isolation
        json("beta.admin", get(TRAINING + "/job-search/{p}", office, person), 404);
        json("beta.admin", get(TRAINING + "/job-development", office), 404);
        json("beta.admin", body(post(TRAINING + "/job-search/applications", office), """
                {"personId": "%s", "companyName": "つなぐ書店", "appliedOn": "2026-08-05", "job": "品出し"}""".formatted(person)), 404);
        mvc.perform(get(base + "?personId=" + person).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        UUID without = office(ALPHA, "1310000005");
        json("alpha.admin", get(TRAINING + "/job-search/{p}", without, person), 404);
        mvc.perform(get("/offices/" + without + "/training/job-search").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(TRAINING + "/job-search/{p}", office, person), 403);
        json("alpha.auditor", body(post(TRAINING + "/job-search/registrations", office), """
                {"personId": "%s", "registeredOn": "2026-07-01", "helloworkOffice": "ハローワーク飯田橋", "registrationNumber": "13010-1"}"""
                .formatted(person)), 403);
        assertThat(count("hellowork_registration")).isEqualTo(registrations);
        assertThat(count("job_application")).isEqualTo(applications + 1);
    }
}
