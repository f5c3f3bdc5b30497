package jp.tsunagu.training;

import static jp.tsunagu.training.TrainingFixtures.retentionOffice;
import static jp.tsunagu.training.TrainingFixtures.retentionSupport;
import static jp.tsunagu.training.TrainingFixtures.retentionUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.testsupport.DocumentTestSupport;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.training.api.TrainingQueries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 就労定着支援 (#22 point 6): TR-3's rate and units, contacts and the months' billable flag, the support report and its PDF, bad input, isolation. */
class RetentionSupportIT extends IntegrationTest {
    private static final String SUPPORTS = "/api/v1/offices/{o}/training/retention-support";

    @Autowired
    TrainingQueries queries;

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

    private long rows(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, office));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("TR-3 the service's retention rate: 40 persons supported in FY2023-FY2025, 37 employed on 2026-03-31 → 92.5 % → 3,348 units a month for FY2026; one who left on 2026-03-31 itself counts as not employed; corrected to 2026-04-01 → 38 → 95 % → 3,512; shown on the page")
    void tr3TheServiceRate() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 5, 10));
        UUID office = retentionOffice(mvc, "alpha.admin", "東京就労定着 (TR-3)");
        List<UUID> supports = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID person = retentionUser(mvc, "alpha.admin", office, "定着", "テイチャク", "2024-04-01", "2025-03-31");
            supports.add(retentionSupport(mvc, "alpha.admin", office, person, "株式会社つなぐ商事", "2023-10-01", "2024-04-01", "2027-03-31", false));
        }
        // two left their job during FY2025, a third on 2026-03-31 itself: not employed after the year's end
        for (int i = 0; i < 2; i++) {
            json("alpha.admin", body(post(SUPPORTS + "/{s}/end", office, supports.get(i)), """
                    {"endedOn": "2025-09-30", "reason": "自己都合退職"}"""), 200);
        }
        json("alpha.admin", body(post(SUPPORTS + "/{s}/end", office, supports.get(2)), """
                {"endedOn": "2026-03-31", "reason": "契約期間満了"}"""), 200);

        String rate = json("alpha.admin", get(SUPPORTS + "/rate/{fy}", office, 2026), 200);
        assertThat(JsonPath.<String>read(rate, "$.windowFrom")).isEqualTo("2023-04-01");
        assertThat(JsonPath.<String>read(rate, "$.windowTo")).isEqualTo("2026-03-31");
        assertThat(JsonPath.<Integer>read(rate, "$.users")).isEqualTo(40);
        assertThat(JsonPath.<Integer>read(rate, "$.employed")).isEqualTo(37);
        assertThat(JsonPath.<Double>read(rate, "$.percent")).isEqualTo(92.5);
        assertThat(JsonPath.<String>read(rate, "$.band")).isEqualTo("90_TO_95");
        assertThat(JsonPath.<Integer>read(rate, "$.monthlyUnits")).isEqualTo(3_348);
        assertThat(JsonPath.<String>read(rate, "$.trail")).contains("retention-support-units", "37", "40");

        // the third left on 2026-04-01 after all: employed at the year's end → 38/40 = 95 % → 3,512
        json("alpha.admin", body(post(SUPPORTS + "/{s}/end", office, supports.get(2)), """
                {"endedOn": "2026-04-01", "reason": "契約期間満了"}"""), 200);
        String corrected = json("alpha.admin", get(SUPPORTS + "/rate/{fy}", office, 2026), 200);
        assertThat(JsonPath.<Integer>read(corrected, "$.employed")).isEqualTo(38);
        assertThat(JsonPath.<Double>read(corrected, "$.percent")).isEqualTo(95.0);
        assertThat(JsonPath.<String>read(corrected, "$.band")).isEqualTo("95_PLUS");
        assertThat(JsonPath.<Integer>read(corrected, "$.monthlyUnits")).isEqualTo(3_512);
        // the api claims read gives the same
        assertThat(inTenant(ALPHA, () -> queries.retentionServiceRate(new OfficeId(office), jp.tsunagu.kernel.FiscalYear.startingIn(2026)).monthlyUnits()))
                .isEqualTo(3_512);
        // and for a claim's service month (July 2026 is in FY2026)
        assertThat(inTenant(ALPHA, () -> queries.retentionServiceRate(new OfficeId(office), YearMonth.of(2026, 7)).monthlyUnits()))
                .isEqualTo(3_512);
        // FY2023's window (FY2020-FY2022) had nobody: no rate
        String none = json("alpha.admin", get(SUPPORTS + "/rate/{fy}", office, 2023), 200);
        assertThat(JsonPath.<Integer>read(none, "$.users")).isZero();
        assertThat(none).doesNotContain("monthlyUnits");

        String list = page("/offices/" + office + "/training/retention-support?fiscalYear=2026");
        assertThat(list).contains("利用者 40人のうち", "就労が続いている方 38人", "就労定着率 95.0%", "月 3,512 単位", "令和8年度");
    }

    @Test
    @DisplayName("months and the flag: contacts in April (face to face), May (by phone only) and June; May is flagged and not billable, and this month is flagged until a face-to-face contact; the April report is shared with the person and (with consent) the employer, and its A4 PDF shows the month in 和暦 with ISO, audited as an export; a report marked face to face for May is refused (ja, en), nothing stored; the api counts the contacts")
    void monthsFlagReportAndPdf() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 2));
        UUID office = retentionOffice(mvc, "alpha.admin", "東京就労定着 (月)");
        UUID person = retentionUser(mvc, "alpha.admin", office, "松本", "マツモト", "2026-04-01", "2027-03-31");
        UUID support = retentionSupport(mvc, "alpha.admin", office, person, "株式会社みらい物流", "2025-10-01", "2026-04-01", "2029-03-31", true);
        json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-04-10", "faceToFace": true, "withWhom": "PERSON", "issues": "通勤の疲れ", "note": "職場で面談"}"""), 201);
        json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-05-12", "faceToFace": false, "withWhom": "EMPLOYER", "issues": "勤怠は安定"}"""), 201);

        // June: no face-to-face contact yet → flagged in the list, on the first screen
        String list = json("alpha.admin", get(SUPPORTS, office), 200);
        assertThat(JsonPath.<Boolean>read(list, "$[0].flagged")).isTrue();
        assertThat(page("/offices/" + office + "/training/retention-support")).contains("今月まだ対面での支援がありません", "マツモト ハジメ");
        String home = mvc.perform(get("/").param("office", office.toString()).with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("就労定着支援: 今月まだ対面での支援がない方", "対面なし 1人", "松本 一");

        json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-06-02", "faceToFace": true, "withWhom": "PERSON"}"""), 201);
        String months = json("alpha.admin", get(SUPPORTS + "/{s}/months", office, support), 200);
        assertThat(JsonPath.<List<String>>read(months, "$[*].month")).containsExactly("2026-04", "2026-05", "2026-06");
        assertThat(JsonPath.<List<Boolean>>read(months, "$[*].billable")).containsExactly(true, false, true);
        assertThat(JsonPath.<List<Integer>>read(months, "$[*].contacts")).containsExactly(1, 1, 1);
        assertThat(JsonPath.<Boolean>read(json("alpha.admin", get(SUPPORTS, office), 200), "$[0].flagged")).isFalse();
        assertThat(inTenant(ALPHA, () -> queries.faceToFaceContacts(new OfficeId(office), new PersonId(person), YearMonth.of(2026, 5)))).isZero();
        assertThat(inTenant(ALPHA, () -> queries.faceToFaceContacts(new OfficeId(office), new PersonId(person), YearMonth.of(2026, 4)))).isOne();

        // May marked face to face: refused naming faceToFace (ja, en), nothing stored, also on the page
        for (String language : new String[] {"ja", "en"}) {
            String refused = json("alpha.admin", body(post(SUPPORTS + "/{s}/reports", office, support).header("Accept-Language", language), """
                    {"month": "2026-05", "supportGiven": "企業と電話で状況確認", "faceToFace": true, "sharedWithPersonOn": "2026-05-31"}"""), 400);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("faceToFace");
            assertThat(JsonPath.<String>read(refused, "$.errors[0].message"))
                    .contains(language.equals("ja") ? "対面での支援の記録がありません" : "No face-to-face contact is recorded in 2026-05");
        }
        mvc.perform(post("/offices/" + office + "/training/retention-support/" + support + "/reports").param("month", "2026-05")
                        .param("supportGiven", "電話").param("faceToFace", "true").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl("/offices/" + office + "/training/retention-support/" + support))
                .andExpect(flash().attribute("errorField", "faceToFace"));
        assertThat(rows("retention_report", office)).isZero();

        // April's report, shared with the person and, with consent, the employer
        String written = json("alpha.admin", body(post(SUPPORTS + "/{s}/reports", office, support), """
                {"month": "2026-04", "supportGiven": "職場で本人と面談し、通勤と業務の様子を確認した", "issues": "朝の通勤で疲れやすい",
                 "nextSteps": "5月に企業の担当者と勤務時間を相談する", "faceToFace": true, "sharedWithPersonOn": "2026-04-30",
                 "sharedWithEmployerOn": "2026-05-01"}"""), 200);
        assertThat(JsonPath.<Boolean>read(written, "$.months[0].reportDone")).isTrue();
        assertThat(rows("retention_report", office)).isOne();

        byte[] pdf = mvc.perform(as("alpha.admin", get(SUPPORTS + "/{s}/reports/{m}/report.pdf", office, support, "2026-04")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            DocumentTestSupport.allA4(document, false);
            String text = DocumentTestSupport.squeezed(DocumentTestSupport.text(document, 1));
            assertThat(text).contains("就労定着支援支援レポート", "松本一様", "令和8年4月(2026-04)", "株式会社みらい物流", "令和8年4月10日(2026-04-10)",
                    "職場で本人と面談し、通勤と業務の様子を確認した", "朝の通勤で疲れやすい", "令和8年4月30日(2026-04-30)", "令和8年5月1日(2026-05-01)",
                    "あり(この月は請求できます)");
        }
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'retention_report' and action = 'EXPORT' and subject_person_id = ?", Long.class,
                person))).isOne();
        // the page: the months with May flagged, the PDF link
        assertThat(page("/offices/" + office + "/training/retention-support/" + support))
                .contains("対面なし: 請求できません", "/reports/2026-04/report.pdf", "令和8年5月 (2026-05)");
        mvc.perform(get("/offices/" + office + "/training/retention-support/" + support + "/reports/2026-04/report.pdf").with(uiUser("alpha.admin")))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("bad input: support beyond 3 years (supportTo), a contact after the end of support or before its start (date), sharing with the employer without consent (sharedWithEmployerOn), a person not served for 就労定着支援: refused naming the field (ja, en), nothing stored")
    void badInput() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 2));
        UUID office = retentionOffice(mvc, "alpha.admin", "東京就労定着 (入力)");
        UUID person = retentionUser(mvc, "alpha.admin", office, "佐藤", "サトウ", "2026-04-01", "2027-03-31");
        for (String language : new String[] {"ja", "en"}) {
            String refused = json("alpha.admin", body(post(SUPPORTS, office).header("Accept-Language", language), """
                    {"personId": "%s", "employer": "株式会社つなぐ", "hireDate": "2025-10-01", "supportFrom": "2026-04-01", "supportTo": "2029-04-01"}"""
                    .formatted(person)), 400);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("supportTo");
            assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).contains(language.equals("ja") ? "3 年まで" : "at most 3 years");
        }
        String early = json("alpha.admin", body(post(SUPPORTS, office), """
                {"personId": "%s", "employer": "株式会社つなぐ", "hireDate": "2026-01-01", "supportFrom": "2026-04-01", "supportTo": "2027-03-31"}"""
                .formatted(person)), 400);
        assertThat(JsonPath.<String>read(early, "$.errors[0].field")).isEqualTo("supportFrom");
        String notServed = json("alpha.admin", body(post(SUPPORTS, office), """
                {"personId": "%s", "employer": "株式会社つなぐ", "hireDate": "2025-09-01", "supportFrom": "2026-03-01", "supportTo": "2027-03-31"}"""
                .formatted(person)), 400);
        assertThat(JsonPath.<String>read(notServed, "$.errors[0].field")).isEqualTo("supportFrom");
        json("alpha.admin", body(post(SUPPORTS, office), "{}"), 400);
        assertThat(rows("retention_support", office)).isZero();

        UUID support = retentionSupport(mvc, "alpha.admin", office, person, "株式会社つなぐ", "2025-10-01", "2026-04-01", "2026-05-31", false);
        for (String language : new String[] {"ja", "en"}) {
            String after = json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support).header("Accept-Language", language), """
                    {"date": "2026-06-01", "faceToFace": true, "withWhom": "PERSON"}"""), 400);
            assertThat(JsonPath.<String>read(after, "$.errors[0].field")).isEqualTo("date");
            assertThat(JsonPath.<String>read(after, "$.errors[0].message"))
                    .contains(language.equals("ja") ? "支援期間 (2026-04-01 から 2026-05-31 まで) の外です" : "outside the support (2026-04-01 to 2026-05-31)");
        }
        String before = json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-03-31", "faceToFace": true, "withWhom": "PERSON"}"""), 400);
        assertThat(JsonPath.<String>read(before, "$.errors[0].field")).isEqualTo("date");
        mvc.perform(post("/offices/" + office + "/training/retention-support/" + support + "/contacts").param("date", "2026-06-01")
                        .param("faceToFace", "true").param("withWhom", "PERSON").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("errorField", "date"));
        assertThat(rows("retention_contact", office)).isZero();
        // the support ended early (left the job on 2026-05-15): a contact on 2026-05-20 is after its end
        json("alpha.admin", body(post(SUPPORTS + "/{s}/end", office, support), """
                {"endedOn": "2026-05-15", "reason": "退職"}"""), 200);
        String afterEnd = json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-05-20", "faceToFace": true, "withWhom": "PERSON"}"""), 400);
        assertThat(JsonPath.<String>read(afterEnd, "$.errors[0].field")).isEqualTo("date");
        json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-05-14", "faceToFace": true, "withWhom": "PERSON"}"""), 201);
        String noConsent = json("alpha.admin", body(post(SUPPORTS + "/{s}/reports", office, support), """
                {"month": "2026-05", "supportGiven": "面談", "faceToFace": true, "sharedWithEmployerOn": "2026-05-31"}"""), 400);
        assertThat(JsonPath.<String>read(noConsent, "$.errors[0].field")).isEqualTo("sharedWithEmployerOn");
        assertThat(rows("retention_report", office)).isZero();
    }

    @Test
    @DisplayName("isolation: another tenant's admin gets 404 on the list, a support, its contacts and its PDF; an office without the module 404; the auditor 403; reads are audited about the person")
    void isolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 2));
        UUID office = retentionOffice(mvc, "alpha.admin", "東京就労定着 (分離)");
        UUID person = retentionUser(mvc, "alpha.admin", office, "高橋", "タカハシ", "2026-04-01", "2027-03-31");
        UUID support = retentionSupport(mvc, "alpha.admin", office, person, "株式会社つなぐ", "2025-10-01", "2026-04-01", "2029-03-31", true);
        json("alpha.admin", get(SUPPORTS + "/{s}", office, support), 200);

        json("beta.admin", get(SUPPORTS, office), 404);
        json("beta.admin", get(SUPPORTS + "/{s}", office, support), 404);
        json("beta.admin", get(SUPPORTS + "/rate/{fy}", office, 2026), 404);
        json("beta.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-06-01", "faceToFace": true, "withWhom": "PERSON"}"""), 404);
        json("beta.admin", get(SUPPORTS + "/{s}/reports/{m}/report.pdf", office, support, "2026-04"), 404);
        mvc.perform(get("/offices/" + office + "/training/retention-support").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office + "/training/retention-support/" + support).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        UUID without = office(ALPHA, "1310000005");
        json("alpha.admin", get(SUPPORTS, without), 404);
        json("alpha.admin", get(SUPPORTS + "/{s}", without, support), 404);
        mvc.perform(get("/offices/" + without + "/training/retention-support").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(SUPPORTS, office), 403);
        json("alpha.auditor", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-06-01", "faceToFace": true, "withWhom": "PERSON"}"""), 403);
        assertThat(rows("retention_contact", office)).isZero();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'retention_support' and action = 'READ' and subject_person_id = ?", Long.class,
                person))).isGreaterThanOrEqualTo(1);
    }
}
