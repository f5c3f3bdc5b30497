package jp.tsunagu.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The audit pack (運営指導, #24 point 7): a period with a delivered plan, service records and a closed claim gives one PDF
 * per category whose text holds the person, the dates and the page paths of the records; a plan without consent, a
 * person served without a plan and a month not closed are listed as missing; a period reversed or too long is refused
 * naming the field (ja, en); another tenant or an office without the module finds nothing.
 */
class AuditPackIT extends ClaimsIntegrationTest {
    private static final String PACK = "/api/v1/offices/{o}/claims/audit-pack";

    private void day(UUID office, UUID person, UUID group, String date) throws Exception {
        WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, date, "09:30", group);
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-out", office).contentType("application/json").content("""
                {"personId": "%s", "date": "%s", "time": "15:30", "breakMinutes": 60}""".formatted(person, date)), 200);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\R", "");
        }
    }

    private static List<String> links(byte[] pdf) throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    private byte[] download(String path) throws Exception {
        return mvc.perform(get(path).with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void aPeriodsDocumentsWithTheirLinksAndWhatIsMissing() throws Exception {
        UUID office = office("監査の作業所", "planning", "workspace", "claims");
        json("alpha.admin", post("/api/v1/offices/{o}/claims/profiles", office).contentType("application/json").content("""
                {"serviceType": "TYPE_B", "effectiveMonth": "2026-06", "staffing": "II", "capacity": 20, "kouchinTier": "T7",
                 "revisionStatus": "IN_SCOPE", "payImprovement": "I_A"}"""), 201);
        UUID planned = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "監査", "カンサ", "TYPE_B", PlanningFixtures.newNumber());
        UUID unagreed = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "未同意", "ミドウイ", "TYPE_B", PlanningFixtures.newNumber());
        UUID plan = PlanningFixtures.deliveredPlan(mvc, "alpha.admin", office, planned, "TYPE_B", java.time.LocalDate.of(2026, 5, 20));
        UUID draft = PlanningFixtures.draftPlan(mvc, "alpha.admin", office, unagreed, "TYPE_B", java.time.LocalDate.of(2026, 12, 1));
        json("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/meeting", office, draft).contentType("application/json").content("""
                {"heldOn": "2026-06-25", "attendees": ["佐藤 誠 (サービス管理責任者)"], "personAttended": true, "opinions": "説明はまだ"}"""), 200);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        for (String d : new String[] {"2026-06-02", "2026-06-03", "2026-06-04"}) {
            day(office, planned, group, d);
        }
        day(office, unagreed, group, "2026-07-01"); // served without a plan in force, in a month not closed
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-06/close", office), 200);
        json("alpha.admin", post("/api/v1/offices/{o}/claims/months/2026-06/close?serviceType=TYPE_B", office), 200);

        String pack = json("alpha.admin", get(PACK + "?from=2026-06-01&to=2026-07-31", office).header("Accept-Language", "ja"), 200);
        assertThat(JsonPath.<List<String>>read(pack, "$.categories[*].key"))
                .containsExactly("missing", "plans", "monitoring", "service-records", "staffing", "wages", "claims");
        assertThat(JsonPath.<List<Integer>>read(pack, "$.categories[?(@.key == 'plans')].count")).containsExactly(2);
        assertThat(JsonPath.<List<String>>read(pack, "$.categories[?(@.key == 'plans')].pdf"))
                .containsExactly("/offices/" + office + "/claims/audit-pack/plans.pdf?from=2026-06-01&to=2026-07-31");
        List<String> gaps = JsonPath.read(pack, "$.missing[*].messageKey");
        assertThat(gaps).contains("claims.audit.gap.noConsent", "claims.audit.gap.noPlan", "claims.audit.gap.monthNotClosed")
                .doesNotContain("claims.audit.gap.claimNotClosed");
        assertThat(JsonPath.<List<String>>read(pack, "$.missing[?(@.messageKey == 'claims.audit.gap.noConsent')].link"))
                .containsExactly("/offices/" + office + "/planning/plans/" + draft);
        assertThat(JsonPath.<List<String>>read(pack, "$.missing[?(@.messageKey == 'claims.audit.gap.noConsent')].name")).containsExactly("未同意 一");
        assertThat(JsonPath.<List<String>>read(pack, "$.missing[?(@.messageKey == 'claims.audit.gap.noPlan')].message"))
                .containsExactly("令和8年7月1日 (2026-07-01) から交付済みの個別支援計画がないままサービスを提供しています (1 日)。");
        assertThat(JsonPath.<List<String>>read(pack, "$.missing[?(@.messageKey == 'claims.audit.gap.monthNotClosed')].link"))
                .containsExactly("/offices/" + office + "/workspace/sheets?month=2026-07");
        String en = json("alpha.admin", get(PACK + "?from=2026-06-01&to=2026-07-31", office).header("Accept-Language", "en"), 200);
        assertThat(JsonPath.<List<String>>read(en, "$.missing[?(@.messageKey == 'claims.audit.gap.monthNotClosed')].message"))
                .containsExactly("令和8年7月 (2026-07) has service but its service records are not closed.");

        String page = mvc.perform(get("/offices/" + office + "/claims/audit-pack?from=2026-06-01&to=2026-07-31").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("運営指導の書類", "不足一覧", "説明・同意の日がありません", "/claims/audit-pack/plans.pdf?from=2026-06-01&amp;to=2026-07-31",
                "audit-pack.zip");

        String range = "?from=2026-06-01&to=2026-07-31";
        String base = "/offices/" + office;
        byte[] plans = download(base + "/claims/audit-pack/plans.pdf" + range);
        String plansText = text(plans);
        assertThat(plansText).contains("個別支援計画", "監査 一", "未同意 一", "令和8年5月18日 (2026-05-18)", "令和8年5月19日 (2026-05-19)",
                "令和8年5月20日 (2026-05-20)", base + "/planning/plans/" + plan, base + "/planning/plans/" + draft);
        assertThat(plansText.indexOf("カンサ")).as("persons by kana").isLessThan(plansText.indexOf("ミドウイ"));
        assertThat(links(plans)).anySatisfy(uri -> assertThat(uri).endsWith(base + "/planning/plans/" + plan));

        String missing = text(download(base + "/claims/audit-pack/missing.pdf" + range));
        assertThat(missing).contains("不足一覧", "未同意 一", "第1版に説明・同意の日がありません", "令和8年7月 (2026-07) はサービス提供がありますが",
                base + "/workspace/sheets?month=2026-07");
        String records = text(download(base + "/claims/audit-pack/service-records.pdf" + range));
        assertThat(records).contains("監査 一", "令和8年6月 (2026-06)", base + "/workspace/sheets/" + planned + "?month=2026-06");
        String claims = text(download(base + "/claims/audit-pack/claims.pdf" + range));
        assertThat(claims).contains("請求書・明細書", "請求書・領収書", "監査 一", base + "/claims/months/2026-06/invoices.pdf?serviceType=TYPE_B");

        byte[] zip = download(base + "/claims/audit-pack/audit-pack.zip" + range);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                assertThat(new String(in.readAllBytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
        }
        assertThat(entries).hasSize(7).first().isEqualTo("01-missing-2026-06-01_2026-07-31.pdf");

        // every download is audited, about each person it names
        long audited = inTenant(ALPHA, () -> jdbc.queryForObject("""
                select count(*) from audit_record where resource = 'audit_pack' and subject_person_id = ?""", Long.class, planned));
        assertThat(audited).isPositive();
        // the overview, which names the persons of its gaps, is audited as a read about them
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("""
                select count(*) from audit_record where resource = 'audit_pack' and action = 'READ' and subject_person_id = ?""", Long.class,
                unagreed))).isPositive();
    }

    @Test
    void aPeriodReversedOrTooLongIsRefusedNamingTheField() throws Exception {
        UUID office = office("期間の作業所", "planning", "workspace", "claims");
        String[][] cases = {
                {"?from=2026-07-01&to=2026-06-30", "to", "終了日 2026-06-30 が開始日 2026-07-01 より前です", "The end 2026-06-30 is before the start 2026-07-01"},
                {"?from=2024-04-01&to=2026-04-02", "to", "24か月を超えています", "more than 24 months after the start"},
                {"?to=2026-04-02", "from", "必須です", "Required"}};
        for (String[] c : cases) {
            for (String language : new String[] {"ja", "en"}) {
                var response = mvc.perform(as("alpha.admin", get(PACK + c[0], office).header("Accept-Language", language)))
                        .andExpect(status().isBadRequest()).andReturn().getResponse();
                assertThat(response.getContentType()).startsWith("application/problem+json");
                String problem = response.getContentAsString();
                assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo(c[1]);
                assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).contains(language.equals("ja") ? c[2] : c[3]);
            }
        }
        json("alpha.admin", get(PACK + "?from=2024-04-01&to=2026-04-01", office), 200); // exactly 24 months
        mvc.perform(get("/offices/" + office + "/claims/audit-pack/plans.pdf?from=2026-07-01&to=2026-06-30").with(uiUser("alpha.admin")))
                .andExpect(status().isBadRequest());
        String page = mvc.perform(get("/offices/" + office + "/claims/audit-pack?from=2026-07-01&to=2026-06-30").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("終了日 2026-06-30 が開始日 2026-07-01 より前です");
    }

    @Test
    void anotherTenantOrAnOfficeWithoutTheModuleFindsNothing() throws Exception {
        UUID office = office("他人の作業所", "planning", "workspace", "claims");
        UUID without = office("請求なしの作業所", "planning", "workspace");
        String range = "?from=2026-06-01&to=2026-07-31";
        json("beta.admin", get(PACK + range, office), 404);
        json("alpha.admin", get(PACK + range, without), 404);
        json("alpha.admin", get(PACK + range, UUID.randomUUID()), 404);
        json("alpha.auditor", get(PACK + range, office), 403);
        for (String path : new String[] {"", "/plans.pdf", "/audit-pack.zip"}) {
            mvc.perform(get("/offices/" + office + "/claims/audit-pack" + path + range).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
            mvc.perform(get("/offices/" + without + "/claims/audit-pack" + path + range).with(uiUser("alpha.admin")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/offices/" + office + "/claims/audit-pack/nonsense.pdf" + range).with(uiUser("alpha.admin")))
                .andExpect(status().isNotFound());
    }

    /** An A型 office: the users' 賃金 belong to the wages category, and a month served whose payroll is not closed is missing. */
    @Test
    void typeAWagesAndAPayrollNotClosed() throws Exception {
        UUID office = jp.tsunagu.employment.EmploymentFixtures.office(mvc, "alpha.admin", "A型の作業所 (監査)", "TOKYO", "13");
        json("alpha.admin", put("/api/v1/offices/{o}/modules/{m}", office, "claims"), 200);
        UUID person = jp.tsunagu.employment.EmploymentFixtures.employedUser(mvc, "alpha.admin", office, "雇用", "コヨウ", "2026-04-01", "2027-03-31");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "検品", "EMPLOYED_A");
        jp.tsunagu.employment.EmploymentFixtures.clocked(mvc, "alpha.admin", office, person, group, "2026-09-01", "10:00", "15:00", 60);
        jp.tsunagu.employment.EmploymentFixtures.recordsClosed(mvc, "alpha.admin", office, "2026-09");
        String pack = json("alpha.admin", get(PACK + "?from=2026-09-01&to=2026-09-30", office).header("Accept-Language", "ja"), 200);
        assertThat(JsonPath.<List<String>>read(pack, "$.missing[*].messageKey")).contains("claims.audit.gap.payrollNotClosed");
        assertThat(JsonPath.<List<String>>read(pack, "$.missing[?(@.messageKey == 'claims.audit.gap.payrollNotClosed')].link"))
                .containsExactly("/offices/" + office + "/employment/payroll?month=2026-09");
        assertThat(JsonPath.<List<Integer>>read(pack, "$.categories[?(@.key == 'wages')].count")).containsExactly(1);
    }
}
