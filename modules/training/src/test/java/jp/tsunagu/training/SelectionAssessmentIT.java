package jp.tsunagu.training;

import static jp.tsunagu.training.SelectionFixtures.selectionOffice;
import static jp.tsunagu.training.SelectionFixtures.selectionUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.testsupport.DocumentTestSupport;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.training.events.AssessmentCompleted;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 就労選択支援's assessments (#22 point 7): the life cycle from start to the result sheet, facts apart from predictions,
 * the period within the rule's months, final once completed, {@link AssessmentCompleted}, the pages, isolation.
 */
@RecordApplicationEvents
class SelectionAssessmentIT extends IntegrationTest {
    private static final String ASSESSMENTS = "/api/v1/offices/{o}/training/assessments";

    @Autowired
    ApplicationEvents events;

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

    private long rows(String sql, Object... args) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(sql, Long.class, args));
    }

    private void refusedInBoth(java.util.function.Supplier<MockHttpServletRequestBuilder> request, String json, String field, String ja, String en) throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            String refused = this.json("alpha.admin", body(request.get().header("Accept-Language", language), json), 400);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo(field);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).contains(language.equals("ja") ? ja : en);
        }
    }

    @Test
    @DisplayName("the life cycle: a period past 2 months refused naming periodEnd (ja, en), nothing stored; started for one month; an observation, a fact, a prediction without evidence refused naming evidence (ja, en, also on the page), one with evidence; strengths, the case meeting; completed (AssessmentCompleted published), then final: edits refused naming assessmentId (ja, en), nothing stored; the result sheet, A4 in Japanese with facts and predictions apart, audited as an export; the pages")
    void lifeCycle() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 11, 2));
        UUID office = selectionOffice(mvc, "alpha.admin", "東京就労選択 (流れ)");
        UUID person = selectionUser(mvc, "alpha.admin", office, "松本", "マツモト", "2026-11-01", "2027-10-31").person();

        // at most 2 months: from 2026-11-01 the latest end is 2026-12-31
        refusedInBoth(() -> post(ASSESSMENTS, office), """
                {"personId": "%s", "startedOn": "2026-11-01", "periodEnd": "2027-01-01"}""".formatted(person), "periodEnd",
                "2026-11-01 から 2 か月 (2026-12-31 まで) を超えています", "more than 2 months after the start 2026-11-01");
        refusedInBoth(() -> post(ASSESSMENTS, office), """
                {"personId": "%s", "startedOn": "2026-10-01", "periodEnd": "2026-10-31"}""".formatted(person), "startedOn",
                "2026-10-01 にこの事業所で就労選択支援の利用契約がありません", "no usage contract for employment selection support");
        assertThat(rows("select count(*) from selection_assessment where office_id = ?", office)).isZero();

        String started = json("alpha.admin", body(post(ASSESSMENTS, office), """
                {"personId": "%s", "startedOn": "2026-11-01", "periodEnd": "2026-11-30"}""".formatted(person)), 201);
        String id = JsonPath.read(started, "$.id");
        assertThat(JsonPath.<String>read(started, "$.status")).isEqualTo("OPEN");
        assertThat(JsonPath.<String>read(started, "$.name")).isEqualTo("松本 一");
        String one = ASSESSMENTS + "/{a}";

        json("alpha.admin", body(post(one + "/observations", office, id), """
                {"observedOn": "2026-11-05", "task": "部品の組立 (ネジ締め)", "seen": "手順書を見ながら45分続けて正確に作業した", "evidence": "作業記録票 11/5"}"""), 201);
        refusedInBoth(() -> post(one + "/observations", office, id), """
                {"observedOn": "2026-12-05", "task": "清掃", "seen": "見た", "evidence": "記録"}""", "observedOn",
                "実施期間 (2026-11-01 から 2026-11-30) の外", "outside the period of the assessment");
        json("alpha.admin", body(post(one + "/findings", office, id), """
                {"kind": "FACT", "statement": "指示が書面であれば手順を間違えない", "evidence": "観察 11/5 と作業記録票"}"""), 201);
        refusedInBoth(() -> post(one + "/findings", office, id), """
                {"kind": "PREDICTION", "statement": "一般就労で週20時間働ける"}""", "evidence",
                "見立て (予測) には根拠が必要です", "A prediction needs its evidence");
        mvc.perform(post("/offices/" + office + "/training/assessments/" + id + "/findings").param("kind", "PREDICTION")
                        .param("statement", "一般就労で週20時間働ける").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl("/offices/" + office + "/training/assessments/" + id)).andExpect(flash().attribute("errorField", "evidence"));
        assertThat(rows("select count(*) from selection_finding where assessment_id = ?", UUID.fromString(id))).isOne();
        json("alpha.admin", body(post(one + "/findings", office, id), """
                {"kind": "PREDICTION", "statement": "書面の手順があれば週20時間の就労が見込める", "evidence": "11月の出席率95%と作業記録"}"""), 201);
        json("alpha.admin", body(put(one + "/strengths", office, id), """
                {"strengths": "集中力が続く。正確さ。", "conditions": "書面の手順書。静かな作業場所。"}"""), 200);
        MovableClock.moveTo(LocalDate.of(2026, 11, 30)); // the day the result is handed over
        // a completion dated ahead of today is refused (it would let planning pass a contract not yet due)
        refusedInBoth(() -> post(one + "/complete", office, id), """
                {"completedOn": "2026-12-01", "resultSummary": "A型での就労が見込まれる", "shareWithConsultation": true}""", "completedOn",
                "まだ来ていない日です", "has not come yet");
        // completing before the meeting is refused
        refusedInBoth(() -> post(one + "/complete", office, id), """
                {"completedOn": "2026-11-28", "resultSummary": "A型での就労が見込まれる", "shareWithConsultation": true}""", "meetingOn",
                "ケース会議を記録してください", "Record the case meeting");
        json("alpha.admin", body(put(one + "/meeting", office, id), """
                {"meetingOn": "2026-11-26", "participants": "本人, 千代田区障害福祉課, 相談支援事業所つなぐ, ハローワーク飯田橋", "summary": "A型を第一候補とする"}"""), 200);
        assertThat(events.stream(AssessmentCompleted.class)).isEmpty();
        String completed = json("alpha.admin", body(post(one + "/complete", office, id), """
                {"completedOn": "2026-11-28", "handedOverOn": "2026-11-30", "resultSummary": "書面の手順があればA型での就労が見込まれる", "shareWithConsultation": true}"""),
                200);
        assertThat(JsonPath.<String>read(completed, "$.status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<Integer>read(completed, "$.facts.length()")).isOne();
        assertThat(JsonPath.<Integer>read(completed, "$.predictions.length()")).isOne();
        assertThat(events.stream(AssessmentCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.officeId().value()).isEqualTo(office);
            assertThat(e.personId().value()).isEqualTo(person);
            assertThat(e.completedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(e.tenantId()).isEqualTo(ALPHA);
        });

        // final: every edit refused, nothing stored
        long before = rows("select count(*) from selection_observation where assessment_id = ?", UUID.fromString(id));
        refusedInBoth(() -> post(one + "/observations", office, id), """
                {"observedOn": "2026-11-29", "task": "清掃", "seen": "見た", "evidence": "記録"}""", "assessmentId",
                "2026-11-28 に完了しています。完了後は変更できません", "completed on 2026-11-28. It cannot be changed");
        refusedInBoth(() -> put(one + "/meeting", office, id), """
                {"meetingOn": "2026-11-27", "participants": "本人"}""", "assessmentId", "完了後は変更できません", "cannot be changed");
        refusedInBoth(() -> post(one + "/complete", office, id), """
                {"completedOn": "2026-11-29", "resultSummary": "別", "shareWithConsultation": false}""", "assessmentId", "完了後は変更できません",
                "cannot be changed");
        assertThat(rows("select count(*) from selection_observation where assessment_id = ?", UUID.fromString(id))).isEqualTo(before);
        assertThat(rows("select count(*) from selection_assessment where id = ? and meeting_on = '2026-11-26' and completed_on = '2026-11-28'",
                UUID.fromString(id))).isOne();
        assertThat(events.stream(AssessmentCompleted.class)).hasSize(1);

        // the result sheet
        var response = mvc.perform(as("alpha.admin", get(one + "/result.pdf", office, id))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            DocumentTestSupport.allA4(pdf, false);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                all.append(DocumentTestSupport.text(pdf, page));
            }
            String text = DocumentTestSupport.squeezed(all.toString());
            assertThat(text).contains("就労選択支援評価及び整理", "松本一(マツモトハジメ)様", "東京就労選択(流れ)",
                    "令和8年11月1日(2026-11-01)から令和8年11月30日(2026-11-30)まで", "作業場面の観察", "部品の組立(ネジ締め)", "作業記録票11/5",
                    "事実", "指示が書面であれば手順を間違えない", "見立て(予測)", "書面の手順があれば週20時間の就労が見込める", "11月の出席率95%と作業記録",
                    "集中力が続く。正確さ。", "書面の手順書。静かな作業場所。", "ハローワーク飯田橋", "令和8年11月26日(2026-11-26)",
                    "本人の同意を得て、この結果を相談支援事業所に提供します。", "この評価及び整理を令和8年11月30日(2026-11-30)に本人に交付しました。", "本人署名");
            assertThat(text.indexOf("指示が書面であれば")).isLessThan(text.indexOf("見立て(予測)"));
            assertThat(text.indexOf("見立て(予測)")).isLessThan(text.indexOf("書面の手順があれば週20時間"));
        }
        assertThat(rows("select count(*) from audit_record where resource = 'selection_result_sheet' and action = 'EXPORT' and subject_person_id = ?",
                person)).isOne();
        assertThat(rows("select count(*) from audit_record where resource = 'selection_assessment' and subject_person_id = ?", person))
                .isGreaterThanOrEqualTo(4);
        var english = mvc.perform(as("alpha.admin", get(one + "/result.pdf", office, id).header("Accept-Language", "en"))).andExpect(status().isOk())
                .andReturn().getResponse();
        try (PDDocument pdf = Loader.loadPDF(english.getContentAsByteArray())) {
            assertThat(DocumentTestSupport.text(pdf, 1)).contains("Employment selection support: assessment result");
        }

        // the pages
        String list = mvc.perform(get("/offices/" + office + "/training/assessments").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("就労選択支援のアセスメント", "マツモト ハジメ", "令和8年11月28日 (2026-11-28) 完了");
        String page = mvc.perform(get("/offices/" + office + "/training/assessments/" + id).with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("指示が書面であれば手順を間違えない", "見立て (予測)", "ハローワーク飯田橋", "評価及び整理 (PDF)", "result.pdf")
                .doesNotContain("observation-form");
    }

    @Test
    @DisplayName("the start form on the page, and isolation: another tenant 404, an office without the module 404, the auditor 403; the sheet of an assessment not completed is refused")
    void pagesAndIsolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 11, 2));
        UUID office = selectionOffice(mvc, "alpha.admin", "東京就労選択 (分離)");
        UUID person = selectionUser(mvc, "alpha.admin", office, "森", "モリ", "2026-11-01", "2027-10-31").person();
        String list = mvc.perform(get("/offices/" + office + "/training/assessments").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("アセスメントを始める", "森 一 (モリ ハジメ)");
        mvc.perform(post("/offices/" + office + "/training/assessments").param("personId", person.toString()).param("startedOn", "2026-11-01")
                        .param("periodEnd", "2027-02-01").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl("/offices/" + office + "/training/assessments")).andExpect(flash().attribute("errorField", "periodEnd"));
        mvc.perform(post("/offices/" + office + "/training/assessments").param("personId", person.toString()).param("startedOn", "2026-11-01")
                .param("periodEnd", "2026-12-31").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "アセスメントを始めました。"));
        UUID id = inTenant(ALPHA, () -> jdbc.queryForObject("select id from selection_assessment where office_id = ?", UUID.class, office));
        json("alpha.admin", get(ASSESSMENTS + "/{a}/result.pdf", office, id), 400);

        json("beta.admin", get(ASSESSMENTS, office), 404);
        json("beta.admin", get(ASSESSMENTS + "/{a}", office, id), 404);
        json("beta.admin", get(ASSESSMENTS + "/{a}/result.pdf", office, id), 404);
        json("beta.admin", body(post(ASSESSMENTS + "/{a}/findings", office, id), """
                {"kind": "FACT", "statement": "x"}"""), 404);
        mvc.perform(get("/offices/" + office + "/training/assessments/" + id).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        UUID without = office(ALPHA, "1310000005");
        json("alpha.admin", get(ASSESSMENTS, without), 404);
        json("alpha.admin", get(ASSESSMENTS + "/{a}", without, id), 404);
        mvc.perform(get("/offices/" + without + "/training/assessments").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(ASSESSMENTS, office), 403);
        json("alpha.auditor", get(ASSESSMENTS + "/{a}/result.pdf", office, id), 403);
        json("alpha.auditor", body(post(ASSESSMENTS + "/{a}/findings", office, id), """
                {"kind": "FACT", "statement": "x"}"""), 403);
        assertThat(rows("select count(*) from selection_finding where assessment_id = ?", id)).isZero();
    }
}
