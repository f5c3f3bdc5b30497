package jp.tsunagu.planning;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The planning pages in Japanese: persons by kana, the plan editor through the cycle, the PDF, the dashboard. */
class PlanningPagesIT extends IntegrationTest {

    private String location(org.springframework.test.web.servlet.MvcResult r) {
        return r.getResponse().getRedirectedUrl();
    }

    @Test
    @DisplayName("register on the page → plan → meeting → consent → delivery; the A4 PDF has the content in Japanese with 和暦; the dashboard shows the due date")
    void cycleOnThePages() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        String base = "/offices/" + workshop + "/planning";
        String personUrl = location(mvc.perform(post(base + "/persons").with(uiUser("alpha.admin")).with(csrf())
                        .param("familyName", "上田").param("givenName", "希").param("familyNameKana", "ウエダ").param("givenNameKana", "ノゾミ")
                        .param("birthDate", "1995-07-07").param("supportLevel", "LEVEL_2"))
                .andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(get(personUrl).with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("上田 希"), containsString("ウエダ ノゾミ"),
                        containsString("平成7年7月7日 (1995-07-07)"), containsString("区分2"))));
        mvc.perform(get(base + "/persons").param("q", "うえだ").with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("上田 希"), containsString("利用者"))));
        var refused = mvc.perform(post(base + "/persons").with(uiUser("alpha.admin")).with(csrf())
                        .param("familyName", "上田").param("givenName", "誤").param("familyNameKana", "うえだ").param("givenNameKana", "ア")
                        .param("birthDate", "1995-07-07"))
                .andExpect(flash().attribute("error", "familyNameKana: フリガナは全角カタカナで入力してください。"))
                .andExpect(flash().attribute("errorField", "familyNameKana")).andReturn();
        // the form comes back as typed, and nothing was stored
        mvc.perform(get(base + "/persons").with(uiUser("alpha.admin")).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(allOf(containsString("value=\"誤\""), containsString("value=\"うえだ\""),
                        containsString("フリガナは全角カタカナで入力してください。"))));
        mvc.perform(get(base + "/persons").param("q", "誤").with(uiUser("alpha.admin")))
                .andExpect(content().string(containsString("該当する利用者はいません。")));
        // a constraint of the API's record, checked on the page the same way: a name is required, in Japanese and in English
        mvc.perform(post(base + "/persons").with(uiUser("alpha.admin")).with(csrf()).param("familyName", " ").param("givenName", "名")
                        .param("familyNameKana", "メイ").param("givenNameKana", "メイ").param("birthDate", "1995-07-07"))
                .andExpect(flash().attribute("error", "familyName は必須です。"));
        mvc.perform(post(base + "/persons").with(uiUser("alpha.admin")).with(csrf()).param("lang", "en").param("familyName", " ")
                        .param("givenName", "名").param("familyNameKana", "メイ").param("givenNameKana", "メイ").param("birthDate", "1995-07-07"))
                .andExpect(flash().attribute("error", "familyName is required."));

        String planUrl = location(mvc.perform(post(personUrl + "/plans").param("serviceType", "TYPE_B").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(post(planUrl + "/versions/1/content").with(uiUser("alpha.staff")).with(csrf())
                        .param("personWishes", "接客の仕事をしたい").param("longTermGoal", "一般就労").param("shortTermGoals[0].goal", "週5日通う")
                        .param("shortTermGoals[0].targetDate", "2026-09-30").param("items[0].need", "体力").param("items[0].goal", "午後も作業を続ける")
                        .param("items[0].content", "休憩の声かけ").param("items[0].frequency", "毎日").param("items[0].staffInCharge", "佐藤").param("items[0].evaluationDate", "2026-09-30"))
                .andExpect(flash().attribute("message", "計画の内容を保存しました。"));
        mvc.perform(post(planUrl + "/versions/1/consent").with(uiUser("alpha.admin")).with(csrf())
                        .param("agreedBy", "上田 希").param("agreedOn", "2026-04-05").param("method", "SIGNED_PAPER"))
                .andExpect(flash().attribute("error", "同意を記録する前に、個別支援計画作成会議を記録してください。"));
        // a meeting without attendees is refused by the API's rule (NotEmpty), and the opinions typed come back
        var noAttendees = mvc.perform(post(planUrl + "/versions/1/meeting").with(uiUser("alpha.staff")).with(csrf())
                        .param("heldOn", "2026-04-03").param("attendees", " \n ").param("opinions", "本人は午前中の作業を希望"))
                .andExpect(flash().attribute("errorField", "attendees")).andReturn();
        mvc.perform(get(planUrl).with(uiUser("alpha.staff")).flashAttrs(noAttendees.getFlashMap()))
                .andExpect(content().string(allOf(containsString("本人は午前中の作業を希望"), containsString("class=\"error\""))));
        mvc.perform(post(planUrl + "/versions/1/meeting").with(uiUser("alpha.staff")).with(csrf())
                        .param("heldOn", "2026-04-03").param("attendees", "佐藤 誠\n上田 希").param("personAttended", "true"))
                .andExpect(flash().attribute("message", "個別支援計画作成会議を記録しました。"));
        mvc.perform(post(planUrl + "/versions/1/consent").with(uiUser("alpha.admin")).with(csrf())
                        .param("agreedBy", "上田 希").param("relation", "本人").param("agreedOn", "2026-04-05").param("method", "SIGNED_PAPER"))
                .andExpect(flash().attribute("message", "同意を記録しました。"));
        mvc.perform(post(planUrl + "/versions/1/delivery").with(uiUser("alpha.admin")).with(csrf()).param("deliveredOn", "2026-04-10"))
                .andExpect(flash().attribute("message", containsString("交付を記録しました")));
        mvc.perform(get(planUrl).with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("交付済み"), containsString("令和8年10月10日 (2026-10-10)"),
                        containsString("見直す"), not(containsString("② 説明と同意を記録する")))));

        byte[] pdf = mvc.perform(get(planUrl + "/versions/1/pdf").with(uiUser("alpha.staff")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/support-plan.pdf"), pdf); // to look at
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4: 595 × 842 pt
            assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getDocumentCatalog().getPages().getCount()).isOne();
            assertThat(text).contains("個別支援計画書", "上田 希", "接客の仕事をしたい", "令和8年4月5日", "令和8年4月10日", "署名", "週5日通う");
        }
        mvc.perform(get(base + "/monitoring").param("date", "2026-10-11").with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("上田 希"), containsString("1日超過"),
                        containsString("令和8年10月10日 (2026-10-10)"))));
    }

    @Test
    @DisplayName("a consultation office drafts, finalises and monitors a service use plan on the person page; ending a service opens its checklist")
    void usePlanAndEndOnThePages() throws Exception {
        UUID consultation = office(ALPHA, "1330000004");
        String base = "/offices/" + consultation + "/planning";
        String personUrl = location(mvc.perform(post(base + "/persons").with(uiUser("alpha.admin")).with(csrf())
                        .param("familyName", "岡田").param("givenName", "悠").param("familyNameKana", "オカダ").param("givenNameKana", "ユウ")
                        .param("birthDate", "1990-01-15")).andReturn());
        mvc.perform(post(personUrl + "/service-use-plans").with(uiUser("alpha.admin")).with(csrf()).param("author", "相談 花子")
                        .param("draftedOn", "2026-03-01").param("monitoringMonths", "3").param("overallPolicy", "地域で働き続ける")
                        .param("issue", "通所の安定").param("service", "就労継続支援B型 原則の日数"))
                .andExpect(flash().attribute("message", "サービス等利用計画案を作成しました。"));
        String page = mvc.perform(get(personUrl).with(uiUser("alpha.admin")))
                .andExpect(content().string(allOf(containsString("サービス等利用計画"), containsString("地域で働き続ける"),
                        containsString("計画案"), containsString("3か月ごと"))))
                .andReturn().getResponse().getContentAsString();
        String plan = page.replaceAll("(?s).*data-use-plan=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post(personUrl + "/service-use-plans/" + plan + "/final").with(uiUser("alpha.admin")).with(csrf())
                        .param("agreedBy", "岡田 悠").param("agreedOn", "2026-02-01"))
                .andExpect(flash().attribute("error", containsString("作成日 (2026-03-01) より前")));
        mvc.perform(post(personUrl + "/service-use-plans/" + plan + "/final").with(uiUser("alpha.admin")).with(csrf())
                        .param("agreedBy", "岡田 悠").param("agreedOn", "2026-03-10"))
                .andExpect(flash().attribute("message", "サービス等利用計画を確定しました。"));
        mvc.perform(get(personUrl).with(uiUser("alpha.admin")))
                .andExpect(content().string(allOf(containsString("確定 (同意済み)"), containsString("令和8年6月10日 (2026-06-10)"))));

        UUID workshop = office(ALPHA, "1310000001");
        String worker = location(mvc.perform(post("/offices/" + workshop + "/planning/persons").with(uiUser("alpha.admin")).with(csrf())
                        .param("familyName", "西村").param("givenName", "翼").param("familyNameKana", "ニシムラ").param("givenNameKana", "ツバサ")
                        .param("birthDate", "1992-03-03")).andReturn());
        mvc.perform(post(worker + "/certificates").with(uiUser("alpha.admin")).with(csrf()).param("certificateNumber", "１３１０００９９９９")
                        .param("municipalityCode", "131016").param("validFrom", "2026-04-01").param("validTo", "2027-03-31")
                        .param("monthlyCopayCap", "0").param("serviceType", "TYPE_B").param("amountKind", "STANDARD_DAYS")
                        .param("periodFrom", "2026-04-01").param("periodTo", "2027-03-31"))
                .andExpect(flash().attribute("message", "受給者証を登録しました。"));
        String certificate = mvc.perform(get(worker).with(uiUser("alpha.admin"))).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*<select name=\"certificateId\"><option value=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post(worker + "/contracts").with(uiUser("alpha.admin")).with(csrf()).param("serviceType", "TYPE_B")
                        .param("certificateId", certificate).param("startDate", "2026-04-01").param("contractedDays", "20"))
                .andExpect(flash().attribute("message", "利用契約を登録しました。"));
        mvc.perform(post(worker + "/ends").with(uiUser("alpha.admin")).with(csrf()).param("endedOn", "2026-10-31")
                        .param("reason", "REGULAR_EMPLOYMENT").param("note", "食品工場に就職"))
                .andExpect(flash().attribute("message", containsString("利用を終了しました")));
        mvc.perform(get(worker).with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("一般就労"), containsString("受給者証への記載"),
                        containsString("契約内容報告書の提出"), containsString("令和8年10月31日 (2026-10-31)"),
                        not(containsString("完了にする")))));
    }

    @Test
    @DisplayName("a person's details, emergency contacts, family and disability certificates are changed on the page; a wrong grade names the field; a stale form is refused")
    void changePerson() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        String personUrl = location(mvc.perform(post("/offices/" + workshop + "/planning/persons").with(uiUser("alpha.admin")).with(csrf())
                        .param("familyName", "吉田").param("givenName", "光").param("familyNameKana", "ヨシダ").param("givenNameKana", "ヒカリ")
                        .param("birthDate", "1985-09-09")).andReturn());
        var form = post(personUrl).with(uiUser("alpha.admin")).with(csrf()).param("version", "0")
                .param("familyName", "吉田").param("givenName", "光").param("familyNameKana", "ヨシダ").param("givenNameKana", "ヒカリ")
                .param("birthDate", "1985-09-09").param("pensionGrade", "2")
                .param("emergencyContacts[0].name", "吉田 和子").param("emergencyContacts[0].relation", "母").param("emergencyContacts[0].phone", "090-0000-1111")
                .param("familyMembers[0].name", "吉田 和子").param("familyMembers[0].relation", "母").param("familyMembers[0].livesTogether", "true")
                .param("disabilityCertificates[0].kind", "MENTAL").param("disabilityCertificates[0].validUntil", "2027-09-30");
        mvc.perform(form.param("disabilityCertificates[0].grade", "5"))
                .andExpect(flash().attribute("error", "disabilityCertificates[0].grade: 精神障害者保健福祉手帳の等級は1〜3級です。"));
        mvc.perform(post(personUrl).with(uiUser("alpha.admin")).with(csrf()).param("version", "0")
                        .param("familyName", "吉田").param("givenName", "光").param("familyNameKana", "ヨシダ").param("givenNameKana", "ヒカリ")
                        .param("birthDate", "1985-09-09").param("pensionGrade", "2")
                        .param("emergencyContacts[0].name", "吉田 和子").param("emergencyContacts[0].relation", "母").param("emergencyContacts[0].phone", "090-0000-1111")
                        .param("familyMembers[0].name", "吉田 和子").param("familyMembers[0].relation", "母").param("familyMembers[0].livesTogether", "true")
                        .param("disabilityCertificates[0].kind", "MENTAL").param("disabilityCertificates[0].grade", "2").param("disabilityCertificates[0].validUntil", "2027-09-30"))
                .andExpect(flash().attribute("message", "利用者の情報を変更しました。"));
        mvc.perform(get(personUrl).with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("吉田 和子 (母) 090-0000-1111"), containsString("同居"),
                        containsString("精神障害者保健福祉手帳 2"), not(containsString("利用者の情報を変更する")))));
        mvc.perform(post(personUrl).with(uiUser("alpha.admin")).with(csrf()).param("version", "0")
                        .param("familyName", "吉田").param("givenName", "光").param("familyNameKana", "ヨシダ").param("givenNameKana", "ヒカリ")
                        .param("birthDate", "1985-09-09"))
                .andExpect(flash().attribute("error", containsString("他の人が先に変更しました")));
    }

    @Test
    @DisplayName("the pages of an office where planning is off, or of another office, answer 404; staff get no consent form")
    void guarded() throws Exception {
        mvc.perform(get("/offices/" + office(ALPHA, "1310000002") + "/planning/persons").with(uiUser("alpha.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office(ALPHA, "1310000003") + "/planning/persons").with(uiUser("alpha.staff")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office(BETA, "2710000001") + "/planning/persons").with(uiUser("alpha.admin")))
                .andExpect(status().isNotFound());
    }
}
