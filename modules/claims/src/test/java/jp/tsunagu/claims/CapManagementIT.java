package jp.tsunagu.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.Test;

/**
 * 利用者負担上限額管理 (#24 points 3, 4, 5; BL-4 in the claim): the managing office enters the other offices' charges and
 * its result is computed with its month (上限額管理加算 claimed); another office enters the result it received, and
 * the charge follows it; missing or inconsistent results are findings naming EJ13/EJ16; the claim file carries J121-01
 * #15-17 and #26; bad input, locking, isolation.
 */
class CapManagementIT extends ClaimsIntegrationTest {
    private static final String CAPS = CLAIMS + "/cap-management";

    private String number(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, office));
    }

    private long stored(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, office));
    }

    /**
     * BL-2's profile at the office and a person who came in April, present on the first {@code days} weekdays of June, the
     * month's records closed; the person's id.
     */
    private UUID closedJune(UUID office, String family, String kana, int days) throws Exception {
        bl2Profile(office);
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, family, kana, "TYPE_B", PlanningFixtures.newNumber());
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        usedSinceApril(office, person, group);
        presentOnWeekdays(office, person, group, LocalDate.of(2026, 6, 1), days);
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-06/close", office), 200);
        return person;
    }

    @Test
    void theManagingOfficeSharesTheCapOutAndClaimsIt() throws Exception {
        UUID office = office("管理事業所の作業所");
        UUID person = closedJune(office, "管理", "カンリ", 10);
        json("alpha.admin", body(post(CAPS + "/persons/{p}", office, person), """
                {"managingOffice": "%s", "fromMonth": "2026-06"}""".formatted(number(office))), 201);

        // registered, no result yet: the checks stop the claim (EJ13) and link to where the result is entered
        String checks = json("alpha.admin", get(CLAIMS + "/months/2026-06/checks?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.messageKey == 'claims.check.capMissing')].rejection")).containsExactly("EJ13");
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.messageKey == 'claims.check.capMissing')].link"))
                .containsExactly("/offices/" + office + "/claims/cap-management?month=2026-06");
        json("alpha.admin", post(CLAIMS + "/months/2026-06/close?serviceType=TYPE_B", office), 409);

        // office B's charge of 3,000 before management: 10 days 5,840 + 上限額管理加算 150 = 5,990; 処遇改善 105/1000 → 629;
        // 6,619 units × 10.34 = 68,440 yen; this office's 10 % 6,844; 6,844 + 3,000 = 9,844 > 9,300 → result 3, B charges 2,456
        json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                {"others": [{"officeNumber": "1312345678", "officeName": "B作業所", "amount": 3000}]}"""), 200);
        String june = json("alpha.admin", get(CLAIMS + "/months/2026-06?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(june, "$.persons[0].claim.lines[*].code")).containsExactly("462073", "465010", "465120");
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].claim.units")).isEqualTo(6_619);
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].claim.charge.value")).isEqualTo(6_844);
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].capManagement.result")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].capManagement.others[0].after.value")).isEqualTo(2_456);
        String page = mvc.perform(get("/offices/" + office + "/claims/cap-management?month=2026-06").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("上限額管理", "この事業所が上限額管理事業所", "管理結果 3", "1312345678 B作業所", "2,456円", "6,844円");

        assertThat(page).contains("result-sheets.pdf?month=2026-06");
        try (var preview = org.apache.pdfbox.Loader.loadPDF(mvc.perform(get("/offices/" + office + "/claims/cap-management/result-sheets.pdf?month=2026-06")
                .with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(preview).replaceAll("\\R", "")).contains("未確定");
        }

        json("alpha.admin", post(CLAIMS + "/months/2026-06/close?serviceType=TYPE_B", office), 200);
        // the result sheet to send office B: one A4 page for the person, every office's charge before and after
        byte[] sheet = mvc.perform(as("alpha.admin", get(CAPS + "/result-sheets.pdf?month=2026-06", office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(sheet)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(Math.round(document.getPage(0).getMediaBox().getWidth())).isEqualTo(595);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\R", "");
            assertThat(text).contains("利用者負担上限額管理結果票", "管理 一", "令和8年6月", "3: 上限額を超え調整した", "1312345678 B作業所", "3,000円",
                    "2,456円", "6,844円").doesNotContain("未確定");
        }
        json("beta.admin", get(CAPS + "/result-sheets.pdf?month=2026-06", office), 404);
        var file = mvc.perform(as("alpha.admin", get(CLAIMS + "/months/2026-06/claim.csv?serviceType=TYPE_B", office))).andExpect(status().isOk())
                .andReturn().getResponse();
        String statement = List.of(new String(file.getContentAsByteArray(), java.nio.charset.Charset.forName("windows-31j")).split("\r\n")).stream()
                .filter(r -> r.contains(",J121,01,")).findFirst().orElseThrow();
        List<String> items = List.of(statement.split(",", -1));
        // J121-01 #15 managing office, #16 result, #17 result amount, #26 the charge after management (the spec's item n is
        // the record's field n + 2: record type and number come first)
        assertThat(items.get(16)).isEqualTo(number(office));
        assertThat(items.get(17)).isEqualTo("3");
        assertThat(items.get(18)).isEqualTo("6844");
        assertThat(items.get(27)).isEqualTo("6844");
        // the claimed month's management is locked
        json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                {"others": []}"""), 409);
    }

    @Test
    void anotherOfficeEntersTheResultItReceived() throws Exception {
        UUID office = office("管理されない作業所");
        UUID person = closedJune(office, "併用", "ヘイヨウ", 3);
        json("alpha.admin", body(post(CAPS + "/persons/{p}", office, person), """
                {"managingOffice": "1399999999", "fromMonth": "2026-04", "toMonth": "2027-03"}"""), 201);
        // 3 days: 1,936 units, 20,018 yen, this office's own charge 2,001. Result 2 must keep it: 1,300 is inconsistent (EJ16)
        json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                {"result": 2, "resultAmount": 1300}"""), 200);
        String checks = json("alpha.admin", get(CLAIMS + "/months/2026-06/checks?serviceType=TYPE_B", office).header("Accept-Language", "ja"), 200);
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.severity == 'ERROR')].rejection")).containsExactly("EJ16");
        json("alpha.admin", post(CLAIMS + "/months/2026-06/close?serviceType=TYPE_B", office), 409);
        // above the own charge: EJ13 (#17 would not equal #26)
        json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                {"result": 3, "resultAmount": 2500}"""), 200);
        checks = json("alpha.admin", get(CLAIMS + "/months/2026-06/checks?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.severity == 'ERROR')].messageKey")).containsExactly("claims.check.capAboveOwn");
        // BL-4's result 3 seen from office B: it charges the 1,300 the managing office left it
        json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                {"result": 3, "resultAmount": 1300}"""), 200);
        checks = json("alpha.admin", get(CLAIMS + "/months/2026-06/checks?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.severity == 'ERROR')]")).isEmpty();
        String june = json("alpha.admin", get(CLAIMS + "/months/2026-06?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(june, "$.persons[0].claim.lines[*].code")).doesNotContain("465010");
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].claim.charge.value")).isEqualTo(1_300);
        assertThat(JsonPath.<Integer>read(june, "$.persons[0].claim.benefit.value")).isEqualTo(18_718);
        json("alpha.admin", post(CLAIMS + "/months/2026-06/close?serviceType=TYPE_B", office), 200);
        String csv = new String(mvc.perform(as("alpha.admin", get(CLAIMS + "/months/2026-06/claim.csv?serviceType=TYPE_B", office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), java.nio.charset.Charset.forName("windows-31j"));
        assertThat(csv).contains(",1399999999,3,1300,");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        UUID office = office("入力誤りの作業所");
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "誤入力", "ゴニュウリョク", "TYPE_B", PlanningFixtures.newNumber());
        long registrations = stored("claim_cap_management", office);
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", body(post(CAPS + "/persons/{p}", office, person), """
                    {"managingOffice": "123", "fromMonth": "2026-06"}""").header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo("managingOffice");
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja")
                    ? "事業所番号は半角の数字・英大文字 10 桁です" : "An office number is 10 half-width digits or capital letters");
        }
        String reversed = json("alpha.admin", body(post(CAPS + "/persons/{p}", office, person), """
                {"managingOffice": "1399999999", "fromMonth": "2026-06", "toMonth": "2026-05"}"""), 400);
        assertThat(JsonPath.<String>read(reversed, "$.errors[0].field")).isEqualTo("toMonth");
        assertThat(stored("claim_cap_management", office)).isEqualTo(registrations);

        // a result for a month outside the registration (EG17), result 1 with an amount (EJ16), an amount of 6 digits
        String registered = json("alpha.admin", body(post(CAPS + "/persons/{p}", office, person), """
                {"managingOffice": "1399999999", "fromMonth": "2026-06"}"""), 201);
        long results = stored("claim_cap_result", office);
        for (String language : new String[] {"ja", "en"}) {
            String outside = json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-05", office, person), """
                    {"result": 2, "resultAmount": 1000}""").header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(outside, "$.errors[0].field")).isEqualTo("month");
            assertThat(JsonPath.<String>read(outside, "$.errors[0].message")).contains("EG17");
            String result1 = json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                    {"result": 1, "resultAmount": 500}""").header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(result1, "$.errors[0].field")).isEqualTo("resultAmount");
            assertThat(JsonPath.<String>read(result1, "$.errors[0].message")).startsWith(language.equals("ja")
                    ? "管理結果 1 (上限額管理事業所で上限額に達した) のとき" : "With result 1 (the managing office reached the cap)");
        }
        String tooMuch = json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                {"result": 3, "resultAmount": 100000}"""), 400);
        assertThat(JsonPath.<String>read(tooMuch, "$.errors[0].field")).isEqualTo("resultAmount");
        String othersHere = json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                {"others": [{"officeNumber": "1311111111", "amount": 100}]}"""), 400);
        assertThat(JsonPath.<String>read(othersHere, "$.errors[0].field")).isEqualTo("others");
        assertThat(stored("claim_cap_result", office)).isEqualTo(results);
        // an overlapping registration
        String overlap = json("alpha.admin", body(post(CAPS + "/persons/{p}", office, person), """
                {"managingOffice": "1388888888", "fromMonth": "2026-09"}"""), 400);
        assertThat(JsonPath.<String>read(overlap, "$.errors[0].field")).isEqualTo("fromMonth");
        assertThat(stored("claim_cap_management", office)).isEqualTo(registrations + 1);

        // the page's form gives the same refusal, in the page
        var refused = mvc.perform(post("/offices/" + office + "/claims/cap-management/result").param("personId", person.toString())
                .param("month", "2026-06").param("result", "1").param("resultAmount", "500").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(String.valueOf(refused.getFlashMap().get("error"))).contains("管理結果 1");
        assertThat(stored("claim_cap_result", office)).isEqualTo(results);
        String id = JsonPath.read(registered, "$.id");
        json("alpha.admin", body(post(CAPS + "/registrations/{r}/end", office, id), """
                {"toMonth": "2026-05"}"""), 400);
    }

    @Test
    void anotherTenantOrOfficeFindsNothing() throws Exception {
        UUID office = office("隔離の作業所");
        UUID other = office("別の作業所");
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "隔離", "カクリ", "TYPE_B", PlanningFixtures.newNumber());
        String registered = json("alpha.admin", body(post(CAPS + "/persons/{p}", office, person), """
                {"managingOffice": "1399999999", "fromMonth": "2026-06"}"""), 201);
        String id = JsonPath.read(registered, "$.id");
        String register = """
                {"managingOffice": "1399999999", "fromMonth": "2027-06"}""";
        String result = """
                {"result": 2, "resultAmount": 1000}""";
        json("beta.admin", get(CAPS + "?month=2026-06", office), 404);
        json("beta.admin", get(CAPS + "/persons/{p}", office, person), 404);
        json("beta.admin", body(post(CAPS + "/persons/{p}", office, person), register), 404);
        json("beta.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), result), 404);
        json("beta.admin", body(post(CAPS + "/registrations/{r}/end", office, id), "{\"toMonth\": \"2026-07\"}"), 404);
        mvc.perform(get("/offices/" + office + "/claims/cap-management?month=2026-06").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        // the same tenant's other office does not reach this office's person or registration
        json("alpha.admin", get(CAPS + "/persons/{p}", other, person), 404);
        json("alpha.admin", body(post(CAPS + "/persons/{p}", other, person), register), 404);
        json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", other, person), result), 404);
        json("alpha.admin", body(post(CAPS + "/registrations/{r}/end", other, id), "{\"toMonth\": \"2026-07\"}"), 404);
        assertThat(JsonPath.<List<Object>>read(json("alpha.admin", get(CAPS + "?month=2026-06", other), 200), "$")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(json("alpha.admin", get(CAPS + "?month=2026-06", office), 200), "$")).hasSize(1);
        json("alpha.auditor", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), result), 403);
    }

    /** A result entered while another office managed does not count once this office manages: the month asks for it again (EJ13). */
    @Test
    void aResultOfTheOtherKindAfterTheManagingOfficeChangesIsAskedAgain() throws Exception {
        UUID office = office("管理事業所が変わる作業所");
        UUID person = closedJune(office, "変更", "ヘンコウ", 3);
        String first = json("alpha.admin", body(post(CAPS + "/persons/{p}", office, person), """
                {"managingOffice": "1399999999", "fromMonth": "2026-06"}"""), 201);
        json("alpha.admin", body(put(CAPS + "/persons/{p}/months/2026-06", office, person), """
                {"result": 2, "resultAmount": 2001}"""), 200);
        // the certificate named the wrong office: the registration is ended before June and this office registered instead
        json("alpha.admin", body(post(CAPS + "/registrations/{r}/end", office, (String) JsonPath.read(first, "$.id")), """
                {"toMonth": "2026-06"}"""), 200);
        inTenant(ALPHA, () -> jdbc.update("update claim_cap_management set to_month = null, managing_office = ? where person_id = ?",
                number(office), person));
        String checks = json("alpha.admin", get(CLAIMS + "/months/2026-06/checks?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<List<String>>read(checks, "$.findings[?(@.severity == 'ERROR')].messageKey")).containsExactly("claims.check.capMissing");
        String june = json("alpha.admin", get(CLAIMS + "/months/2026-06?serviceType=TYPE_B", office), 200);
        assertThat(JsonPath.<Boolean>read(june, "$.persons[0].capManagement.managedHere")).isTrue();
        assertThat(JsonPath.<java.util.Map<String, Object>>read(june, "$.persons[0].capManagement")).doesNotContainKey("result");
        mvc.perform(get("/offices/" + office + "/claims/cap-management?month=2026-06").with(uiUser("alpha.admin"))).andExpect(status().isOk());
    }
}
