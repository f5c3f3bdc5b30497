package jp.tsunagu.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.Test;

/**
 * The month's claim built from the service records (#24 point 3): BL-2 reproduced from a June of records at a 6級地 office
 * (days, absences with a response, transport each way, meals) under its claim profile; bad input; isolation.
 */
class MonthlyClaimIT extends ClaimsIntegrationTest {
    @Test
    void bl2FromAJuneOfServiceRecords() throws Exception {
        UUID office = office("六級地の作業所");
        json("alpha.admin", body(post(CLAIMS + "/profiles", office), """
                {"serviceType": "TYPE_B", "effectiveMonth": "2026-06", "staffing": "II", "capacity": 20, "kouchinTier": "T7",
                 "revisionStatus": "IN_SCOPE", "payImprovement": "I_A"}"""), 201);
        for (String addition : new String[] {"TRANSPORT_I", "MEAL_PROVISION"}) {
            json("alpha.admin", body(post(CLAIMS + "/profiles/additions", office), """
                    {"serviceType": "TYPE_B", "addition": "%s", "acceptedOn": "2026-05-12"}""".formatted(addition)), 201);
        }
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "請求", "セイキュウ", "TYPE_B", PlanningFixtures.newNumber());
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        usedSinceApril(office, person, group);
        // 20 days present (the weekdays of 1–26 June), 36 one-way trips (both ways on 18 days), a meal each day
        int day = 0;
        for (LocalDate d = LocalDate.of(2026, 6, 1); d.isBefore(LocalDate.of(2026, 6, 27)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, d.toString(), "09:30", group);
            boolean transport = day++ < 18;
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/check-out", office), """
                    {"personId": "%s", "date": "%s", "time": "15:30", "breakMinutes": 60, "transportTo": %s, "transportFrom": %s, "meal": true}"""
                    .formatted(person, d, transport, transport)), 200);
        }
        for (String d : new String[] {"2026-06-29", "2026-06-30"}) { // two absences with the response given (欠席時対応)
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/absence", office), """
                    {"personId": "%s", "date": "%s", "groupId": "%s", "contact": "母より電話", "response": "体調を確認し、翌日の予定を調整"}"""
                    .formatted(person, d, group)), 201);
        }
        assertThat(day).isEqualTo(20);
        String notClosed = json("alpha.admin", get(CLAIMS + "/months/2026-06?serviceType=TYPE_B", office).header("Accept-Language", "ja"), 400);
        assertThat(JsonPath.<String>read(notClosed, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(notClosed, "$.errors[0].message")).startsWith("2026-06 の実績記録がまだ締められていません");
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-06/close", office), 200);

        String june = json("alpha.admin", get(CLAIMS + "/months/2026-06?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(june, "$.persons[0].claim.lines[*].code"))
                .containsExactly("462073", "466040", "466590", "465070", "465120");
        assertThat(JsonPath.<List<Integer>>read(june, "$.persons[0].claim.lines[*].units")).containsExactly(11_680, 188, 756, 600, 1_389);
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].claim.units")).isEqualTo(14_613);
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].claim.cost.value")).isEqualTo(151_098);
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].claim.charge.value")).isEqualTo(9_300);
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].claim.benefit.value")).isEqualTo(141_798);
        assertThat(JsonPath.<Integer>read(june, "$.benefit.value")).isEqualTo(141_798);

        String page = mvc.perform(get("/offices/" + office + "/claims/months?month=2026-06&serviceType=TYPE_B").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("請求の確認", "令和8年6月", "462073", "欠席時対応加算", "151,098円", "141,798円", "計算の根拠");

        // closed, the month gives the claim file of the interface spec: CP932, CRLF, control record first, the statement's lines
        json("alpha.admin", get(CLAIMS + "/months/2026-06/claim.csv?serviceType=TYPE_B", office), 409);
        json("alpha.admin", post(CLAIMS + "/months/2026-06/close?serviceType=TYPE_B", office), 200);
        var file = mvc.perform(as("alpha.admin", get(CLAIMS + "/months/2026-06/claim.csv?serviceType=TYPE_B", office))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(file.getHeader("Content-Disposition")).matches("attachment; filename=\"?J1\\d{5}\\w?\\.CSV\"?");
        String csv = new String(file.getContentAsByteArray(), java.nio.charset.Charset.forName("windows-31j"));
        List<String> records = List.of(csv.split("\r\n"));
        assertThat(csv).endsWith("\r\n");
        assertThat(records.getFirst()).startsWith("1,1,0,");
        assertThat(records.getLast()).startsWith("3,");
        assertThat(records).anySatisfy(r -> assertThat(r).contains("J121").contains("462073"))
                .anySatisfy(r -> assertThat(r).contains("J121").contains("466590"))
                .anySatisfy(r -> assertThat(r).contains("J611"));
        assertThat(csv).contains("151098").contains("141798");
        // the page's link serves the same file to the browser's session
        byte[] fromPage = mvc.perform(get("/offices/" + office + "/claims/months/2026-06/claim.csv?serviceType=TYPE_B").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(fromPage, java.nio.charset.Charset.forName("windows-31j"))).startsWith("1,1,0,").contains("462073");
        mvc.perform(get("/offices/" + office + "/claims/months/2026-06/claim.pdf?serviceType=TYPE_B").with(uiUser("beta.admin")))
                .andExpect(status().isNotFound());
        byte[] sheet = mvc.perform(as("alpha.admin", get(CLAIMS + "/months/2026-06/claim.pdf?serviceType=TYPE_B", office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(sheet)) {
            assertThat(document.getNumberOfPages()).as("the claim sheet and one statement").isEqualTo(2);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\R", "");
            assertThat(text).contains("介護給付費等請求書", "介護給付費等明細書", "462073", "466590", "14613", "151,098円", "141,798円", "9,300円",
                    "令和8年6月");
        }

        // another tenant's office is not there; a member without the privilege is refused
        json("beta.admin", get(CLAIMS + "/months/2026-06?serviceType=TYPE_B", office), 404);
        json("alpha.auditor", get(CLAIMS + "/months/2026-06?serviceType=TYPE_B", office), 403);
    }

    @Test
    void aMonthWithoutAClaimProfileIsRefusedNamingIt() throws Exception {
        UUID office = office("届出のない作業所");
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-05/close", office), 200);
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", get(CLAIMS + "/months/2026-05?serviceType=TYPE_B", office).header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo("month");
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja")
                    ? "TYPE_B の 2026-05 に有効な体制届がありません" : "No claim profile for TYPE_B is in force in 2026-05");
        }
        String page = mvc.perform(get("/offices/" + office + "/claims/months?month=2026-05").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("有効な体制届がありません");
    }

    /** The checks before the claim name the rejection they prevent, whom it concerns and where to fix it. */
    @Test
    void checksNameTheRejectionAndWhereToFixIt() throws Exception {
        // the wages module on too: the filed tier is compared with its own, which it cannot compute here (no reward profile)
        UUID office = office("点検の作業所", "planning", "workspace", "wages", "claims");
        json("alpha.admin", body(post(CLAIMS + "/profiles", office), """
                {"serviceType": "TYPE_B", "effectiveMonth": "2026-06", "staffing": "II", "capacity": 20, "kouchinTier": "T7",
                 "revisionStatus": "IN_SCOPE", "payImprovement": "I_A"}"""), 201);
        UUID many = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "多日", "タジツ", "TYPE_B", PlanningFixtures.newNumber());
        UUID absent = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "欠席", "ケッセキ", "TYPE_B", PlanningFixtures.newNumber());
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        // 23 days present in June, one more than the decided amount (30 − 8 = 22 days), with transport on the first day
        int present = 0;
        for (LocalDate d = LocalDate.of(2026, 6, 1); present < 23; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() == 7) {
                continue;
            }
            WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, many, d.toString(), "09:30", group);
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/check-out", office), """
                    {"personId": "%s", "date": "%s", "time": "15:30", "transportTo": %s}""".formatted(many, d, present == 0)), 200);
            present++;
        }
        for (int day = 1; day <= 5; day++) { // five absences with a response: one more than may be claimed
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/absence", office), """
                    {"personId": "%s", "date": "2026-06-0%d", "groupId": "%s", "contact": "本人より電話", "response": "様子を聞き、次の通所日を確認"}"""
                    .formatted(absent, day, group)), 201);
        }
        String checks = json("alpha.admin", get(CLAIMS + "/months/2026-06/checks?serviceType=TYPE_B", office), 200);
        // EG28 names the days beyond the contracted 20 (the decided amount is 22): they are not claimed, the claim is not stopped
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.severity == 'ERROR')].rejection")).isEmpty();
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.rejection == 'EG28')].severity")).containsExactly("WARNING");
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.rejection == 'EG28')].link").getFirst())
                .isEqualTo("/offices/" + office + "/workspace/sheets/" + many + "?month=2026-06");
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.severity == 'WARNING')].messageKey"))
                .containsExactlyInAnyOrder("claims.check.beyondDecided", "claims.check.absences", "claims.check.additionNotCounting");
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.messageKey == 'claims.check.absences')].scope")).containsExactly("PERSON");
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.messageKey == 'claims.check.additionNotCounting')].scope"))
                .containsExactly("OFFICE");

        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-06/close", office), 200);
        String page = mvc.perform(get("/offices/" + office + "/claims/months?month=2026-06&serviceType=TYPE_B").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("請求前チェック", "EG28", "利用日数 23 日が支給量 (決定または契約) 20 日を超えています。超えた日 (2026-06-24, 2026-06-25, 2026-06-26) は請求しません。",
                "欠席時対応が 5 回あります。請求できるのは月 4 回までです", "多日 一", "直す");
        // the claim itself still shows what may be claimed: four of the five absence responses
        String june = json("alpha.admin", get(CLAIMS + "/months/2026-06?serviceType=TYPE_B", office), 200);
        // no day present: no base line; the absence responses (466040) and 処遇改善 on them
        assertThat(JsonPath.<List<String>>read(june, "$.persons[?(@.name == '欠席 一')].claim.lines[*].code")).containsExactly("466040", "465120");
        assertThat(JsonPath.<List<Integer>>read(june, "$.persons[?(@.name == '欠席 一')].claim.lines[0].units")).containsExactly(376);
        json("beta.admin", get(CLAIMS + "/months/2026-06/checks?serviceType=TYPE_B", office), 404);
    }

    /**
     * Closing is idempotent per (tenant, office, service type, month): concurrent requests give exactly one claim; the
     * closed claim locks its inputs in the database; a month with errors in its checks is not closed.
     */
    @Test
    void closingGivesExactlyOneClaimAndLocksItsInputs() throws Exception {
        UUID office = office("確定の作業所");
        json("alpha.admin", body(post(CLAIMS + "/profiles", office), """
                {"serviceType": "TYPE_B", "effectiveMonth": "2026-06", "staffing": "II", "capacity": 20, "kouchinTier": "T7",
                 "revisionStatus": "IN_SCOPE", "payImprovement": "I_A"}"""), 201);
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "確定", "カクテイ", "TYPE_B", PlanningFixtures.newNumber());
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        usedSinceApril(office, person, group);
        for (String d : new String[] {"2026-06-01", "2026-06-02", "2026-06-03"}) {
            WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, d, "09:30", group);
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/check-out", office), """
                    {"personId": "%s", "date": "%s", "time": "15:30"}""".formatted(person, d)), 200);
        }
        String close = CLAIMS + "/months/2026-06/close?serviceType=TYPE_B";
        String notClosed = json("alpha.admin", post(close, office).header("Accept-Language", "en"), 400);
        assertThat(JsonPath.<String>read(notClosed, "$.errors[0].field")).isEqualTo("month");
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-06/close", office), 200);
        json("alpha.admin", get(CLAIMS + "/months/2026-06/closed?serviceType=TYPE_B", office), 404);
        json("alpha.admin", get(CLAIMS + "/months/2026-06/invoices.pdf?serviceType=TYPE_B", office), 409);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> json("alpha.admin", post(close, office), 200)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int closedNow = 0;
            for (var a : answers) {
                String answer = a.get();
                ids.add(JsonPath.read(answer, "$.id"));
                closedNow += JsonPath.<Boolean>read(answer, "$.closedNow") ? 1 : 0;
            }
            assertThat(ids).hasSize(1);
            assertThat(closedNow).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from claim_month where office_id = ?", Long.class, office)))
                .isEqualTo(1);
        String closed = json("alpha.admin", get(CLAIMS + "/months/2026-06/closed?serviceType=TYPE_B", office), 200);
        // 3 days: 584 × 3 = 1,752 + 処遇改善 (Ⅰ)イ 105/1000 → 184 = 1,936 units × 10.34 = 20,018 yen; the user pays 2,001
        assertThat(JsonPath.<Integer>read(closed, "$.units")).isEqualTo(1_936);
        assertThat(JsonPath.<Integer>read(closed, "$.benefit")).isEqualTo(18_017);

        // the claimed month's inputs are locked in the database: a profile version, an addition, a service record
        json("alpha.admin", body(post(CLAIMS + "/profiles", office), """
                {"serviceType": "TYPE_B", "effectiveMonth": "2026-05", "staffing": "III", "capacity": 20, "kouchinTier": "T7"}"""), 409);
        json("alpha.admin", body(post(CLAIMS + "/profiles/additions", office), """
                {"serviceType": "TYPE_B", "addition": "TRANSPORT_I", "acceptedOn": "2026-05-10"}"""), 409);
        json("alpha.admin", body(post(CLAIMS + "/profiles/additions", office), """
                {"serviceType": "TYPE_B", "addition": "TRANSPORT_I", "acceptedOn": "2026-06-10"}"""), 201); // counts from July
        assertThat(inTenant(ALPHA, () -> {
            try {
                return jdbc.update("update service_record set transport_to = true where office_id = ? and service_date = date '2026-06-01'", office);
            } catch (org.springframework.dao.DataIntegrityViolationException locked) {
                return -1;
            }
        })).isEqualTo(-1);
        String page = mvc.perform(get("/offices/" + office + "/claims/months?month=2026-06&serviceType=TYPE_B").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("確定済み", "18,017円", "invoices.pdf").doesNotContain("この月の請求を確定する");
        byte[] pdf = mvc.perform(as("alpha.admin", get(CLAIMS + "/months/2026-06/invoices.pdf?serviceType=TYPE_B", office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("one page a person").isEqualTo(1);
            assertThat(Math.round(document.getPage(0).getMediaBox().getWidth())).isEqualTo(595);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\R", ""))
                    .contains("請求書", "領収書", "確定 一 様", "2,001円", "20,018円", "令和8年6月", "就労継続支援B型", "切り取り線");
        }
        json("alpha.auditor", post(close, office), 403);
        json("beta.admin", post(close, office), 404);
    }
}
