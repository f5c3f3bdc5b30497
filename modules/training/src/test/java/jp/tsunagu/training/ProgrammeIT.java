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
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The programme (#22 point 2): items and sessions, attendance through the workspace module's check-ins, each person's
 * progress against the short-term goals of the plan in force; bad input, pages, isolation, audit.
 */
class ProgrammeIT extends IntegrationTest {
    private static final String PROGRAMME = "/api/v1/offices/{o}/training/programme";

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

    private void refused(java.util.function.Supplier<MockHttpServletRequestBuilder> request, String field, String ja, String en) throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", request.get().header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo(field);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? ja : en);
        }
    }

    private static String session(UUID item, String date, String from, String to) {
        return """
                {"itemId": "%s", "date": "%s", "startsAt": "%s", "endsAt": "%s", "leader": "職業指導員 鈴木", "place": "作業室",
                 "content": "検品の手順と報告の仕方"}""".formatted(item, date, from, to);
    }

    private static String attendance(UUID a, String statusA, UUID b, String statusB) {
        return """
                {"entries": [{"personId": "%s", "status": "%s"}, {"personId": "%s", "status": "%s", "note": "体調不良で欠席の連絡あり"}]}"""
                .formatted(a, statusA, b, statusB);
    }

    @Test
    @DisplayName("a programme day: items, a session, the roster with the workspace's check-ins, one present (checked in) and one absent; progress against the plan's short-term goal through the item, with the attendance beside it; the pages show them; reads and writes audited about each person")
    void aProgrammeDay() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 10));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (プログラム)");
        UUID takahashi = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "高橋", "タカハシ", "2026-04-01", "2027-03-31");
        UUID ito = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "伊藤", "イトウ", "2026-04-01", "2027-03-31");
        PlanningFixtures.deliveredPlan(mvc, "alpha.admin", office, takahashi, "TRANSITION", LocalDate.of(2026, 4, 10));
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "就労移行 (プログラム)", "TRANSITION");
        WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, takahashi, "2026-06-10", "09:02", group);

        UUID work = created(mvc, "alpha.admin", PROGRAMME + "/items", """
                {"kind": "WORK_PRACTICE", "title": "軽作業 (検品)", "description": "正確さと報告"}""", office);
        created(mvc, "alpha.admin", PROGRAMME + "/items", """
                {"kind": "LECTURE", "title": "ビジネスマナー講座"}""", office);
        UUID sessionId = created(mvc, "alpha.admin", PROGRAMME + "/sessions", session(work, "2026-06-10", "09:30", "11:30"), office);

        String roster = json("alpha.admin", get(PROGRAMME + "/sessions/{s}", office, sessionId), 200);
        assertThat(JsonPath.<List<String>>read(roster, "$.roster[*].kana")).containsExactly("イトウ ハジメ", "タカハシ ハジメ");
        assertThat(JsonPath.<String>read(roster, "$.roster[1].checkIn")).isEqualTo("09:02:00");
        assertThat(JsonPath.<java.util.Map<String, Object>>read(roster, "$.roster[0]")).doesNotContainKey("checkIn");

        String recorded = json("alpha.admin", body(post(PROGRAMME + "/sessions/{s}/attendance", office, sessionId),
                attendance(takahashi, "PRESENT", ito, "ABSENT")), 200);
        assertThat(JsonPath.<List<String>>read(recorded, "$.roster[*].status")).containsExactly("ABSENT", "PRESENT");
        assertThat(JsonPath.<Integer>read(recorded, "$.session.present")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(recorded, "$.session.absent")).isEqualTo(1);
        // recording again replaces: the page's check boxes mark 伊藤 absent again (the note kept), nothing is added
        String sessionPage = "/offices/" + office + "/training/programme/sessions/" + sessionId;
        mvc.perform(post(sessionPage + "/attendance").with(uiUser("alpha.admin")).with(csrf()).param("present", takahashi.toString())
                        .param("absent", ito.toString()))
                .andExpect(redirectedUrl(sessionPage)).andExpect(flash().attribute("message", "出欠を記録しました。"));
        assertThat(count("programme_attendance where session_id = '" + sessionId + "'")).isEqualTo(2);

        String progress = json("alpha.admin", body(post(PROGRAMME + "/persons/{p}/progress", office, takahashi), """
                {"goalNumber": 1, "recordedOn": "2026-06-10", "level": "IN_PROGRESS", "itemId": "%s",
                 "note": "検品で週4日の通所が続いている"}""".formatted(work)), 201);
        assertThat(JsonPath.<String>read(progress, "$.goal")).isEqualTo("週4日通所する");
        String person = json("alpha.admin", get(PROGRAMME + "/persons/{p}", office, takahashi), 200);
        assertThat(JsonPath.<Integer>read(person, "$.plan.version")).isEqualTo(1);
        assertThat(JsonPath.<String>read(person, "$.plan.deliveredOn")).isEqualTo("2026-04-10");
        assertThat(JsonPath.<String>read(person, "$.goals[0].goal")).isEqualTo("週4日通所する");
        assertThat(JsonPath.<String>read(person, "$.goals[0].level")).isEqualTo("IN_PROGRESS");
        assertThat(JsonPath.<String>read(person, "$.goals[0].items[0].title")).isEqualTo("軽作業 (検品)");
        assertThat(JsonPath.<Integer>read(person, "$.goals[0].items[0].present")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(person, "$.goals[0].items[0].held")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(person, "$.attendance[0].present")).isEqualTo(1);

        String list = page("alpha.admin", "/offices/" + office + "/training/programme");
        assertThat(list).contains("軽作業 (検品)", "作業実習", "ビジネスマナー講座", "講座", "令和8年6月10日 (2026-06-10)", "09:30–11:30", "高橋 一 (タカハシ ハジメ)");
        String shown = page("alpha.admin", sessionPage);
        assertThat(shown).contains("出席 1 人・欠席 1 人", "09:02", "通所の記録なし", "欠席 体調不良で欠席の連絡あり");
        String personPage = page("alpha.admin", "/offices/" + office + "/training/programme/persons/" + takahashi);
        assertThat(personPage).contains("短期目標 1", "週4日通所する", "取組中", "出席 1 回・欠席 0 回 (実施 1 回)", "検品で週4日の通所が続いている",
                "第1版 (令和8年4月10日 (2026-04-10) 交付)", "一般就労", "100%");
        String english = mvc.perform(get("/offices/" + office + "/training/programme/persons/" + takahashi).with(uiUser("alpha.admin"))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Short-term goal 1", "In progress", "1 present, 0 absent (1 sessions held)");

        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource in ('programme_attendance', "
                + "'programme_session', 'goal_progress') and subject_person_id = ?", Long.class, takahashi))).isGreaterThanOrEqualTo(5);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'programme_attendance' "
                + "and subject_person_id = ?", Long.class, ito))).isEqualTo(2);
    }

    @Test
    @DisplayName("bad input and isolation: present without a check-in, a session ahead, a person twice or not served, a title twice, an end before the start, an unknown item, progress without a delivered plan, a goal not in the plan, a day ahead (ja, en, API and page), nothing stored; another tenant and an office without the module 404, the auditor 403")
    void badInputAndIsolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 10));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (プログラムの誤り)");
        UUID other = transitionOffice(mvc, "alpha.admin", "横浜就労移行 (プログラムの誤り)");
        UUID takahashi = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "高橋", "タカハシ", "2026-04-01", "2027-03-31");
        UUID ito = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "伊藤", "イトウ", "2026-04-01", "2027-03-31");
        UUID elsewhere = TrainingFixtures.transitionUser(mvc, "alpha.admin", other, "渡辺", "ワタナベ", "2026-04-01", "2027-03-31");
        PlanningFixtures.deliveredPlan(mvc, "alpha.admin", office, takahashi, "TRANSITION", LocalDate.of(2026, 4, 10));
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "就労移行 (誤り)", "TRANSITION");
        WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, takahashi, "2026-06-10", "09:05", group);
        UUID work = created(mvc, "alpha.admin", PROGRAMME + "/items", """
                {"kind": "SKILLS_TRAINING", "title": "PC訓練"}""", office);
        UUID today = created(mvc, "alpha.admin", PROGRAMME + "/sessions", session(work, "2026-06-10", "13:00", "15:00"), office);
        UUID ahead = created(mvc, "alpha.admin", PROGRAMME + "/sessions", session(work, "2026-06-20", "13:00", "15:00"), office);
        long items = count("programme_item");
        long sessions = count("programme_session");
        long attendances = count("programme_attendance");
        long progress = count("goal_progress");

        refused(() -> body(post(PROGRAMME + "/sessions/{s}/attendance", office, today), attendance(takahashi, "PRESENT", ito, "PRESENT")), "personId",
                "伊藤 一 さんは 2026-06-10 に通所の記録 (チェックイン) がないため出席にできません。",
                "伊藤 一 was not checked in at the office on 2026-06-10 and cannot be recorded present.");
        refused(() -> body(post(PROGRAMME + "/sessions/{s}/attendance", office, ahead), attendance(takahashi, "ABSENT", ito, "ABSENT")), "sessionId",
                "2026-06-20 の実施はまだ先です。", "The session on 2026-06-20 has not taken place yet.");
        refused(() -> body(post(PROGRAMME + "/sessions/{s}/attendance", office, today), attendance(ito, "ABSENT", ito, "ABSENT")), "personId",
                "同じ方 (" + ito + ") が2回", "The same person (" + ito + ") is chosen twice");
        refused(() -> body(post(PROGRAMME + "/sessions/{s}/attendance", office, today), attendance(takahashi, "PRESENT", elsewhere, "ABSENT")),
                "personId", "2026-06-10 にこの事業所で就労移行支援または就労選択支援を利用している記録がない方",
                "The person " + elsewhere + " has no usage contract for transition or employment selection support at this office on 2026-06-10.");
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", body(post(PROGRAMME + "/sessions/{s}/attendance", office, today), """
                    {"entries": []}""").header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo("entries");
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).isNotBlank().isNotEqualTo("entries");
        }
        refused(() -> body(post(PROGRAMME + "/items", office), """
                {"kind": "LECTURE", "title": "PC訓練"}"""), "title", "この事業所のプログラムに「PC訓練」はすでにあります。",
                "The office already has a programme item called PC訓練.");
        refused(() -> body(post(PROGRAMME + "/sessions", office), session(work, "2026-06-11", "15:00", "13:00")), "endsAt",
                "終了時刻 13:00 が開始時刻 15:00 より後ではありません。", "The end time 13:00 is not after the start time 15:00.");
        UUID unknown = UUID.randomUUID();
        refused(() -> body(post(PROGRAMME + "/sessions", office), session(unknown, "2026-06-11", "13:00", "15:00")), "itemId",
                "プログラムの項目 " + unknown + " はこの事業所にありません。", "The programme item " + unknown + " is not one of this office.");
        refused(() -> body(post(PROGRAMME + "/persons/{p}/progress", office, ito), """
                {"goalNumber": 1, "recordedOn": "2026-06-10", "level": "IN_PROGRESS"}"""), "recordedOn",
                "2026-06-10 に交付済みの就労移行支援の個別支援計画がありません。", "No transition support plan had been delivered by 2026-06-10.");
        refused(() -> body(post(PROGRAMME + "/persons/{p}/progress", office, takahashi), """
                {"goalNumber": 2, "recordedOn": "2026-06-10", "level": "ACHIEVED"}"""), "goalNumber",
                "短期目標 2 は計画 (第1版) にありません。短期目標は 1 件です。", "Short-term goal 2 is not in the plan (version 1), which has 1 short-term goals.");
        refused(() -> body(post(PROGRAMME + "/persons/{p}/progress", office, takahashi), """
                {"goalNumber": 1, "recordedOn": "2026-06-11", "level": "ACHIEVED"}"""), "recordedOn", "記録日 2026-06-11 は今日より後です。",
                "The date 2026-06-11 is after today.");
        refused(() -> body(post(PROGRAMME + "/persons/{p}/progress", office, takahashi), """
                {"goalNumber": 1, "recordedOn": "2026-04-09", "level": "NOT_STARTED"}"""), "recordedOn", "2026-04-09 に交付済みの",
                "No transition support plan had been delivered by 2026-04-09.");
        refused(() -> body(post(PROGRAMME + "/persons/{p}/progress", office, takahashi), """
                {"goalNumber": 1, "recordedOn": "2026-06-10", "level": "ACHIEVED", "itemId": "%s"}""".formatted(unknown)), "itemId",
                "プログラムの項目 " + unknown + " はこの事業所にありません。", "The programme item " + unknown + " is not one of this office.");
        // the page: 伊藤 ticked present without a check-in comes back naming the field
        String sessionPage = "/offices/" + office + "/training/programme/sessions/" + today;
        mvc.perform(post(sessionPage + "/attendance").with(uiUser("alpha.admin")).with(csrf()).param("present", takahashi.toString(), ito.toString()))
                .andExpect(redirectedUrl(sessionPage)).andExpect(flash().attribute("errorField", "personId"));
        String personPage = "/offices/" + office + "/training/programme/persons/" + takahashi;
        mvc.perform(post(personPage + "/progress").with(uiUser("alpha.admin")).with(csrf()).param("goalNumber", "3").param("recordedOn", "2026-06-10")
                        .param("level", "ACHIEVED"))
                .andExpect(redirectedUrl(personPage)).andExpect(flash().attribute("errorField", "goalNumber"));
        assertThat(count("programme_item")).isEqualTo(items);
        assertThat(count("programme_session")).isEqualTo(sessions);
        assertThat(count("programme_attendance")).isEqualTo(attendances);
        assertThat(count("goal_progress")).isEqualTo(progress);

        // a person without a plan: the page says so; a person the office never served is not found
        assertThat(page("alpha.admin", "/offices/" + office + "/training/programme/persons/" + ito)).contains("交付済みの就労移行支援の個別支援計画がありません。");
        json("alpha.admin", get(PROGRAMME + "/persons/{p}", office, elsewhere), 404);

        // isolation
        json("beta.admin", get(PROGRAMME + "/items", office), 404);
        json("beta.admin", get(PROGRAMME + "/sessions", office), 404);
        json("beta.admin", get(PROGRAMME + "/sessions/{s}", office, today), 404);
        json("beta.admin", get(PROGRAMME + "/persons/{p}", office, takahashi), 404);
        json("beta.admin", body(post(PROGRAMME + "/items", office), """
                {"kind": "LECTURE", "title": "よその講座"}"""), 404);
        json("alpha.admin", get(PROGRAMME + "/sessions/{s}", other, today), 404);
        mvc.perform(get(sessionPage).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office + "/training/programme").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        UUID without = office(ALPHA, "1310000005");
        json("alpha.admin", get(PROGRAMME + "/items", without), 404);
        mvc.perform(get("/offices/" + without + "/training/programme").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(PROGRAMME + "/sessions/{s}", office, today), 403);
        json("alpha.auditor", get(PROGRAMME + "/persons/{p}", office, takahashi), 403);
        json("alpha.auditor", body(post(PROGRAMME + "/items", office), """
                {"kind": "LECTURE", "title": "監査役の講座"}"""), 403);
        assertThat(count("programme_item")).isEqualTo(items);
    }
}
