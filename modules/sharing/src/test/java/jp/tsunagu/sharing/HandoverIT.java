package jp.tsunagu.sharing;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The intake handover (共通フォーマット, #23 point 4): the consultation office fills it and shares it with consent; the
 * employment office receives it whole (genogram and ecomap drawn, A4 PDF), takes it over as its own and extends it;
 * bad input; isolation.
 */
class HandoverIT extends IntegrationTest {
    private static final TenantId SODAN = TenantId.of("0c000000-0000-4000-8000-00000000000c");
    private static final String SHARING = "/api/v1/offices/{o}/sharing";
    private static final String HANDOVER = """
            {"certificateKind": "MENTAL", "certificateGrade": "2級", "personSex": "FEMALE", "personAge": 34,
             "intelligenceTests": [{"scale": "WAIS_IV", "testedOn": "2025-09-10", "fullScale": %s, "verbal": 92, "perceptual": 78,
                                    "workingMemory": 80, "processingSpeed": 70}],
             "family": [{"relation": "FATHER", "sex": "MALE", "deceased": true},
                        {"relation": "MOTHER", "sex": "FEMALE", "name": "花子", "age": 62, "livesWith": true, "keyPerson": true},
                        {"relation": "SIBLING", "sex": "MALE", "name": "兄", "age": 38}],
             "resources": [{"name": "みどり心療内科クリニック", "kind": "医療", "tie": "NORMAL"},
                           {"name": "ハローワーク", "kind": "就労", "tie": "STRESSFUL"}],
             "history": [{"period": "2019〜2021", "text": "地域活動支援センターに通所"}],
             "wishes": "事務の仕事がしたい"}""";

    private String json(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    private String grantState(UUID consent) {
        return inTenant(ALPHA, () -> jdbc.queryForList("select state from sharing_grant where consent_id = ?", String.class, consent))
                .stream().findFirst().orElse("NONE");
    }

    @Test
    void theConsultationOfficeHandsOverAndTheOfficeExtendsIt() throws Exception {
        UUID consultation = office(SODAN, "1339000001");
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "ひまわり作業所", "TYPE_B", "planning", "sharing");
        String officeNumber = inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, office));
        String number = "5500012345";
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "藤田", "フジタ", "TYPE_B", number);
        UUID client = created(mvc, "sodan.admin", "/api/v1/offices/{o}/persons", PlanningFixtures.person("藤田", "一", "フジタ", "ハジメ"),
                consultation);
        created(mvc, "sodan.admin", "/api/v1/offices/{o}/persons/{p}/certificates", PlanningFixtures.certificate(number, "2026-04-01",
                "2027-03-31", PlanningFixtures.standardDays("TYPE_B", "2026-04-01", "2027-03-31")), consultation, client);

        // the consultation office's consent, the office's claim, the consultation office's confirmation
        UUID consent = created(mvc, "sodan.admin", SHARING + "/consents", SharingIT.consent(client, officeNumber, "\"HANDOVER\"",
                "2026-04-01", "2027-03-31", SharingIT.paper("2026-04-01")), consultation);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consent).equals("OFFERED"));
        json("alpha.admin", body(post(SHARING + "/claims", office), """
                {"personId": "%s", "certificateNumber": "%s", "municipalityCode": "131016"}""".formatted(person, number)), 202);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consent).equals("CLAIMED"));
        json("sodan.admin", post(SHARING + "/consents/{c}/confirm", consultation, consent), 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consent).equals("CONFIRMED"));

        // bad input is refused naming the field, in both languages, and nothing is stored
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("sodan.admin", body(put(SHARING + "/handovers/{p}", consultation, client), HANDOVER.formatted("200"))
                    .header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo("intelligenceTests[0].fullScale");
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message"))
                    .startsWith(language.equals("ja") ? "検査の得点は40から160の間" : "Enter a test score from 40 to 160");
        }
        assertThat(inTenant(SODAN, () -> jdbc.queryForObject("select count(*) from sharing_handover where person_id = ?", Long.class, client)))
                .isZero();

        // filled and saved by the consultation office: it reaches the office's inbox whole
        json("sodan.admin", body(put(SHARING + "/handovers/{p}", consultation, client), HANDOVER.formatted("81")), 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> json("alpha.admin", get(SHARING + "/inbox", office), 200).contains("HANDOVER"));
        String inbox = json("alpha.admin", get(SHARING + "/inbox", office), 200);
        String snapshot = JsonPath.<List<String>>read(inbox, "$[?(@.category == 'HANDOVER')].id").getFirst();
        String shared = json("alpha.admin", get(SHARING + "/snapshots/{s}", office, snapshot), 200);
        assertThat(JsonPath.<Integer>read(shared, "$.handover.intelligenceTests[0].fullScale")).isEqualTo(81);
        assertThat(JsonPath.<List<String>>read(shared, "$.handover.family[*].relation")).containsExactly("FATHER", "MOTHER", "SIBLING");

        String page = mvc.perform(get("/offices/" + office + "/sharing/inbox/" + snapshot).with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("家族 (ジェノグラム)", "<img class=\"genogram\" src=\"data:image/png;base64,", "class=\"ecomap\"",
                "地域活動支援センターに通所", "取り込む");
        byte[] pdf = mvc.perform(as("alpha.admin", get(SHARING + "/snapshots/{s}/pdf", office, snapshot))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(Math.round(document.getPage(0).getMediaBox().getWidth())).isEqualTo(595); // A4
            int images = 0;
            for (var p : document.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    images += p.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject ? 1 : 0;
                }
            }
            assertThat(images).as("the genogram and the ecomap").isEqualTo(2);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("引継ぎ共通フォーマット", "藤田 一",
                    "精神障害者保健福祉手帳 2級", "事務の仕事がしたい", "地域活動支援センターに通所");
        }

        // taken over by the office as its own, then extended
        json("alpha.admin", post(SHARING + "/snapshots/{s}/take-over", office, snapshot), 200);
        String own = json("alpha.admin", get(SHARING + "/handovers/{p}", office, person), 200);
        assertThat(JsonPath.<String>read(own, "$.takenOverFrom")).isEqualTo("つなぎ相談支援センター");
        assertThat(JsonPath.<String>read(own, "$.content.wishes")).isEqualTo("事務の仕事がしたい");
        String extended = HANDOVER.formatted("81").replace("\"wishes\": \"事務の仕事がしたい\"",
                "\"wishes\": \"事務の仕事がしたい。通勤は電車で30分まで\"");
        json("alpha.admin", body(put(SHARING + "/handovers/{p}", office, person), extended), 200);
        assertThat(JsonPath.<String>read(json("alpha.admin", get(SHARING + "/handovers/{p}", office, person), 200), "$.content.wishes"))
                .endsWith("通勤は電車で30分まで");
        mvc.perform(get("/offices/" + office + "/sharing/handovers/" + person + "/pdf").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"));
        mvc.perform(get("/offices/" + office + "/sharing/inbox/" + snapshot + "/pdf").with(uiUser("alpha.admin"))).andExpect(status().isOk());
        byte[] ownPdf = mvc.perform(as("alpha.admin", get(SHARING + "/handovers/{p}/pdf", office, person))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(ownPdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // another tenant's office and person are not there; a revoked consent closes the shared handover
        json("beta.admin", get(SHARING + "/handovers/{p}", office, person), 404);
        json("alpha.admin", get(SHARING + "/handovers/{p}", office, client), 404);
        json("sodan.admin", body(post(SHARING + "/consents/{c}/revoke", consultation, consent), "{\"revokedOn\": \"2026-11-30\"}"), 200);
        json("alpha.admin", get(SHARING + "/snapshots/{s}/pdf", office, snapshot), 404);
        json("alpha.admin", post(SHARING + "/snapshots/{s}/take-over", office, snapshot), 404);
    }

    /** The page's form fills the handover row by row; a number that is not one is refused naming it, nothing stored. */
    @Test
    void theHandoverPageFillsAndDrawsIt() throws Exception {
        UUID consultation = office(SODAN, "1339000001");
        UUID client = created(mvc, "sodan.admin", "/api/v1/offices/{o}/persons", PlanningFixtures.person("石田", "一", "イシダ", "ハジメ"),
                consultation);
        String path = "/offices/" + consultation + "/sharing/handovers/" + client;
        String empty = mvc.perform(get(path).with(uiUser("sodan.admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(empty).contains("引継ぎ共通フォーマット", "name=\"family[2].relation\"", "name=\"resources[0].tie\"",
                "<img class=\"genogram\" src=\"data:image/png;base64,");

        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(post(path).with(uiUser("sodan.admin")).with(csrf).param("personSex", "MALE").param("personAge", "29")
                        .param("family[0].relation", "MOTHER").param("family[0].sex", "FEMALE").param("family[0].age", "abc"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(path))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("errorField", "family[0].age"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error",
                        org.hamcrest.Matchers.containsString("数で入力してください")));
        assertThat(inTenant(SODAN, () -> jdbc.queryForObject("select count(*) from sharing_handover where person_id = ?", Long.class, client)))
                .isZero();

        mvc.perform(post(path).with(uiUser("sodan.admin")).with(csrf).param("certificateKind", "INTELLECTUAL").param("certificateGrade", "B2")
                        .param("personSex", "MALE").param("personAge", "29")
                        .param("intelligenceTests[0].scale", "WISC_IV").param("intelligenceTests[0].testedOn", "2012-07-01").param("intelligenceTests[0].fullScale", "68")
                        .param("family[0].relation", "MOTHER").param("family[0].sex", "FEMALE").param("family[0].age", "58")
                        .param("family[0].livesWith", "true").param("family[0].keyPerson", "true")
                        .param("family[1].relation", "FATHER").param("family[1].sex", "MALE").param("family[1].deceased", "true")
                        .param("family[2].relation", "").param("family[2].name", "")
                        .param("resources[0].name", "特別支援学校").param("resources[0].kind", "学校").param("resources[0].tie", "STRONG")
                        .param("resources[1].name", "").param("resources[1].tie", "NORMAL")
                        .param("history[0].period", "2015〜2018").param("history[0].text", "特別支援学校高等部")
                        .param("wishes", "パンを作る仕事がしたい"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(path))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("message",
                        "引継ぎを保存しました。同意のある共有先に送ります。"));
        String saved = json("sodan.admin", get(SHARING + "/handovers/{p}", consultation, client), 200);
        assertThat(JsonPath.<List<String>>read(saved, "$.content.family[*].relation")).containsExactly("MOTHER", "FATHER");
        assertThat(JsonPath.<List<Boolean>>read(saved, "$.content.family[*].deceased")).containsExactly(false, true);
        assertThat(JsonPath.<List<String>>read(saved, "$.content.resources[*].name")).containsExactly("特別支援学校");
        assertThat(JsonPath.<Integer>read(saved, "$.content.intelligenceTests[0].fullScale")).isEqualTo(68);
        String shown = mvc.perform(get(path).with(uiUser("sodan.admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(shown).contains("パンを作る仕事がしたい", "value=\"特別支援学校\"", "令和8年");

        mvc.perform(get(path).with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("sodan.staff", body(put(SHARING + "/handovers/{p}", consultation, client), HANDOVER.formatted("81")), 403);
    }
}
