package jp.tsunagu.training;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static jp.tsunagu.training.TrainingFixtures.placeablePerson;
import static jp.tsunagu.training.TrainingFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.testsupport.TestTokens;
import jp.tsunagu.training.api.TrainingQueries;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Statistics per office and fiscal year (#22 point 8): the page, the JSON, the CSV and the workbook; bad input; isolation; TrainingQueries' contacts. */
class TrainingStatisticsIT extends IntegrationTest {
    private static final String TRAINING = "/api/v1/offices/{o}/training";

    @Autowired
    TrainingQueries queries;

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private String json(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return response(user, request, status).getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse response(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().is(status)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    /** An office offering 就労移行支援, 就労定着支援 and 就労選択支援, with planning, workspace and training on. */
    private UUID office() throws Exception {
        String number = "13" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = created(mvc, "alpha.admin", "/api/v1/offices", """
                {"officeNumber": "%s", "name": "東京就労 (統計)", "prefecture": "TOKYO", "regionalClass": "GRADE_1",
                 "services": [{"serviceType": "TRANSITION", "capacity": 20}, {"serviceType": "RETENTION", "capacity": 40},
                              {"serviceType": "EMPLOYMENT_SELECTION", "capacity": 10}]}""".formatted(number));
        for (String module : new String[] {"planning", "workspace", "training"}) {
            mvc.perform(put("/api/v1/offices/{o}/modules/{m}", office, module).header("Authorization", "Bearer " + TestTokens.token("alpha.admin")))
                    .andExpect(status().isOk());
        }
        return office;
    }

    /** The table row of {@code marker} up to its end. */
    private static String row(String html, String marker) {
        int from = html.indexOf(marker);
        assertThat(from).as(marker).isNotNegative();
        return html.substring(from, html.indexOf("</tr>", from));
    }

    private static Row labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    @DisplayName("FY2026 of an office: 4 persons served (one whose use ended with a hire in FY2024 not; one counted from the usage contract alone, no first day recorded), 2 new starts, 4 placements (2 in May), 3 placements reaching 6 months of which 2 retained, 3 ended (体調不良による退職 twice, 人間関係 once), the rate in force 2.5 % (one retained in FY2025 over 20 + 20), one retention support ended early (倒産), one assessment completed; the page with its table and chart, the JSON, the CSV (BOM, CRLF, no names) and the workbook, exports audited")
    void theYearsFigures() throws Exception {
        MovableClock.moveTo(LocalDate.of(2027, 4, 15));
        UUID office = office();
        // A: from 2026-04-01, hired 2026-05-11 and still employed: 6-month day 2026-11-11 retained
        UUID a = placeablePerson(mvc, "alpha.admin", office, "青木", "アオキ", "2026-04-01");
        placement(mvc, "alpha.admin", office, a, "2026-05-11", null);
        // B: from 2026-06-01, hired 2026-07-01 and left 2026-09-30 (6-month day 2027-01-01 not employed); hired again 2026-10-15, left 2027-02-28
        UUID b = placeablePerson(mvc, "alpha.admin", office, "馬場", "ババ", "2026-06-01");
        placement(mvc, "alpha.admin", office, b, "2026-07-01", "2026-09-30");
        placement(mvc, "alpha.admin", office, b, "2026-10-15", "2027-02-28");
        // C: from 2025-04-01 (served in FY2026 until hired), hired 2026-05-20, left 2026-12-31 after the 6-month day 2026-11-20
        UUID c = placeablePerson(mvc, "alpha.admin", office, "千葉", "チバ", "2025-04-01");
        UUID cPlacement = placement(mvc, "alpha.admin", office, c, "2026-05-20", null);
        json("alpha.admin", body(post(TRAINING + "/placements/{p}/end", office, cPlacement), """
                {"endedOn": "2026-12-31", "reason": "人間関係による退職"}"""), 200);
        // E: from 2024-10-01, hired 2024-12-02 (6-month day 2025-06-02 retained: counts in the rate paid in FY2026), not served in FY2026
        UUID e = placeablePerson(mvc, "alpha.admin", office, "江口", "エグチ", "2024-10-01");
        placement(mvc, "alpha.admin", office, e, "2024-12-02", null);
        // F: 就労定着支援 from 2026-04-01, a face-to-face contact in May, ended early on 2026-12-15
        UUID f = TrainingFixtures.retentionUser(mvc, "alpha.admin", office, "福田", "フクダ", "2026-04-01", "2027-03-31");
        UUID support = TrainingFixtures.retentionSupport(mvc, "alpha.admin", office, f, "株式会社つなぐ商事", "2025-09-01", "2026-04-01",
                "2029-03-31", false);
        json("alpha.admin", body(post(TRAINING + "/retention-support/{s}/contacts", office, support), """
                {"date": "2026-05-20", "faceToFace": true, "withWhom": "PERSON", "issues": "通勤", "note": "職場で面談"}"""), 201);
        json("alpha.admin", body(post(TRAINING + "/retention-support/{s}/end", office, support), """
                {"endedOn": "2026-12-15", "reason": "会社の倒産による離職"}"""), 200);
        // G: 就労選択支援 in September 2026, completed on 2026-09-25
        UUID g = SelectionFixtures.selectionUser(mvc, "alpha.admin", office, "後藤", "ゴトウ", "2026-09-01", "2027-08-31").person();
        SelectionFixtures.completedAssessment(mvc, "alpha.admin", office, g, "2026-09-01", "2026-09-30", "2026-09-25");

        // H: a 就労移行支援 contract from 2027-01-10 and no first day of use recorded yet: served in FY2026 by the contract
        TrainingFixtures.transitionUser(mvc, "alpha.admin", office, "堀", "ホリ", "2027-01-10", "2028-01-09");

        // the JSON
        String j = json("alpha.admin", get(TRAINING + "/statistics/{y}", office, 2026), 200);
        assertThat(JsonPath.<Integer>read(j, "$.fiscalYear")).isEqualTo(2026);
        assertThat(JsonPath.<String>read(j, "$.from")).isEqualTo("2026-04-01");
        assertThat(JsonPath.<Integer>read(j, "$.transition.served")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(j, "$.transition.newStarts")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(j, "$.transition.placements")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(j, "$.transition.sixMonthDays")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(j, "$.transition.retained")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(j, "$.transition.ended")).isEqualTo(3);
        assertThat(JsonPath.<Double>read(j, "$.transition.retentionRate.ratePercent")).isEqualTo(2.5);
        assertThat(JsonPath.<Integer>read(j, "$.transition.retentionRate.retained")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(j, "$.transition.retentionRate.capacities")).isEqualTo(40);
        assertThat(JsonPath.<Integer>read(j, "$.support.users")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(j, "$.support.started")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(j, "$.support.endedEarly")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(j, "$.support.rate.users")).isZero();
        assertThat(JsonPath.<java.util.Map<String, Object>>read(j, "$.support.rate")).doesNotContainKey("percent"); // no rate: left out
        assertThat(JsonPath.<Integer>read(j, "$.selection.started")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(j, "$.selection.completed")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(j, "$.months[*].month")).hasSize(12).startsWith("2026-04").endsWith("2027-03");
        assertThat(JsonPath.<List<Integer>>read(j, "$.months[*].placements")).containsExactly(0, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(JsonPath.<List<Integer>>read(j, "$.months[*].sixMonthDays")).containsExactly(0, 0, 0, 0, 0, 0, 0, 2, 0, 1, 0, 0);
        assertThat(JsonPath.<List<Integer>>read(j, "$.months[*].retained")).containsExactly(0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0);
        assertThat(JsonPath.<List<Integer>>read(j, "$.months[*].ended")).containsExactly(0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0);
        assertThat(JsonPath.<List<Integer>>read(j, "$.months[*].newStarts")).containsExactly(1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(JsonPath.<List<String>>read(j, "$.placementEndReasons[*].reason")).containsExactly("体調不良による退職", "人間関係による退職");
        assertThat(JsonPath.<List<Integer>>read(j, "$.placementEndReasons[*].count")).containsExactly(2, 1);
        assertThat(JsonPath.<List<String>>read(j, "$.supportEndReasons[*].reason")).containsExactly("会社の倒産による離職");
        assertThat(j).doesNotContain("青木", "アオキ", "つなぐ物流", a.toString());

        // the page: tables and chart
        String html = mvc.perform(get("/offices/" + office + "/training/statistics?year=2026").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("統計", "令和8年度 (FY2026)", "/training/statistics/2026.csv", "/training/statistics/2026.xlsx", "<svg",
                "月別の就職と6か月定着");
        assertThat(row(html, "data-item=\"served\"")).contains("就労移行支援の利用者数", "4人");
        assertThat(row(html, "data-item=\"placements\"")).contains("<td>4件</td>");
        assertThat(row(html, "data-item=\"retained\"")).contains("<td>2件</td>");
        assertThat(row(html, "data-item=\"transitionRate\"")).contains("2.5%");
        assertThat(row(html, "data-item=\"serviceRate\"")).contains("—");
        assertThat(row(html, "data-item=\"assessmentsCompleted\"")).contains("<td>1件</td>");
        assertThat(row(html, "<tr data-month=\"2026-05\"")).contains("<td class=\"placements\">2</td>");
        assertThat(row(html, "<tr data-month=\"2026-11\"")).contains("<td class=\"six-month-days\">2</td>", "<td class=\"retained\">2</td>");
        assertThat(row(html, "<tr class=\"total\"")).contains("合計", "<td>4</td>", "<td>3</td>");
        assertThat(html).contains("体調不良による退職", "会社の倒産による離職").doesNotContain("青木", "江口");

        // the CSV: BOM, CRLF, one figure a line, no names
        MockHttpServletResponse csvResponse = response("alpha.admin", get(TRAINING + "/statistics/{y}.csv", office, 2026), 200);
        assertThat(csvResponse.getHeader("Content-Disposition")).contains("attachment", ".csv");
        String csv = csvResponse.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("\r\n").doesNotContain("青木", "福田", "後藤", "つなぐ");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(0).get("年度")).isEqualTo("2026");
        assertThat(records).anySatisfy(r -> assertThat(List.of(r.get("区分"), r.get("項目"), r.get("値")))
                .containsExactly("年度の集計", "就職", "4"));
        assertThat(records).anySatisfy(r -> assertThat(List.of(r.get("区分"), r.get("項目"), r.get("値")))
                .containsExactly("年度の集計", "就労移行支援の利用者数", "4"));
        assertThat(records).anySatisfy(r -> assertThat(List.of(r.get("区分"), r.get("項目"), r.get("値")))
                .containsExactly("年度の集計", "就労定着率 (%) (この年度の報酬)", "2.50"));
        assertThat(records).anySatisfy(r -> assertThat(List.of(r.get("区分"), r.get("項目"), r.get("月"), r.get("値")))
                .containsExactly("月別", "就職", "2026-05", "2"));
        assertThat(records).anySatisfy(r -> assertThat(List.of(r.get("区分"), r.get("項目"), r.get("値")))
                .containsExactly("離職の理由 (就職の終了)", "体調不良による退職", "2"));
        assertThat(records).anySatisfy(r -> assertThat(List.of(r.get("区分"), r.get("項目"), r.get("値")))
                .containsExactly("就労定着支援の終了の理由 (離職)", "会社の倒産による離職", "1"));
        String english = json("alpha.admin", get(TRAINING + "/statistics/{y}.csv", office, 2026).header("Accept-Language", "en"), 200);
        assertThat(english).contains("Office number,Fiscal year,Section,Item,Month,Value", "Placements");

        // the workbook
        MockHttpServletResponse xlsx = response("alpha.admin", get("/offices/" + office + "/training/statistics/2026.xlsx")
                .with(uiUser("alpha.admin")), 200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("令和8年度 (FY2026)");
            assertThat(labelled(sheet, "就労移行支援の利用者数").getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(labelled(sheet, "就職").getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(labelled(sheet, "うち6か月定着").getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(labelled(sheet, "就労定着率 (%) (この年度の報酬)").getCell(1).getNumericCellValue()).isEqualTo(2.5);
            assertThat(labelled(sheet, "就労定着支援の就労定着率 (%)").getCell(1).getStringCellValue()).isEqualTo("—");
            assertThat(labelled(sheet, "令和8年5月 (2026-05)").getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(labelled(sheet, "令和8年11月 (2026-11)").getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(labelled(sheet, "合計").getCell(2).getNumericCellValue()).isEqualTo(4);
            assertThat(labelled(sheet, "体調不良による退職").getCell(1).getNumericCellValue()).isEqualTo(2);
        }
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where action = 'EXPORT' "
                + "and resource = 'training_statistics' and office_id = ? and subject_person_id is null", Long.class, office))).isEqualTo(3);
    }

    @Test
    @DisplayName("bad input and isolation: a fiscal year outside 2000-2100 refused naming fiscalYear (ja, en; JSON, CSV, Excel); another tenant and an office without the module 404, the auditor 403")
    void badInputAndIsolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 6, 1));
        UUID office = TrainingFixtures.transitionOffice(mvc, "alpha.admin", "東京就労移行 (統計の分離)");
        for (String language : new String[] {"ja", "en"}) {
            for (String path : new String[] {"/statistics/{y}", "/statistics/{y}.csv", "/statistics/{y}.xlsx"}) {
                String refused = json("alpha.admin", get(TRAINING + path, office, 1999).header("Accept-Language", language), 400);
                assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("fiscalYear");
                assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).isEqualTo(language.equals("ja")
                        ? "年度 1999 の統計は出せません (2000年度から2100年度まで)。" : "No statistics for the fiscal year 1999 (from 2000 to 2100).");
            }
        }
        json("alpha.admin", get(TRAINING + "/statistics/{y}", office, 2101), 400);
        mvc.perform(get("/offices/" + office + "/training/statistics?year=1999").with(uiUser("alpha.admin"))).andExpect(status().isBadRequest());
        // an empty year: zeros, no rate of 就労定着支援 (the office does not offer it)
        String empty = json("alpha.admin", get(TRAINING + "/statistics/{y}", office, 2026), 200);
        assertThat(JsonPath.<Integer>read(empty, "$.transition.placements")).isZero();
        assertThat(JsonPath.<java.util.Map<String, Object>>read(empty, "$.support")).doesNotContainKey("rate");
        mvc.perform(get("/offices/" + office + "/training/statistics").with(uiUser("alpha.admin"))).andExpect(status().isOk());

        json("beta.admin", get(TRAINING + "/statistics/{y}", office, 2026), 404);
        json("beta.admin", get(TRAINING + "/statistics/{y}.csv", office, 2026), 404);
        json("beta.admin", get(TRAINING + "/statistics/{y}.xlsx", office, 2026), 404);
        mvc.perform(get("/offices/" + office + "/training/statistics").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        UUID without = office(ALPHA, "1310000005");
        json("alpha.admin", get(TRAINING + "/statistics/{y}", without, 2026), 404);
        json("alpha.admin", get(TRAINING + "/statistics/{y}.csv", without, 2026), 404);
        mvc.perform(get("/offices/" + without + "/training/statistics").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(TRAINING + "/statistics/{y}", office, 2026), 403);
        json("alpha.auditor", get(TRAINING + "/statistics/{y}.xlsx", office, 2026), 403);
    }

    @Test
    @DisplayName("TrainingQueries: the face-to-face contacts of a person's 就労定着支援 per month (none: not billable), and the service's rate for a service month")
    void contactsPerPersonAndMonth() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 7, 10));
        UUID office = TrainingFixtures.retentionOffice(mvc, "alpha.admin", "東京就労定着 (照会)");
        UUID person = TrainingFixtures.retentionUser(mvc, "alpha.admin", office, "森", "モリ", "2026-04-01", "2027-03-31");
        UUID support = TrainingFixtures.retentionSupport(mvc, "alpha.admin", office, person, "株式会社つなぐ商事", "2025-09-01", "2026-04-01",
                "2029-03-31", true);
        for (String contact : new String[] {
                "{\"date\": \"2026-04-10\", \"faceToFace\": true, \"withWhom\": \"PERSON\"}",
                "{\"date\": \"2026-04-24\", \"faceToFace\": true, \"withWhom\": \"EMPLOYER\"}",
                "{\"date\": \"2026-05-12\", \"faceToFace\": false, \"withWhom\": \"PERSON\"}",
                "{\"date\": \"2026-06-03\", \"faceToFace\": true, \"withWhom\": \"FAMILY\"}"}) {
            json("alpha.admin", body(post(TRAINING + "/retention-support/{s}/contacts", office, support), contact), 201);
        }
        OfficeId o = new OfficeId(office);
        PersonId p = new PersonId(person);
        assertThat(inTenant(ALPHA, () -> queries.faceToFaceContacts(o, p, YearMonth.of(2026, 4)))).isEqualTo(2);
        assertThat(inTenant(ALPHA, () -> queries.faceToFaceContacts(o, p, YearMonth.of(2026, 5)))).isZero();
        assertThat(inTenant(ALPHA, () -> queries.faceToFaceContacts(o, p, YearMonth.of(2026, 6)))).isOne();
        assertThat(inTenant(ALPHA, () -> queries.faceToFaceContacts(o, p, YearMonth.of(2026, 3)))).isZero();
        // another person of the office has none
        UUID other = TrainingFixtures.retentionUser(mvc, "alpha.admin", office, "林", "ハヤシ", "2026-04-01", "2027-03-31");
        assertThat(inTenant(ALPHA, () -> queries.faceToFaceContacts(o, new PersonId(other), YearMonth.of(2026, 4)))).isZero();
        // the service's rate for a claim's service month: FY2026's window (FY2023-FY2025) had nobody
        assertThat(inTenant(ALPHA, () -> queries.retentionServiceRate(o, YearMonth.of(2026, 7)).users())).isZero();
    }
}
