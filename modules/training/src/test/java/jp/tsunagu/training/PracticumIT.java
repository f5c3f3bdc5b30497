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
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Workplace practicums and the tenant's company directory (#22 point 3): the life of a practicum, bad input, pages, isolation, audit. */
class PracticumIT extends IntegrationTest {
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

    private static String practicum(UUID person, Object company, String from, String to) {
        return """
                {"personId": "%s", "companyId": "%s", "fromDate": "%s", "toDate": "%s", "tasks": "商品の検品と棚入れ"}"""
                .formatted(person, company, from, to);
    }

    private void refused(java.util.function.Supplier<MockHttpServletRequestBuilder> request, String field, String ja, String en) throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", request.get().header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo(field);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? ja : en);
        }
    }

    @Test
    @DisplayName("a person from intake to a practicum: the company in the tenant's directory (seen from another office of the tenant), the practicum, daily notes with a day without staff naming the company contact, evaluations by the company and by staff, the monthly review with the month's evaluations; the pages show them; reads and writes audited about the person")
    void fromIntakeToAPracticum() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 30));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (実習)");
        UUID other = transitionOffice(mvc, "alpha.admin", "横浜就労移行 (実習)");
        UUID person = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "高橋", "タカハシ", "2026-04-01", "2027-03-31");

        UUID company = created(mvc, "alpha.admin", TRAINING + "/companies", """
                {"name": "株式会社つなぐ物流 (実習)", "address": "東京都江東区有明1-1", "contactPerson": "人事部 佐藤", "phone": "03-0000-0000",
                 "industry": "物流", "note": "実習の受け入れ実績あり"}""", office);
        // the directory is the tenant's: another office sees the company, and a second one of the same name is refused
        String seen = json("alpha.admin", get(TRAINING + "/companies", other), 200);
        assertThat(JsonPath.<List<String>>read(seen, "$[*].id")).contains(company.toString());
        refused(() -> body(post(TRAINING + "/companies", other), """
                {"name": "株式会社つなぐ物流 (実習)"}"""), "name", "企業台帳に「株式会社つなぐ物流 (実習)」はすでに登録されています。",
                "株式会社つなぐ物流 (実習) is already in the company directory.");

        UUID practicumId = created(mvc, "alpha.admin", TRAINING + "/practicums", practicum(person, company, "2026-06-01", "2026-06-19"), office);
        String base = "/offices/" + office + "/training/practicums/" + practicumId;
        json("alpha.admin", body(post(TRAINING + "/practicums/{p}/notes", office, practicumId), """
                {"date": "2026-06-01", "staffPresent": true, "done": "検品の手順を職員と確認", "observations": "指示を復唱できた"}"""), 201);
        mvc.perform(post(base + "/notes").with(uiUser("alpha.admin")).with(csrf()).param("date", "2026-06-02").param("staffPresent", "false")
                        .param("companyContact", "現場主任 山田").param("done", "棚入れを一人で").param("observations", "午後に疲れが見えた"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("message", "日誌を登録しました。"));
        // a day without staff present must name the company contact
        refused(() -> body(post(TRAINING + "/practicums/{p}/notes", office, practicumId), """
                {"date": "2026-06-03", "staffPresent": false, "done": "棚入れ"}"""), "companyContact",
                "2026-06-03 は職員が同行していないため", "No staff member was present on 2026-06-03");
        String companyEvaluation = json("alpha.admin", body(post(TRAINING + "/practicums/{p}/evaluations", office, practicumId), """
                {"by": "COMPANY", "date": "2026-06-19", "evaluator": "現場主任 山田", "pace": 3, "paceNote": "午後に遅くなる", "accuracy": 5,
                 "attendance": 5, "communication": 4, "overall": "丁寧で正確。休憩の取り方が課題。"}"""), 201);
        String staffEvaluation = json("alpha.admin", body(post(TRAINING + "/practicums/{p}/evaluations", office, practicumId), """
                {"by": "STAFF", "date": "2026-06-19", "evaluator": "職業指導員 鈴木", "pace": 3, "accuracy": 4, "attendanceNote": "遅刻なし",
                 "communicationNote": "報告が遅れがち", "overall": "週20時間の就労に向けて体力づくりを続ける。"}"""), 201);
        String review = json("alpha.admin", body(post(TRAINING + "/practicums/{p}/reviews", office, practicumId), """
                {"month": "2026-06", "reviewedOn": "2026-06-26", "review": "短期目標「3週間の実習を休まず通う」は達成。作業の速さは計画どおり伸びていない。",
                 "nextSteps": "7月は午後の作業時間を延ばす"}"""), 201);
        assertThat(JsonPath.<List<String>>read(review, "$.evaluationIds")).containsExactlyInAnyOrder(
                JsonPath.<String>read(companyEvaluation, "$.id"), JsonPath.<String>read(staffEvaluation, "$.id"));

        String detail = json("alpha.admin", get(TRAINING + "/practicums/{p}", office, practicumId), 200);
        assertThat(JsonPath.<String>read(detail, "$.practicum.companyName")).isEqualTo("株式会社つなぐ物流 (実習)");
        assertThat(JsonPath.<List<String>>read(detail, "$.notes[*].date")).containsExactly("2026-06-01", "2026-06-02");
        assertThat(JsonPath.<List<Boolean>>read(detail, "$.notes[*].staffPresent")).containsExactly(true, false);
        assertThat(JsonPath.<List<String>>read(detail, "$.evaluations[*].by")).containsExactlyInAnyOrder("COMPANY", "STAFF");
        assertThat(JsonPath.<List<String>>read(detail, "$.reviews[*].month")).containsExactly("2026-06");

        String list = page("alpha.admin", "/offices/" + office + "/training/practicums");
        assertThat(list).contains("高橋 一", "株式会社つなぐ物流 (実習)", "令和8年6月1日 (2026-06-01)", "令和8年6月19日 (2026-06-19)");
        String shown = page("alpha.admin", base);
        assertThat(shown).contains("実習日誌", "同行なし", "現場主任 山田", "令和8年6月2日 (2026-06-02)", "丁寧で正確。休憩の取り方が課題。", "3/5 午後に遅くなる",
                "企業", "職員", "短期目標「3週間の実習を休まず通う」は達成。", "この月の評価: 2件");
        String companies = page("alpha.admin", "/offices/" + other + "/training/companies");
        assertThat(companies).contains("株式会社つなぐ物流 (実習)", "物流", "人事部 佐藤", "企業台帳は法人内のすべての事業所で共有されます。");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource in ('practicum', 'practicum_note', "
                + "'practicum_evaluation', 'practicum_review') and subject_person_id = ?", Long.class, person))).isGreaterThanOrEqualTo(8);
    }

    @Test
    @DisplayName("bad input and isolation: an unknown company refused naming companyId, a note outside the practicum naming date, the last day before the first naming toDate, a person not served naming personId (ja, en, API and page), nothing stored; another tenant and an office without the module 404, the auditor 403")
    void badInputAndIsolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 30));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (実習の誤り)");
        UUID person = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "伊藤", "イトウ", "2026-04-01", "2027-03-31");
        UUID company = created(mvc, "alpha.admin", TRAINING + "/companies", """
                {"name": "有限会社つなぐ製作所"}""", office);
        long practicums = count("practicum");
        UUID unknown = UUID.randomUUID();

        refused(() -> body(post(TRAINING + "/practicums", office), practicum(person, unknown, "2026-06-01", "2026-06-19")), "companyId",
                "企業 " + unknown + " は企業台帳にありません。", "The company " + unknown + " is not in the company directory.");
        refused(() -> body(post(TRAINING + "/practicums", office), practicum(person, company, "2026-06-19", "2026-06-01")), "toDate",
                "実習の終了日 2026-06-01 が開始日 2026-06-19 より前です。", "The last day of the practicum 2026-06-01 is before its first day 2026-06-19.");
        refused(() -> body(post(TRAINING + "/practicums", office), practicum(person, company, "2026-03-02", "2026-03-13")), "personId",
                "2026-03-02 にこの事業所で就労移行支援を利用している記録", "The person has no usage contract for transition support at this office on 2026-03-02.");
        mvc.perform(post("/offices/" + office + "/training/practicums").with(uiUser("alpha.admin")).with(csrf()).param("personId", person.toString())
                        .param("companyId", unknown.toString()).param("fromDate", "2026-06-01").param("toDate", "2026-06-19").param("tasks", "検品"))
                .andExpect(redirectedUrl("/offices/" + office + "/training/practicums")).andExpect(flash().attribute("errorField", "companyId"));
        assertThat(count("practicum")).isEqualTo(practicums);

        UUID practicumId = created(mvc, "alpha.admin", TRAINING + "/practicums", practicum(person, company, "2026-06-01", "2026-06-19"), office);
        long notes = count("practicum_note");
        refused(() -> body(post(TRAINING + "/practicums/{p}/notes", office, practicumId), """
                {"date": "2026-06-20", "staffPresent": true, "done": "検品"}"""), "date",
                "日誌の日付 2026-06-20 が実習期間 (2026-06-01 から 2026-06-19) の外です。", "The note date 2026-06-20 is outside the practicum (2026-06-01 to 2026-06-19).");
        String base = "/offices/" + office + "/training/practicums/" + practicumId;
        mvc.perform(post(base + "/notes").with(uiUser("alpha.admin")).with(csrf()).param("date", "2026-05-31").param("staffPresent", "true")
                        .param("done", "検品"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("errorField", "date"));
        assertThat(count("practicum_note")).isEqualTo(notes);

        // isolation
        json("beta.admin", get(TRAINING + "/practicums", office), 404);
        json("beta.admin", get(TRAINING + "/practicums/{p}", office, practicumId), 404);
        json("beta.admin", get(TRAINING + "/companies", office), 404);
        json("beta.admin", body(post(TRAINING + "/practicums", office), practicum(person, company, "2026-06-01", "2026-06-19")), 404);
        mvc.perform(get(base).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office + "/training/companies").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        UUID without = office(ALPHA, "1310000005");
        json("alpha.admin", get(TRAINING + "/practicums", without), 404);
        json("alpha.admin", get(TRAINING + "/companies", without), 404);
        mvc.perform(get("/offices/" + without + "/training/practicums").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(TRAINING + "/practicums", office), 403);
        json("alpha.auditor", get(TRAINING + "/practicums/{p}", office, practicumId), 403);
        json("alpha.auditor", body(post(TRAINING + "/companies", office), """
                {"name": "監査役の企業"}"""), 403);
        assertThat(count("practicum")).isEqualTo(practicums + 1);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from training_company where name = '監査役の企業'", Long.class))).isZero();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'practicum' and subject_person_id = ?",
                Long.class, person))).isGreaterThanOrEqualTo(1);
    }
}
