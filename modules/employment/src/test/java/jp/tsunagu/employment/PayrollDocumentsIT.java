package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.clocked;
import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static jp.tsunagu.employment.EmploymentFixtures.recordsClosed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The payroll documents downloaded through the API, from months closed for real at an office of their own in 東京 (1,300
 * yen an hour, commuting 3,000 yen): August 2026 (小川 4 h) and September 2026 (小川 4 h, 9 h 20 min and 3 h on a Sunday;
 * 相田 7 h 30 min, 30 min of it after 22:00), paid on 2026-10-23.
 */
class PayrollDocumentsIT extends IntegrationTest {
    private static final String PAYROLL = "/api/v1/offices/{o}/employment/payroll/{m}";
    private static final String LEDGER = "/api/v1/offices/{o}/employment/wage-ledger/{p}/{y}.pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> RESOURCES = List.of("payroll_payslip", "payroll_month_workbook", "payroll_month_csv", "payroll_wage_ledger");

    private MockHttpServletResponse download(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(user, request.header("Accept-Language", language))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s: %s", user, response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private long exports(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where action = 'EXPORT' and office_id = ?",
                Long.class, office));
    }

    private long exportsAbout(String resource, UUID person) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where action = 'EXPORT' and resource = ? and subject_person_id = ?", Long.class, resource, person));
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s", "");
    }

    private static void a4(PDDocument document, boolean landscape) {
        for (PDPage page : document.getPages()) {
            float width = landscape ? PDRectangle.A4.getHeight() : PDRectangle.A4.getWidth();
            assertThat(page.getMediaBox().getWidth()).isCloseTo(width, Offset.offset(1f));
        }
    }

    @Test
    @DisplayName("two months closed for real: nothing before the close (400 naming month, ja and en, nothing exported); then the payslips (a page each by kana, 小川: 15,600 + 2,167 + 5,265 + 3,000 = 26,032円, − 1,130円 = 24,902円), one payslip in English, the workbook, the CSV and the wage ledgers of 2026, each export audited about each worker; another tenant 404, the auditor 403")
    void theDocumentsOfClosedMonths() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (給与明細)", "TOKYO", "13");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 検品 (明細)", "EMPLOYED_A");
        UUID ogawa = employedUser(mvc, "alpha.admin", office, "小川", "オガワ", "2026-04-01", "2027-03-31");
        UUID aida = employedUser(mvc, "alpha.admin", office, "相田", "アイダ", "2026-04-01", "2027-03-31");
        download("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(ogawa, "2026-08-01", null, 1_300)), "ja", 201);
        download("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(aida, "2026-09-01", null, 1_300)), "ja", 201);
        download("alpha.admin", put("/api/v1/offices/{o}/employment/payroll-profiles/{p}", office, ogawa).contentType("application/json").content("""
                {"dependents": 0, "disability": true, "employmentInsuranceFrom": "2026-09-01", "residentTaxMonthly": 1000}"""), "ja", 200);

        // August: 小川 4 h (5,200 + 3,000; resident tax 1,000 → 7,200), closed
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-08-03", "10:00", "15:00", 60);
        recordsClosed(mvc, "alpha.admin", office, "2026-08");
        download("alpha.admin", post(PAYROLL + "/close", office, "2026-08"), "ja", 200);

        // September: open, then closed
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-01", "10:00", "15:00", 60);
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-02", "09:00", "19:20", 60);
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-06", "10:00", "14:00", 60);
        clocked(mvc, "alpha.admin", office, aida, group, "2026-09-03", "14:00", "22:30", 60);
        recordsClosed(mvc, "alpha.admin", office, "2026-09");
        long exported = exports(office);
        for (MockHttpServletRequestBuilder request : List.of(get(PAYROLL + "/payslips.pdf", office, "2026-09"),
                get(PAYROLL + "/payslips/{p}.pdf", office, "2026-09", ogawa), get(PAYROLL + "/workbook.xlsx", office, "2026-09"),
                get(PAYROLL + "/payroll.csv", office, "2026-09"))) {
            String ja = download("alpha.admin", request, "ja", 400).getContentAsString();
            assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("month");
            assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).startsWith("2026-09 の給与はまだ確定していません。");
        }
        String en = download("alpha.admin", get(PAYROLL + "/payslips.pdf", office, "2026-09"), "en", 400).getContentAsString();
        assertThat(JsonPath.<String>read(en, "$.errors[0].message")).startsWith("The payroll of 2026-09 is not closed yet.");
        assertThat(exports(office)).isEqualTo(exported);
        download("alpha.admin", post(PAYROLL + "/close", office, "2026-09").contentType("application/json")
                .content("{\"payDate\": \"2026-10-23\"}"), "ja", 200);

        // every worker's payslip in one print file, a page each by kana
        MockHttpServletResponse all = download("alpha.admin", get(PAYROLL + "/payslips.pdf", office, "2026-09"), "ja", 200);
        assertThat(all.getContentType()).isEqualTo("application/pdf");
        assertThat(all.getHeader("Content-Disposition")).contains("kyuyo-meisai-2026-09-all.pdf");
        try (PDDocument pdf = Loader.loadPDF(all.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            a4(pdf, false);
            String aidaPage = text(pdf, 1);
            assertThat(aidaPage).contains("相田 一 様", "7時間30分", "0時間30分", "9,750円", "163円", "12,913円").doesNotContain("小川");
            String ogawaPage = text(pdf, 2);
            assertThat(ogawaPage).contains("給与明細書", "令和8年9月 (2026-09) 分", "小川 一 様", "オガワ ハジメ", "東京A型事業所 (給与明細)", "3日",
                    "16時間20分", "1時間20分", "3時間00分", "15,600円", "2,167円", "5,265円", "3,000円", "26,032円", "130円", "1,130円", "24,902円")
                    .doesNotContain("相田");
            assertThat(squeezed(ogawaPage)).contains(squeezed("支給日 令和8年10月23日 (2026-10-23)"),
                    squeezed("基本給 1300 × 720 min ÷ 60 15,600円"), squeezed("時間外労働手当 1300 × 80 min ÷ 60 × (100 + 25) % 2,167円"),
                    squeezed("雇用保険料 26032 × 5/1000 (period closing 2026-09-30) 130円"), squeezed("住民税 municipality's notice 1,000円"),
                    squeezed("差引支給額 24,902円"));
        }
        for (UUID worker : List.of(ogawa, aida)) {
            assertThat(exportsAbout("payroll_payslip", worker)).isOne();
        }

        // one worker's payslip, in English; a person the month did not pay has none
        MockHttpServletResponse one = download("alpha.admin", get(PAYROLL + "/payslips/{p}.pdf", office, "2026-09", ogawa), "en", 200);
        assertThat(one.getHeader("Content-Disposition")).contains("kyuyo-meisai-2026-09.pdf");
        try (PDDocument pdf = Loader.loadPDF(one.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(text(pdf, 1)).contains("Payslip (給与明細書)", "小川 一", "Base pay", "15,600円", "Net pay", "24,902円").doesNotContain("相田");
        }
        assertThat(exportsAbout("payroll_payslip", ogawa)).isEqualTo(2);
        String notPaid = download("alpha.admin", get(PAYROLL + "/payslips/{p}.pdf", office, "2026-08", aida), "en", 404).getContentAsString();
        assertThat(JsonPath.<String>read(notPaid, "$.detail")).contains("is not paid in the closed payroll of 2026-08");
        download("alpha.admin", get(PAYROLL + "/payslips/{p}.pdf", office, "2026-09", UUID.randomUUID()), "ja", 404);

        // the month's workbook: a row per worker by kana, numbers, the totals
        MockHttpServletResponse xlsx = download("alpha.admin", get(PAYROLL + "/workbook.xlsx", office, "2026-09"), "ja", 200);
        assertThat(xlsx.getContentType()).isEqualTo(XLSX);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment", "kyuyo-ichiran-2026-09.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("給与一覧");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("令和8年9月 (2026-09) 給与一覧");
            Row heads = row(sheet, "フリガナ");
            Map<String, Integer> column = new java.util.HashMap<>();
            heads.forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            Row aidaRow = sheet.getRow(heads.getRowNum() + 1);
            Row ogawaRow = sheet.getRow(heads.getRowNum() + 2);
            assertThat(aidaRow.getCell(0).getStringCellValue()).isEqualTo("アイダ ハジメ");
            assertThat(ogawaRow.getCell(1).getStringCellValue()).isEqualTo("小川 一");
            for (int c = 2; c < heads.getLastCellNum(); c++) {
                assertThat(ogawaRow.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            }
            assertThat(ogawaRow.getCell(column.get("労働日数")).getNumericCellValue()).isEqualTo(3d);
            assertThat(ogawaRow.getCell(column.get("時間外労働時間数")).getNumericCellValue()).isEqualTo(1.33d);
            assertThat(ogawaRow.getCell(column.get("基本給")).getNumericCellValue()).isEqualTo(15_600d);
            assertThat(ogawaRow.getCell(column.get("休日労働手当")).getNumericCellValue()).isEqualTo(5_265d);
            assertThat(ogawaRow.getCell(column.get("差引支給額")).getNumericCellValue()).isEqualTo(24_902d);
            assertThat(aidaRow.getCell(column.get("深夜労働手当")).getNumericCellValue()).isEqualTo(163d);
            Row total = row(sheet, "合計");
            assertThat(total.getCell(column.get("総支給額")).getNumericCellValue()).isEqualTo(26_032d + 12_913d);
            assertThat(total.getCell(column.get("差引支給額")).getNumericCellValue()).isEqualTo(24_902d + 12_913d);
        }
        assertThat(exportsAbout("payroll_month_workbook", aida)).isOne();

        // the same rows as CSV
        MockHttpServletResponse csv = download("alpha.admin", get(PAYROLL + "/payroll.csv", office, "2026-09"), "ja", 200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("kyuyo-ichiran-2026-09.csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF事業所番号,月,支給日,フリガナ,氏名,").contains("\r\n");
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).toList().subList(1, 25)).containsExactly("2026-09", "2026-10-23", "オガワ ハジメ", "小川 一", "1300", "3", "16.33",
                "1.33", "3.00", "0.00", "15600", "2167", "0", "5265", "0", "3000", "26032", "130", "0", "0", "0", "1000", "1130", "24902");
        assertThat(exportsAbout("payroll_month_csv", ogawa)).isOne();

        // 小川's 賃金台帳 of 2026: August and September, and the year's totals
        MockHttpServletResponse book = download("alpha.admin", get(LEDGER, office, ogawa, 2026), "ja", 200);
        assertThat(book.getHeader("Content-Disposition")).contains("chingin-daicho-2026.pdf");
        try (PDDocument pdf = Loader.loadPDF(book.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            a4(pdf, true);
            assertThat(text(pdf, 1)).contains("令和8年 (2026) 賃金台帳", "氏名: 小川 一 (オガワ ハジメ)", "項目 1月 2月", "8月 9月 10月", "未確定",
                    "8/1〜8/31 9/1〜9/30", "支給日 9/25 10/23", "労働日数 1 3 4", "労働時間数 4:00 16:20 20:20", "時間外労働時間数 0:00 1:20 1:20",
                    "休日労働時間数 0:00 3:00 3:00", "基本給 5,200 15,600 20,800", "総支給額 8,200 26,032 34,232", "住民税 1,000 1,000 2,000",
                    "差引支給額 7,200 24,902 32,102");
        }
        assertThat(exportsAbout("payroll_wage_ledger", ogawa)).isOne();
        // 相田's: August closed without pay for her
        try (PDDocument pdf = Loader.loadPDF(download("alpha.admin", get(LEDGER, office, aida, 2026), "en", 200).getContentAsByteArray())) {
            assertThat(text(pdf, 1)).contains("Wage ledger (賃金台帳), 令和8年 (2026)", "none paid", "Late-night hours 0:30 0:30",
                    "Net pay 12,913 12,913");
        }
        String noYear = download("alpha.admin", get(LEDGER, office, ogawa, 2025), "ja", 404).getContentAsString();
        assertThat(JsonPath.<String>read(noYear, "$.detail")).contains("2025年に確定した給与がありません");
        String badYear = download("alpha.admin", get(LEDGER, office, ogawa, 1800), "en", 400).getContentAsString();
        assertThat(JsonPath.<String>read(badYear, "$.errors[0].field")).isEqualTo("year");

        // every document: another tenant's admin does not find the office, the auditor may not read pay (a builder per
        // request: a builder keeps the headers added to it)
        long before = exports(office);
        List<java.util.function.Supplier<MockHttpServletRequestBuilder>> requests = List.of(() -> get(PAYROLL + "/payslips.pdf", office, "2026-09"),
                () -> get(PAYROLL + "/payslips/{p}.pdf", office, "2026-09", ogawa), () -> get(PAYROLL + "/workbook.xlsx", office, "2026-09"),
                () -> get(PAYROLL + "/payroll.csv", office, "2026-09"), () -> get(LEDGER, office, ogawa, 2026));
        for (java.util.function.Supplier<MockHttpServletRequestBuilder> request : requests) {
            download("beta.admin", request.get(), "ja", 404);
            download("alpha.auditor", request.get(), "ja", 403);
        }
        assertThat(exports(office)).isEqualTo(before);
        download("alpha.admin", get(PAYROLL + "/payslips.pdf", office(ALPHA, "1310000005"), "2026-09"), "ja", 404);
        for (String resource : RESOURCES) {
            assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where action = 'EXPORT' and resource = ? "
                    + "and office_id = ? and username = 'alpha.admin'", Long.class, resource, office))).as(resource).isPositive();
        }
    }

    @Test
    @DisplayName("the corporation's payslips of a month in one print file (December 2025, closed at two offices of its own): offices by number, workers by kana, a page each, an export about each worker; a member of one office gets that office's pages only; no office closed 404, another tenant 404, the auditor 403, a malformed month 400 naming month (ja, en)")
    void theCorporationsPrintFile() throws Exception {
        String corporation = "/api/v1/employment/payroll/{m}/payslips.pdf";
        UUID first = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (法人明細 一)", "TOKYO", "13");
        UUID second = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (法人明細 二)", "TOKYO", "13");
        Map<UUID, List<UUID>> workers = new java.util.HashMap<>();
        for (UUID office : List.of(first, second)) {
            UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 検品 (法人)", "EMPLOYED_A");
            List<UUID> own = new ArrayList<>();
            own.add(employedUser(mvc, "alpha.admin", office, office == first ? "和田" : "石井", office == first ? "ワダ" : "イシイ",
                    "2025-04-01", "2026-03-31"));
            if (office == first) {
                own.add(employedUser(mvc, "alpha.admin", office, "上田", "ウエダ", "2025-04-01", "2026-03-31"));
            }
            for (UUID worker : own) {
                download("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                        .content(contract(worker, "2025-12-01", null, 1_300)), "ja", 201);
                clocked(mvc, "alpha.admin", office, worker, group, "2025-12-02", "10:00", "15:00", 60);
            }
            recordsClosed(mvc, "alpha.admin", office, "2025-12");
            download("alpha.admin", post(PAYROLL + "/close", office, "2025-12"), "ja", 200);
            workers.put(office, own);
        }
        UUID wada = workers.get(first).get(0);
        UUID ueda = workers.get(first).get(1);
        UUID ishii = workers.get(second).get(0);
        String firstNumber = inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, first));
        String secondNumber = inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, second));
        boolean firstFirst = firstNumber.compareTo(secondNumber) < 0;

        MockHttpServletResponse all = download("alpha.admin", get(corporation, "2025-12"), "ja", 200);
        assertThat(all.getContentType()).isEqualTo("application/pdf");
        assertThat(all.getHeader("Content-Disposition")).contains("kyuyo-meisai-2025-12-corporation.pdf");
        try (PDDocument pdf = Loader.loadPDF(all.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            a4(pdf, false);
            List<String> pages = List.of(text(pdf, 1), text(pdf, 2), text(pdf, 3));
            // 4 h at 1,300 yen and 3,000 yen of commuting: 8,200 yen each
            List<String> expected = firstFirst ? List.of("上田 一 様", "和田 一 様", "石井 一 様") : List.of("石井 一 様", "上田 一 様", "和田 一 様");
            for (int i = 0; i < 3; i++) {
                assertThat(pages.get(i)).contains("給与明細書", "令和7年12月 (2025-12) 分", expected.get(i), "8,200円");
            }
            assertThat(pages.get(firstFirst ? 0 : 1)).contains("東京A型事業所 (法人明細 一)").doesNotContain("和田", "石井");
            assertThat(pages.get(firstFirst ? 2 : 0)).contains("東京A型事業所 (法人明細 二)").doesNotContain("和田", "上田");
        }
        for (UUID worker : List.of(wada, ueda, ishii)) {
            assertThat(exportsAbout("payroll_payslip", worker)).isOne();
        }

        // a member of the first office alone: its two pages, nothing of the second office
        jp.tsunagu.testsupport.PlatformFixtures.member(mvc, "alpha.admin", "payroll.clerk", "OFFICE_ADMIN", first);
        try (PDDocument pdf = Loader.loadPDF(download("payroll.clerk", get(corporation, "2025-12"), "en", 200).getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(text(pdf, 1) + text(pdf, 2)).contains("上田 一", "和田 一").doesNotContain("石井", "法人明細 二");
        }
        assertThat(exportsAbout("payroll_payslip", wada)).isEqualTo(2);
        assertThat(exportsAbout("payroll_payslip", ishii)).isOne();

        // an office that has switched the module off is left out of the corporation's file, its month closed or not
        download("alpha.admin", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/offices/{o}/modules/{m}",
                second, "employment"), "ja", 200);
        try (PDDocument pdf = Loader.loadPDF(download("alpha.admin", get(corporation, "2025-12"), "ja", 200).getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(text(pdf, 1) + text(pdf, 2)).contains("上田 一", "和田 一").doesNotContain("石井", "法人明細 二");
        }
        assertThat(exportsAbout("payroll_payslip", ishii)).isOne();

        // no office has closed the month; another tenant's admin sees none of ours; the auditor may not read pay
        long before = exports(first) + exports(second);
        String none = download("alpha.admin", get(corporation, "2024-01"), "en", 404).getContentAsString();
        assertThat(JsonPath.<String>read(none, "$.detail")).contains("No office you can see has closed the payroll of 2024-01");
        String noneJa = download("alpha.admin", get(corporation, "2024-01"), "ja", 404).getContentAsString();
        assertThat(JsonPath.<String>read(noneJa, "$.detail")).contains("2024-01 の給与を確定した事業所がありません");
        String foreign = download("beta.admin", get(corporation, "2025-12"), "ja", 404).getContentAsString();
        assertThat(foreign).doesNotContain("和田", "石井", first.toString());
        download("alpha.auditor", get(corporation, "2025-12"), "ja", 403);
        for (String bad : List.of("2025-13", "202512", "december")) {
            MockHttpServletResponse response = download("alpha.admin", get(corporation, bad), "ja", 400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            String ja = response.getContentAsString();
            assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("month");
            assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).isEqualTo("月は YYYY-MM の形で指定してください (" + bad + " は使えません)。");
            String en = download("alpha.admin", get(corporation, bad), "en", 400).getContentAsString();
            assertThat(JsonPath.<String>read(en, "$.errors[0].message")).isEqualTo("Give the month as YYYY-MM (" + bad + " cannot be used).");
        }
        assertThat(exports(first) + exports(second)).isEqualTo(before);
    }

    @Test
    @DisplayName("a stored payslip keeps its minutes by how they were paid, and the trails the calculation writes give the same minutes (what 0003 reads for payslips closed before)")
    void storedMinutes() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (給与・時間)", "TOKYO", "13");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 検品 (時間)", "EMPLOYED_A");
        UUID worker = employedUser(mvc, "alpha.admin", office, "井上", "イノウエ", "2026-04-01", "2027-03-31");
        download("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(worker, "2026-11-01", null, 1_300)), "ja", 201);
        clocked(mvc, "alpha.admin", office, worker, group, "2026-11-02", "09:00", "22:30", 60); // 750 min: 270 overtime, 30 at night
        clocked(mvc, "alpha.admin", office, worker, group, "2026-11-08", "10:00", "13:00", 0); // Sunday: 180 min holiday
        recordsClosed(mvc, "alpha.admin", office, "2026-11");
        download("alpha.admin", post(PAYROLL + "/close", office, "2026-11"), "ja", 200);
        Map<String, Object> stored = inTenant(ALPHA, () -> jdbc.queryForMap("""
                select worked_minutes, regular_minutes, overtime_minutes, overtime_beyond_limit_minutes, holiday_minutes, night_minutes,
                  coalesce((select sum(substring(l ->> 'trail' from '([0-9]+) min')::bigint) from jsonb_array_elements(p.lines) l
                            where l ->> 'item' = 'OVERTIME'), 0) as overtime_in_trail,
                  coalesce((select sum(substring(l ->> 'trail' from '([0-9]+) min')::bigint) from jsonb_array_elements(p.lines) l
                            where l ->> 'item' = 'HOLIDAY'), 0) as holiday_in_trail,
                  coalesce((select sum(substring(l ->> 'trail' from '([0-9]+) min')::bigint) from jsonb_array_elements(p.lines) l
                            where l ->> 'item' = 'LATE_NIGHT'), 0) as night_in_trail
                from payroll_payslip p where office_id = ?""", office));
        assertThat(stored).containsEntry("worked_minutes", 930L).containsEntry("regular_minutes", 480L).containsEntry("overtime_minutes", 270L)
                .containsEntry("overtime_beyond_limit_minutes", 0L).containsEntry("holiday_minutes", 180L).containsEntry("night_minutes", 30L);
        assertThat(((Number) stored.get("overtime_in_trail")).longValue()).isEqualTo(270L);
        assertThat(((Number) stored.get("holiday_in_trail")).longValue()).isEqualTo(180L);
        assertThat(((Number) stored.get("night_in_trail")).longValue()).isEqualTo(30L);
    }

    private static Row row(Sheet sheet, String first) {
        List<String> seen = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                if (cell.getStringCellValue().equals(first)) {
                    return row;
                }
                seen.add(cell.getStringCellValue());
            }
        }
        throw new AssertionError("no row " + first + " in " + seen);
    }
}
