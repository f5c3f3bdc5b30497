package jp.tsunagu.sharing;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sharing across tenants (#23): consent with evidence, the link claimed by the recipient and confirmed by the source,
 * publication into the recipient's inbox, revocation, the record of provisions (SH-1, SH-2); bad input; isolation.
 */
class SharingIT extends IntegrationTest {
    private static final TenantId SODAN = TenantId.of("0c000000-0000-4000-8000-00000000000c");
    private static final String SHARING = "/api/v1/offices/{o}/sharing";
    private static final String CONSULTATION_NUMBER = "1339000001";
    /** A 1×1 PNG, the scan of the signed consent form in these tests. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

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

    private long count(TenantId tenant, String table) {
        return inTenant(tenant, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    private void refused(java.util.function.Supplier<MockHttpServletRequestBuilder> request, String user, String field, String ja, String en)
            throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            String problem = json(user, request.get().header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo(field);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? ja : en);
        }
    }

    static String consent(UUID person, String recipient, String categories, String from, String to, String evidence) {
        return """
                {"personId": "%s", "recipientOfficeNumber": "%s", "categories": [%s], "validFrom": "%s", "validTo": "%s"%s}"""
                .formatted(person, recipient, categories, from, to, evidence == null ? "" : ", \"evidence\": " + evidence);
    }

    static String paper(String signedOn) {
        return """
                {"kind": "PAPER_SCAN", "signedOn": "%s", "fileName": "同意書.png", "contentType": "image/png", "content": "%s"}"""
                .formatted(signedOn, PNG);
    }

    /** The source office (tenant A) with planning and sharing on, and a B型 user with certificate {@code number}. */
    private UUID[] source(String name, String family, String kana, String number) throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", name, "TYPE_B", "planning", "sharing");
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, family, kana, "TYPE_B", number);
        return new UUID[] {office, person};
    }

    /** The consultation office's own client (tenant S) with the same certificate. */
    private UUID client(UUID consultation, String family, String kana, String number) throws Exception {
        UUID client = created(mvc, "sodan.admin", "/api/v1/offices/{o}/persons", PlanningFixtures.person(family, "一", kana, "ハジメ"), consultation);
        created(mvc, "sodan.admin", "/api/v1/offices/{o}/persons/{p}/certificates", PlanningFixtures.certificate(number, "2026-04-01", "2027-03-31",
                PlanningFixtures.standardDays("TYPE_B", "2026-04-01", "2027-03-31")), consultation, client);
        return client;
    }

    private String grantState(UUID consent) {
        return inTenant(SODAN, () -> jdbc.queryForList("select state from sharing_grant where consent_id = ?", String.class, consent))
                .stream().findFirst().orElse("NONE");
    }

    /**
     * A consent of {@code person} at {@code office} for {@code categories} to the consultation office, claimed there for
     * {@code client} by {@code number} and confirmed at the source: records flow from here. The consent's id.
     */
    private UUID linkedConsent(UUID office, UUID person, UUID consultation, UUID client, String number, String categories, String from,
                               String to) throws Exception {
        UUID consentId = created(mvc, "alpha.admin", SHARING + "/consents", consent(person, CONSULTATION_NUMBER, categories, from, to,
                paper(from)), office);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consentId).equals("OFFERED"));
        json("sodan.admin", body(post(SHARING + "/claims", consultation), """
                {"personId": "%s", "certificateNumber": "%s", "municipalityCode": "131016"}""".formatted(client, number)), 202);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consentId).equals("CLAIMED"));
        json("alpha.admin", post(SHARING + "/consents/{c}/confirm", office, consentId), 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consentId).equals("CONFIRMED"));
        return consentId;
    }

    @Test
    @DisplayName("SH-1 and SH-2: a consent on paper for {plan, monitoring} to another tenant's consultation office; the office's claim by certificate number meets it and the source confirms; the plan delivered on 2026-05-30 reaches the inbox, an assessment's category does not; revoked on 2026-07-01 the next request is 404 and a monitoring on 2026-07-10 sends nothing; one provision on record on both sides; a third tenant never sees it")
    void sh1ConsentProvisionRevocation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 4, 1));
        String number = PlanningFixtures.newNumber();
        UUID[] source = source("アルファ作業所 (共有)", "佐々木", "ササキ", number);
        UUID office = source[0];
        UUID person = source[1];
        UUID consultation = office(SODAN, CONSULTATION_NUMBER);
        UUID client = client(consultation, "佐々木", "ササキ", number);

        UUID consentId = created(mvc, "alpha.admin", SHARING + "/consents", consent(person, CONSULTATION_NUMBER, "\"PLAN\", \"MONITORING\"",
                "2026-04-01", "2027-03-31", paper("2026-04-01")), office);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consentId).equals("OFFERED"));

        // SH-2: a client whose number matches nobody's consent and the one whose does get the same answer
        String otherNumber = PlanningFixtures.newNumber();
        UUID unmatched = client(consultation, "佐伯", "サエキ", otherNumber);
        String nobody = json("sodan.admin", body(post(SHARING + "/claims", consultation), """
                {"personId": "%s", "certificateNumber": "%s", "municipalityCode": "131016"}""".formatted(unmatched, otherNumber)), 202);
        String right = json("sodan.admin", body(post(SHARING + "/claims", consultation), """
                {"personId": "%s", "certificateNumber": "%s", "municipalityCode": "131016"}""".formatted(client, number)), 202);
        assertThat(nobody.replaceAll("\"(claimId|person)\":\"[^\"]+\"", "")).isEqualTo(right.replaceAll("\"(claimId|person)\":\"[^\"]+\"", ""));
        // a number that is not the client's own certificate is refused before anything is looked up (a typo would link another person)
        refused(() -> body(post(SHARING + "/claims", consultation), """
                {"personId": "%s", "certificateNumber": "%s", "municipalityCode": "131016"}""".formatted(unmatched, number)), "sodan.admin",
                "certificateNumber", "佐伯 一 さんの有効な受給者証は 受給者証番号 " + number, "The valid recipient certificate of 佐伯 一 is not");
        await().atMost(Duration.ofSeconds(10)).until(() -> JsonPath.<String>read(json("alpha.admin", get(SHARING + "/consents/{c}", office, consentId), 200),
                "$.linkState").equals("CLAIMED"));
        // nothing flows before the source confirms
        assertThat(json("sodan.admin", get(SHARING + "/inbox", consultation), 200)).isEqualTo("[]");
        json("alpha.admin", post(SHARING + "/consents/{c}/confirm", office, consentId), 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consentId).equals("CONFIRMED"));

        // the plan delivered on 2026-05-30 reaches the inbox
        MovableClock.moveTo(LocalDate.of(2026, 5, 30));
        PlanningFixtures.deliveredPlan(mvc, "alpha.admin", office, person, "TYPE_B", LocalDate.of(2026, 5, 30));
        await().atMost(Duration.ofSeconds(10)).until(() -> !json("sodan.admin", get(SHARING + "/inbox", consultation), 200).equals("[]"));
        String inbox = json("sodan.admin", get(SHARING + "/inbox", consultation), 200);
        assertThat(JsonPath.<List<String>>read(inbox, "$[*].category")).containsExactly("PLAN");
        assertThat(JsonPath.<String>read(inbox, "$[0].recordDate")).isEqualTo("2026-05-30");
        assertThat(JsonPath.<String>read(inbox, "$[0].sourceOfficeName")).isEqualTo("アルファ作業所 (共有)");
        assertThat(JsonPath.<String>read(inbox, "$[0].name")).isEqualTo("佐々木 一");
        assertThat(inbox).contains("週4日通所する", "一般就労");
        UUID snapshot = UUID.fromString(JsonPath.read(inbox, "$[0].id"));
        json("sodan.admin", get(SHARING + "/snapshots/{s}", consultation, snapshot), 200);
        String inboxPage = page("sodan.admin", "/offices/" + consultation + "/sharing/inbox");
        assertThat(inboxPage).contains("佐々木 一", "アルファ作業所 (共有)", "個別支援計画 (交付)", "令和8年5月30日 (2026-05-30)", "共有中");
        String snapshotPage = page("sodan.admin", "/offices/" + consultation + "/sharing/inbox/" + snapshot);
        assertThat(snapshotPage).contains("長期目標", "一般就労", "短期目標", "週4日通所する", "アルファ作業所 (共有) から", "交付日", "令和8年5月30日 (2026-05-30)");
        String consentsPage = page("alpha.admin", "/offices/" + office + "/sharing/consents");
        assertThat(consentsPage).contains("佐々木 一", "つなぎ相談支援センター (1339000001)", "<span>個別支援計画、</span><span>モニタリング</span>", "共有中",
                "提供の記録", "令和8年5月30日 (2026-05-30)");
        assertThat(inTenant(SODAN, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'shared_snapshot' "
                + "and subject_person_id = ?", Long.class, client))).isGreaterThanOrEqualTo(2);

        // a category outside the consent is never provided: END_OF_SERVICE is not consented
        json("alpha.admin", body(post("/api/v1/offices/{o}/persons/{p}/ends", office, person), """
                {"endedOn": "2026-06-05", "reason": "PERSONS_WISH", "note": "別の事業所を試したい"}"""), 201);

        // revoked on 2026-07-01: the very next request is 404
        MovableClock.moveTo(LocalDate.of(2026, 7, 1));
        json("alpha.admin", body(post(SHARING + "/consents/{c}/revoke", office, consentId), """
                {"revokedOn": "2026-07-01", "reason": "本人の申し出"}"""), 200);
        json("sodan.admin", get(SHARING + "/snapshots/{s}", consultation, snapshot), 404);
        mvc.perform(get("/offices/" + consultation + "/sharing/inbox/" + snapshot).with(uiUser("sodan.admin"))).andExpect(status().isNotFound());
        assertThat(json("sodan.admin", get(SHARING + "/inbox", consultation), 200)).isEqualTo("[]");
        assertThat(grantState(consentId)).isEqualTo("REVOKED");

        // one provision on record at the source, kept after the revocation; the recipient keeps its copy, marked
        String provisions = json("alpha.admin", get(SHARING + "/provisions?personId=" + person, office), 200);
        assertThat(JsonPath.<List<String>>read(provisions, "$[*].category")).containsExactly("PLAN");
        assertThat(JsonPath.<List<String>>read(provisions, "$[*].recordDate")).containsExactly("2026-05-30");
        assertThat(JsonPath.<List<String>>read(provisions, "$[*].recipientOfficeName")).containsExactly("つなぎ相談支援センター");
        assertThat(count(SODAN, "shared_snapshot")).isOne();
        String grants = json("sodan.admin", get(SHARING + "/grants", consultation), 200);
        assertThat(JsonPath.<List<String>>read(grants, "$[*].state")).containsExactly("REVOKED");
        assertThat(JsonPath.<List<Boolean>>read(grants, "$[*].open")).containsExactly(false);

        // a third tenant never sees a snapshot, with the ORM's filter or without it (row-level security)
        assertThat(count(BETA, "shared_snapshot")).isZero();
        assertThat(count(BETA, "sharing_grant")).isZero();
        assertThat(count(BETA, "sharing_consent")).isZero();
        json("beta.admin", get(SHARING + "/inbox", consultation), 404);
        json("beta.admin", get(SHARING + "/snapshots/{s}", consultation, snapshot), 404);
        json("beta.admin", get(SHARING + "/consents/{c}", office, consentId), 404);
    }

    @Test
    @DisplayName("a monitoring after the revocation sends nothing, and a claim before the consent is met when the consent comes")
    void monitoringAfterRevocationAndClaimFirst() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 4, 1));
        String number = PlanningFixtures.newNumber();
        UUID[] source = source("アルファ作業所 (順序)", "田村", "タムラ", number);
        UUID consultation = office(SODAN, CONSULTATION_NUMBER);
        UUID client = client(consultation, "田村", "タムラ", number);
        // the claim first: nothing to meet yet
        json("sodan.admin", body(post(SHARING + "/claims", consultation), """
                {"personId": "%s", "certificateNumber": "%s", "municipalityCode": "131016"}""".formatted(client, number)), 202);
        UUID consentId = created(mvc, "alpha.admin", SHARING + "/consents", consent(source[1], CONSULTATION_NUMBER, "\"PLAN\", \"MONITORING\"",
                "2026-04-01", "2027-03-31", paper("2026-04-01")), source[0]);
        await().atMost(Duration.ofSeconds(10)).until(() -> JsonPath.<String>read(json("alpha.admin",
                get(SHARING + "/consents/{c}", source[0], consentId), 200), "$.linkState").equals("CLAIMED"));
        json("alpha.admin", post(SHARING + "/consents/{c}/confirm", source[0], consentId), 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> grantState(consentId).equals("CONFIRMED"));
        UUID plan = PlanningFixtures.deliveredPlan(mvc, "alpha.admin", source[0], source[1], "TYPE_B", LocalDate.of(2026, 4, 20));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(SODAN, "shared_snapshot where grant_id in (select id from sharing_grant "
                + "where consent_id = '" + consentId + "')") == 1);
        json("alpha.admin", body(post(SHARING + "/consents/{c}/revoke", source[0], consentId), """
                {"revokedOn": "2026-04-01"}"""), 200);
        MovableClock.moveTo(LocalDate.of(2026, 7, 10));
        mvc.perform(as("alpha.admin", body(post("/api/v1/offices/{o}/plans/{p}/monitorings", source[0], plan), """
                {"monitoredOn": "2026-07-10", "interviewed": true, "progress": [{"goal": "週4日通所する", "progress": "達成"}],
                 "satisfaction": "満足", "wishes": "続けたい", "planChangeNeeded": false}"""))).andExpect(status().is2xxSuccessful());
        Thread.sleep(1500);
        assertThat(json("alpha.admin", get(SHARING + "/provisions?personId=" + source[1], source[0]), 200))
                .doesNotContain("MONITORING");
        assertThat(count(SODAN, "shared_snapshot where grant_id in (select id from sharing_grant where consent_id = '" + consentId + "')"))
                .isOne();
    }

    @Test
    @DisplayName("bad input: no evidence, the end before the start, a category the recipient may not receive, a malformed office number or certificate number, a revoked consent revoked again (ja, en), nothing stored; another office of the tenant and another tenant 404, the auditor 403")
    void badInputAndIsolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 4, 1));
        String number = PlanningFixtures.newNumber();
        UUID[] source = source("アルファ作業所 (誤り)", "上田", "ウエダ", number);
        UUID office = source[0];
        UUID person = source[1];
        UUID other = PlatformFixtures.office(mvc, "alpha.admin", "アルファ就労B (別)", "TYPE_B", "planning", "sharing");
        String otherNumber = inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, other));
        UUID consultation = office(SODAN, CONSULTATION_NUMBER);
        long consents = count(ALPHA, "sharing_consent");

        refused(() -> body(post(SHARING + "/consents", office), consent(person, CONSULTATION_NUMBER, "\"PLAN\"", "2026-04-01", "2027-03-31", null)),
                "alpha.admin", "evidence", "同意の証跡", "The consent has no evidence");
        refused(() -> body(post(SHARING + "/consents", office), consent(person, CONSULTATION_NUMBER, "\"PLAN\"", "2026-04-01", "2026-03-31",
                paper("2026-04-01"))), "alpha.admin", "validTo", "同意の有効期間の終わり 2026-03-31 が始まり 2026-04-01 より前です。",
                "The consent ends on 2026-03-31, before it starts on 2026-04-01.");
        refused(() -> body(post(SHARING + "/consents", office), consent(person, otherNumber, "\"PLAN\", \"WAGES\"", "2026-04-01", "2027-03-31",
                paper("2026-04-01"))), "alpha.admin", "categories", "アルファ就労B (別) は工賃・賃金の記録を受け取れません。",
                "アルファ就労B (別) may not receive wages.");
        refused(() -> body(post(SHARING + "/consents", office), consent(person, "13390000", "\"PLAN\"", "2026-04-01", "2027-03-31",
                paper("2026-04-01"))), "alpha.admin", "recipientOfficeNumber", "共有先の事業所番号 13390000 は10桁の数字ではありません。",
                "The recipient office number 13390000 is not 10 digits.");
        refused(() -> body(post(SHARING + "/consents", office), consent(person, "1399999999", "\"PLAN\"", "2026-04-01", "2027-03-31",
                paper("2026-04-01"))), "alpha.admin", "recipientOfficeNumber", "事業所番号 1399999999 の事業所は見つかりません。",
                "No office has the number 1399999999.");
        assertThat(count(ALPHA, "sharing_consent")).isEqualTo(consents);

        UUID consentId = created(mvc, "alpha.admin", SHARING + "/consents", consent(person, CONSULTATION_NUMBER, "\"PLAN\"", "2026-04-01",
                "2027-03-31", paper("2026-04-01")), office);
        json("alpha.admin", body(post(SHARING + "/consents/{c}/revoke", office, consentId), """
                {"revokedOn": "2026-04-01"}"""), 200);
        refused(() -> body(post(SHARING + "/consents/{c}/revoke", office, consentId), """
                {"revokedOn": "2026-04-01"}"""), "alpha.admin", "consentId", "この同意は 2026-04-01 に撤回されています。",
                "This consent was revoked on 2026-04-01.");
        long claims = count(SODAN, "sharing_claim");
        UUID client = client(consultation, "上田", "ウエダ", number);
        refused(() -> body(post(SHARING + "/claims", consultation), """
                {"personId": "%s", "certificateNumber": "12345", "municipalityCode": "131016"}""".formatted(client)), "sodan.admin",
                "certificateNumber", "受給者証番号 12345 は10桁の数字ではありません。", "The certificate number 12345 is not 10 digits.");
        assertThat(count(SODAN, "sharing_claim")).isEqualTo(claims);

        // isolation: another office of the tenant, another tenant, the auditor
        json("alpha.admin", get(SHARING + "/consents/{c}", other, consentId), 404);
        json("beta.admin", get(SHARING + "/consents", office), 404);
        json("beta.admin", get(SHARING + "/consents/{c}/evidence", office, consentId), 404);
        json("beta.admin", get(SHARING + "/grants", consultation), 404);
        json("alpha.admin", get(SHARING + "/inbox", consultation), 404);
        json("alpha.auditor", get(SHARING + "/consents", office), 403);
        json("alpha.auditor", body(post(SHARING + "/consents", office), consent(person, CONSULTATION_NUMBER, "\"PLAN\"", "2026-04-01",
                "2027-03-31", paper("2026-04-01"))), 403);
        // the evidence as kept
        byte[] evidence = mvc.perform(as("alpha.admin", get(SHARING + "/consents/{c}/evidence", office, consentId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(evidence).isEqualTo(java.util.Base64.getDecoder().decode(PNG));
    }

    @Test
    @DisplayName("the pages: a consent recorded with the signed form uploaded as a file, refused without one (naming evidence, nothing stored); the recipient's claim on its page answered the same either way")
    void consentAndClaimOnThePages() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 4, 1));
        String number = PlanningFixtures.newNumber();
        UUID[] source = source("アルファ作業所 (画面)", "松本", "マツモト", number);
        String consentsPage = "/offices/" + source[0] + "/sharing/consents";
        long before = count(ALPHA, "sharing_consent");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(consentsPage).with(uiUser("alpha.admin"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("personId", source[1].toString()).param("recipientOfficeNumber", CONSULTATION_NUMBER).param("categories", "PLAN")
                        .param("validFrom", "2026-04-01").param("validTo", "2027-03-31").param("evidenceKind", "PAPER_SCAN").param("signedOn", "2026-04-01"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(consentsPage))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("errorField", "evidence"));
        assertThat(count(ALPHA, "sharing_consent")).isEqualTo(before);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(consentsPage)
                        .file(new org.springframework.mock.web.MockMultipartFile("evidence", "同意書.png", "image/png", java.util.Base64.getDecoder().decode(PNG)))
                        .with(uiUser("alpha.admin")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("personId", source[1].toString()).param("recipientOfficeNumber", CONSULTATION_NUMBER).param("categories", "PLAN")
                        .param("categories", "END_OF_SERVICE").param("validFrom", "2026-04-01").param("validTo", "2027-03-31")
                        .param("evidenceKind", "PAPER_SCAN").param("signedOn", "2026-04-01"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(consentsPage))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("message", "共有の同意を登録しました。"));
        assertThat(count(ALPHA, "sharing_consent")).isEqualTo(before + 1);
        assertThat(page("alpha.admin", consentsPage)).contains("松本 一", "<span>個別支援計画、</span><span>利用終了</span>", "共有先からの照会待ち", "署名した同意書 (スキャン)");

        UUID consultation = office(SODAN, CONSULTATION_NUMBER);
        UUID client = client(consultation, "松本", "マツモト", number);
        String inboxPage = "/offices/" + consultation + "/sharing/inbox";
        String otherNumber = PlanningFixtures.newNumber();
        UUID unmatched = client(consultation, "松井", "マツイ", otherNumber);
        for (UUID[] tried : new UUID[][] {{unmatched}, {client}}) {
            String typed = tried[0].equals(client) ? number : otherNumber;
            mvc.perform(post("/offices/" + consultation + "/sharing/claims").with(uiUser("sodan.admin"))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                            .param("personId", tried[0].toString()).param("certificateNumber", typed).param("municipalityCode", "131016"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(inboxPage))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                            .attribute("message", "照会を受け付けました。提供元の同意と確認があれば共有が始まります。"));
        }
        assertThat(page("sodan.admin", inboxPage)).contains("利用者を照会する", "松本 一");
    }

    @Test
    @DisplayName("a 就労選択支援 result goes to the consultation office when the consent names assessments (#22 point 7): the summary, the facts and predictions with their evidence, in the inbox; the result sheet's own consent recorded")
    void selectionResultToTheConsultationOffice() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 11, 1));
        UUID office = jp.tsunagu.training.SelectionFixtures.selectionOffice(mvc, "alpha.admin", "アルファ選択支援 (共有)");
        mvc.perform(as("alpha.admin", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/offices/{o}/modules/{m}",
                office, "sharing"))).andExpect(status().isOk());
        UUID person = jp.tsunagu.training.SelectionFixtures.selectionUser(mvc, "alpha.admin", office, "小林", "コバヤシ", "2026-11-01", "2027-10-31")
                .person();
        String number = inTenant(ALPHA, () -> jdbc.queryForObject("select certificate_number from recipient_certificate where person_id = ?",
                String.class, person));
        UUID consultation = office(SODAN, CONSULTATION_NUMBER);
        UUID client = created(mvc, "sodan.admin", "/api/v1/offices/{o}/persons", PlanningFixtures.person("小林", "一", "コバヤシ", "ハジメ"),
                consultation);
        created(mvc, "sodan.admin", "/api/v1/offices/{o}/persons/{p}/certificates", PlanningFixtures.certificate(number, "2026-11-01",
                "2027-10-31", PlanningFixtures.standardDays("EMPLOYMENT_SELECTION", "2026-11-01", "2027-10-31")), consultation, client);
        linkedConsent(office, person, consultation, client, number, "\"ASSESSMENT\"", "2026-11-01", "2027-10-31");

        jp.tsunagu.training.SelectionFixtures.completedAssessment(mvc, "alpha.admin", office, person, "2026-11-01", "2026-11-30", "2026-11-01");
        await().atMost(Duration.ofSeconds(10)).until(() -> !json("sodan.admin", get(SHARING + "/inbox", consultation), 200).equals("[]"));
        String inbox = json("sodan.admin", get(SHARING + "/inbox", consultation), 200);
        assertThat(JsonPath.<List<String>>read(inbox, "$[*].category")).containsExactly("ASSESSMENT");
        assertThat(JsonPath.<String>read(inbox, "$[0].name")).isEqualTo("小林 一");
        assertThat(inbox).contains("A型での就労が見込まれる");
        String shown = page("sodan.admin", "/offices/" + consultation + "/sharing/inbox/" + JsonPath.read(inbox, "$[0].id"));
        assertThat(shown).contains("就労選択支援の結果 (評価及び整理)", "結果の要約", "A型での就労が見込まれる");
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(SHARING + "/provisions?personId=" + person, office), 200), "$[*].category"))
                .containsExactly("ASSESSMENT");
    }

    @Test
    @DisplayName("the consultation dashboard (#23 point 3): a client at an office of another tenant with the plan (version, delivered), the office's next monitoring, the latest monitoring (satisfaction, wishes) and the notice of ending with its reason and the person's words, beside the consultation office's own next monitoring; all read from the recipient's tenant")
    void consultationDashboard() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 4, 1));
        String number = PlanningFixtures.newNumber();
        UUID[] source = source("アルファ作業所 (一覧)", "中島", "ナカジマ", number);
        UUID consultation = office(SODAN, CONSULTATION_NUMBER);
        UUID client = client(consultation, "中島", "ナカジマ", number);
        UUID usePlan = created(mvc, "sodan.admin", "/api/v1/offices/{o}/persons/{p}/service-use-plans", """
                {"certificateNumber": "%s", "author": "相談 花子", "draftedOn": "2026-03-01", "monitoringMonths": 3,
                 "content": {"personWishes": "働きたい", "longTermGoal": "一般就労"}}""".formatted(number), consultation, client);
        json("sodan.admin", body(post("/api/v1/offices/{o}/service-use-plans/{id}/final", consultation, usePlan), """
                {"agreedBy": "中島 一", "agreedOn": "2026-03-10"}"""), 200);
        UUID consentId = linkedConsent(source[0], source[1], consultation, client, number, "\"PLAN\", \"MONITORING\", \"END_OF_SERVICE\"",
                "2026-04-01", "2027-03-31");
        UUID plan = PlanningFixtures.deliveredPlan(mvc, "alpha.admin", source[0], source[1], "TYPE_B", LocalDate.of(2026, 4, 20));
        MovableClock.moveTo(LocalDate.of(2026, 7, 10));
        mvc.perform(as("alpha.admin", body(post("/api/v1/offices/{o}/plans/{p}/monitorings", source[0], plan), """
                {"monitoredOn": "2026-07-10", "interviewed": true, "progress": [{"goal": "週4日通所する", "progress": "週3日"}],
                 "satisfaction": "作業が楽しい", "wishes": "一般就労を目指したい", "planChangeNeeded": false}"""))).andExpect(status().is2xxSuccessful());
        json("alpha.admin", body(post("/api/v1/offices/{o}/persons/{p}/ends", source[0], source[1]), """
                {"endedOn": "2026-07-31", "reason": "PERSONS_WISH", "note": "通うのが遠くなった"}"""), 201);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(SODAN, "shared_snapshot where grant_id in (select id from sharing_grant "
                + "where consent_id = '" + consentId + "')") == 3);

        String dashboard = json("sodan.admin", get(SHARING + "/dashboard", consultation), 200);
        assertThat(JsonPath.<List<String>>read(dashboard, "$[?(@.name == '中島 一')].ownMonitoringDue")).containsExactly("2026-06-10");
        assertThat(JsonPath.<List<String>>read(dashboard, "$[?(@.name == '中島 一')].sources[0].sourceOfficeName"))
                .containsExactly("アルファ作業所 (一覧)");
        assertThat(JsonPath.<List<String>>read(dashboard, "$[?(@.name == '中島 一')].sources[0].officeMonitoringDue")).isNotEmpty();
        String page = page("sodan.admin", "/offices/" + consultation + "/sharing/dashboard");
        assertThat(page).contains("中島 一", "令和8年6月10日 (2026-06-10)", "アルファ作業所 (一覧)", "第1版 (令和8年4月20日 (2026-04-20) 交付)",
                "本人の満足度: 作業が楽しい", "本人の希望: 一般就労を目指したい", "令和8年7月31日 (2026-07-31)", "終了の理由: 本人の希望",
                "本人の言葉・備考: 通うのが遠くなった");
        assertThat(inTenant(SODAN, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'shared_snapshot' "
                + "and subject_person_id = ? and details like 'dashboard%'", Long.class, client))).isGreaterThanOrEqualTo(2);
    }

    /**
     * A closed month of service records reaches the consultation office as an attendance summary, where the consent names
     * it; the person's printed record lists the consent and the provision.
     */
    @Test
    void attendanceSummaryOfAClosedMonthAndThePersonsRecord() throws Exception {
        UUID consultation = office(SODAN, CONSULTATION_NUMBER);
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "みずき作業所", "TYPE_B", "planning", "workspace", "sharing");
        String number = "4400012345";
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "水木", "ミズキ", "TYPE_B", number);
        UUID client = client(consultation, "水木", "ミズキ", number);
        linkedConsent(office, person, consultation, client, number, "\"ATTENDANCE_SUMMARY\"", "2026-04-01", "2027-03-31");
        UUID group = jp.tsunagu.workspace.WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        jp.tsunagu.workspace.WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, "2026-06-01", "09:30", group);
        jp.tsunagu.workspace.WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, "2026-06-02", "09:30", group);
        for (String day : new String[] {"2026-06-01", "2026-06-02"}) {
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/check-out", office), """
                    {"personId": "%s", "date": "%s", "time": "15:30"}""".formatted(person, day)), 200);
        }
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-06/close", office), 200);

        await().atMost(Duration.ofSeconds(10)).until(() -> json("sodan.admin", get(SHARING + "/inbox", consultation), 200)
                .contains("ATTENDANCE_SUMMARY"));
        String inbox = json("sodan.admin", get(SHARING + "/inbox", consultation), 200);
        String id = JsonPath.<List<String>>read(inbox, "$[?(@.category == 'ATTENDANCE_SUMMARY')].id").getFirst();
        String summary = json("sodan.admin", get(SHARING + "/snapshots/{s}", consultation, id), 200);
        assertThat(JsonPath.<List<String>>read(summary, "$.lines[?(@.label == 'sharing.line.daysPresent')].value")).containsExactly("2");
        assertThat(JsonPath.<String>read(summary, "$.recordDate")).isEqualTo("2026-06-30");
        String page = page("sodan.admin", "/offices/" + consultation + "/sharing/inbox/" + id);
        assertThat(page).contains("利用実績の月次まとめ", "利用日数", "就労継続支援B型");

        byte[] pdf = mvc.perform(as("alpha.admin", get(SHARING + "/provisions/{p}/pdf", office, person))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(Math.round(document.getPage(0).getMediaBox().getWidth())).isEqualTo(595);
            // a table's cell may wrap: the text is read with its line breaks taken out
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\R", "")).contains("情報提供の記録", "水木 一 様",
                    "つなぎ相談支援センター", "利用実績の要約", "利用実績の月次まとめ", "令和8年6月30日");
        }
        json("beta.admin", get(SHARING + "/provisions/{p}/pdf", office, person), 404);
        mvc.perform(get("/offices/" + office + "/sharing/provisions/" + person + "/pdf").with(uiUser("alpha.admin"))).andExpect(status().isOk());
        mvc.perform(get("/offices/" + office + "/sharing/provisions/" + person + "/pdf").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
    }

    /** The person signs the consent on the tablet: the drawing is kept as the evidence; a drawing that is no PNG is refused. */
    @Test
    void consentSignedOnTheTablet() throws Exception {
        UUID[] source = source("さくら作業所", "桜井", "サクライ", PlanningFixtures.newNumber());
        String consentsPage = "/offices/" + source[0] + "/sharing/consents";
        assertThat(page("alpha.admin", consentsPage)).contains("class=\"signature-pad\"", "data-required-when=\"evidenceKind=TABLET_SIGNATURE\"", "/js/signature.js");
        long before = count(ALPHA, "sharing_consent");
        for (String[] drawn : new String[][] {{"data:image/png;base64,AAAA", "evidence.content"}, {"data:image/png;base64," + PNG, null}}) {
            var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(consentsPage)
                    .with(uiUser("alpha.admin")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .param("personId", source[1].toString()).param("recipientOfficeNumber", CONSULTATION_NUMBER).param("categories", "PLAN")
                    .param("validFrom", "2026-04-01").param("validTo", "2027-03-31").param("evidenceKind", "TABLET_SIGNATURE")
                    .param("signedOn", "2026-04-01").param("signature", drawn[0]))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(consentsPage));
            if (drawn[1] != null) {
                result.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("errorField", drawn[1]));
                assertThat(count(ALPHA, "sharing_consent")).isEqualTo(before);
            }
        }
        assertThat(count(ALPHA, "sharing_consent")).isEqualTo(before + 1);
        String consents = json("alpha.admin", get(SHARING + "/consents?personId=" + source[1], source[0]), 200);
        assertThat(JsonPath.<List<String>>read(consents, "$[*].evidenceKind")).containsExactly("TABLET_SIGNATURE");
        var evidence = mvc.perform(as("alpha.admin", get(SHARING + "/consents/{c}/evidence", source[0],
                JsonPath.<List<String>>read(consents, "$[*].id").getFirst()))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(evidence.getContentType()).isEqualTo("image/png");
        assertThat(evidence.getContentAsByteArray()).isEqualTo(java.util.Base64.getDecoder().decode(PNG));
    }
}
