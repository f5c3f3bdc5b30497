package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The wages documents downloaded through the API at alpha's works office 1310000005, from a month closed for real:
 * 2025-12 (payslips, the month's workbook and CSV, the 工賃台帳) and 2026-01 (the 生産活動シート of 令和7年度); months no
 * other test uses. The office's rules from 2025-06 (220 yen per hour, the rest by hours) are stored by whichever test
 * runs first; a version cannot start at or before a closed month, so these months rely on that version only.
 */
class WagesDocumentsIT extends IntegrationTest {
    private static final String RUN = "/api/v1/offices/{o}/wages/runs/{m}";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private UUID works() throws Exception {
        return WagesFixtures.withRulesSince2025June(mvc, office(ALPHA, "1310000005"));
    }

    private String json(MockHttpServletRequestBuilder request) throws Exception {
        return download("alpha.admin", request, "ja", 200).getContentAsString();
    }

    private MockHttpServletResponse download(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(user, request.header("Accept-Language", language))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s: %s", user, response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private long exports(String resource) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where action = 'EXPORT' and resource = ?",
                Long.class, resource));
    }

    private long exportsAbout(String resource, UUID person) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where action = 'EXPORT' and resource = ? and subject_person_id = ?", Long.class, resource, person));
    }

    @Test
    @DisplayName("a month closed for real (2025-12: 4 h, 12 h, 8 h; pool 100,000 − 20,000 = 80,000): nothing before the close (400 naming month, ja and en, no export), then the payslips (a page each, 木村: 220円 × 12時間00分 = 2,640円 + 74,720円 × 12h ÷ 24h = 37,360円 → 40,000円), one user's payslip, the workbook, the CSV and 木村's 工賃台帳, each export audited about each user")
    void aClosedMonthsDocuments() throws Exception {
        UUID works = works();
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", works, "B型 軽作業 (2025年12月)", "TYPE_B");
        UUID ueno = typeBUser(mvc, "alpha.admin", works, "上野", "ウエノ", "2025-04-01", "2026-03-31");
        UUID kimura = typeBUser(mvc, "alpha.admin", works, "木村", "キムラ", "2025-04-01", "2026-03-31");
        UUID shimizu = typeBUser(mvc, "alpha.admin", works, "清水", "シミズ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", works, ueno, group, "2025-12-01", "10:00", "15:00");
        for (String day : List.of("2025-12-01", "2025-12-02", "2025-12-03")) {
            workedDay(mvc, "alpha.admin", works, kimura, group, day, "10:00", "15:00");
        }
        for (String day : List.of("2025-12-01", "2025-12-02")) {
            workedDay(mvc, "alpha.admin", works, shimizu, group, day, "10:00", "15:00");
        }
        UUID contract = activity(mvc, "alpha.admin", works, "受託作業 (2025年12月)");
        entered(mvc, "alpha.admin", works, "2025-12", entry(contract, "CONTRACT_INCOME", "R-2512", "2025-12-26", "株式会社ミドリ製作所", 100_000));
        entered(mvc, "alpha.admin", works, "2025-12", entry(contract, "MATERIALS", "P-2512", "2025-12-10", "梱包資材の山田商店", 20_000));

        // open, then with its records closed but the run still a preview: no document, and nothing exported
        long exported = exports("wages_payslip") + exports("wages_month_workbook") + exports("wages_month_csv") + exports("wages_ledger_book");
        for (boolean recordsClosed : new boolean[] {false, true}) {
            if (recordsClosed) {
                attendanceClosed(mvc, "alpha.admin", works, "2025-12");
            }
            for (MockHttpServletRequestBuilder request : List.of(get(RUN + "/payslips.pdf", works, "2025-12"),
                    get(RUN + "/payslips/{p}.pdf", works, "2025-12", kimura), get(RUN + "/workbook.xlsx", works, "2025-12"),
                    get(RUN + "/payments.csv", works, "2025-12"))) {
                String ja = download("alpha.admin", request, "ja", 400).getContentAsString();
                assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("month");
                assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).startsWith("2025-12 の工賃はまだ確定していません。");
            }
            String en = download("alpha.admin", get(RUN + "/payslips.pdf", works, "2025-12"), "en", 400).getContentAsString();
            assertThat(JsonPath.<String>read(en, "$.errors[0].message")).startsWith("The 工賃 of 2025-12 are not closed yet.");
        }
        String noLedger = download("alpha.admin", get("/api/v1/offices/{o}/wages/ledger-book/{p}/2025.pdf", works, kimura), "ja", 404)
                .getContentAsString();
        assertThat(JsonPath.<String>read(noLedger, "$.detail")).contains("令和7年度 (FY2025) に確定した工賃がありません");
        assertThat(exports("wages_payslip") + exports("wages_month_workbook") + exports("wages_month_csv") + exports("wages_ledger_book"))
                .isEqualTo(exported);

        mvc.perform(as("alpha.admin", post(RUN + "/close", works, "2025-12"))).andExpect(status().isOk());

        // every user's payslip in one print file, a page each by kana
        long payslips = exports("wages_payslip");
        MockHttpServletResponse all = download("alpha.admin", get(RUN + "/payslips.pdf", works, "2025-12"), "ja", 200);
        assertThat(all.getContentType()).isEqualTo("application/pdf");
        assertThat(all.getHeader("Content-Disposition")).contains("kouchin-meisai-2025-12-all.pdf");
        try (PDDocument pdf = Loader.loadPDF(all.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            pdf.getPages().forEach(page -> assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
                    org.assertj.core.data.Offset.offset(1f)));
            assertThat(text(pdf, 1)).contains("上野 一 様", "4時間00分", "13,333円").doesNotContain("木村", "清水");
            String kimuraPage = text(pdf, 2);
            assertThat(kimuraPage).contains("工賃明細書", "令和7年12月 (2025-12) 分", "木村 一 様", "キムラ ハジメ", "就労継続支援B型",
                    "アルファ多機能ワークス (事業所番号 1310000005)", "3日", "12時間00分", "2,640円", "37,360円", "40,000円").doesNotContain("上野");
            assertThat(squeezed(kimuraPage)).contains(squeezed("時間給 220円 × 12時間00分 = 2,640円"),
                    squeezed("残余 74,720円 × 本人の作業時間 12時間00分 ÷ 全員の作業時間 24時間00分 = 37,360円"),
                    squeezed("工賃規程 (令和7年6月 (2025-06) から適用): 時間給 220円"),
                    squeezed("生産活動収入 100,000円 － 必要経費 20,000円 = 工賃の原資 80,000円"),
                    squeezed("基本部分の合計 5,280円 + 残余 74,720円 = 工賃支給総額 80,000円"));
            assertThat(text(pdf, 3)).contains("清水 一 様", "26,667円");
        }
        assertThat(exports("wages_payslip")).isEqualTo(payslips + 3);
        for (UUID user : List.of(ueno, kimura, shimizu)) {
            assertThat(exportsAbout("wages_payslip", user)).isOne();
        }

        // one user's payslip, in English
        MockHttpServletResponse one = download("alpha.admin", get(RUN + "/payslips/{p}.pdf", works, "2025-12", kimura), "en", 200);
        try (PDDocument pdf = Loader.loadPDF(one.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(text(pdf, 1)).contains("Payslip (工賃明細書)", "木村 一", "40,000円").doesNotContain("上野", "清水");
        }
        assertThat(exportsAbout("wages_payslip", kimura)).isEqualTo(2);
        String stranger = download("alpha.admin", get(RUN + "/payslips/{p}.pdf", works, "2025-12", UUID.randomUUID()), "en", 404)
                .getContentAsString();
        assertThat(JsonPath.<String>read(stranger, "$.detail")).contains("is not paid in the closed 工賃 of 2025-12");

        // the month's workbook: a row per user by kana and the totals
        MockHttpServletResponse xlsx = download("alpha.admin", get(RUN + "/workbook.xlsx", works, "2025-12"), "ja", 200);
        assertThat(xlsx.getContentType()).isEqualTo(XLSX);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment", "kouchin-ichiran-2025-12.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("工賃一覧");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("令和7年12月 (2025-12) 工賃一覧");
            Row heads = row(sheet, "フリガナ");
            List<String> kana = new ArrayList<>();
            for (int r = heads.getRowNum() + 1; r <= heads.getRowNum() + 3; r++) {
                kana.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(kana).containsExactly("ウエノ ハジメ", "キムラ ハジメ", "シミズ ハジメ");
            assertThat(sheet.getRow(heads.getRowNum() + 2).getCell(10).getNumericCellValue()).isEqualTo(40_000d);
            assertThat(row(sheet, "合計").getCell(10).getNumericCellValue()).isEqualTo(80_000d);
            assertThat(row(sheet, "工賃の原資 (収入 − 経費)").getCell(2).getNumericCellValue()).isEqualTo(80_000d);
        }
        assertThat(exportsAbout("wages_month_workbook", shimizu)).isOne();

        // the same rows as CSV
        MockHttpServletResponse csv = download("alpha.admin", get(RUN + "/payments.csv", works, "2025-12"), "ja", 200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF事業所番号,月,フリガナ,").contains("\r\n");
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2).toList()).containsExactly("1310000005", "2025-12", "キムラ ハジメ", "木村 一", "TYPE_B", "3", "12.00", "0", "220",
                "2640", "37360", "0", "40000");
        assertThat(exportsAbout("wages_month_csv", ueno)).isOne();

        // 木村's 工賃台帳 of 令和7年度
        MockHttpServletResponse book = download("alpha.admin", get("/api/v1/offices/{o}/wages/ledger-book/{p}/2025.pdf", works, kimura), "ja", 200);
        assertThat(book.getHeader("Content-Disposition")).contains("kouchin-daicho-FY2025.pdf");
        try (PDDocument pdf = Loader.loadPDF(book.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(text(pdf, 1)).contains("令和7年度 (FY2025) 工賃台帳", "氏名: 木村 一 (キムラ ハジメ)",
                    "令和7年12月 (2025-12) 3日 12時間00分 2,640円 37,360円 0円 40,000円", "令和7年4月 (2025-04)",
                    "年度合計 3日 12時間00分 2,640円 37,360円 0円 40,000円");
        }
        assertThat(exportsAbout("wages_ledger_book", kimura)).isOne();
    }

    @Test
    @DisplayName("the 生産活動シート of 令和7年度 from the ledger and the closed runs: January 2026 (sales 50,000, utilities 5,000; 工賃 45,000 paid) in its column of the workbook and the PDF, the activity in the 明細書; both tables headed by alpha's corporation (社会福祉法人 アルファ会); a fiscal year out of range is refused naming it")
    void theProductionSheetOfTheYear() throws Exception {
        UUID works = works();
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", works, "B型 カフェ (2026年1月)", "TYPE_B");
        UUID kondo = typeBUser(mvc, "alpha.admin", works, "近藤", "コンドウ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", works, kondo, group, "2026-01-13", "10:00", "15:00");
        UUID cafe = activity(mvc, "alpha.admin", works, "カフェ (2026年1月)");
        entered(mvc, "alpha.admin", works, "2026-01", entry(cafe, "SALES", "R-2601", "2026-01-31", "カフェの売上", 50_000));
        entered(mvc, "alpha.admin", works, "2026-01", entry(cafe, "UTILITIES", "U-2601", "2026-01-31", "光熱水費の按分", 5_000));
        attendanceClosed(mvc, "alpha.admin", works, "2026-01");
        mvc.perform(as("alpha.admin", post(RUN + "/close", works, "2026-01"))).andExpect(status().isOk());

        MockHttpServletResponse xlsx = download("alpha.admin", get("/api/v1/offices/{o}/wages/production-sheet/2025.xlsx", works), "ja", 200);
        assertThat(xlsx.getContentType()).isEqualTo(XLSX);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("seisan-katsudo-FY2025.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("生産活動シート");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("令和7年度 (FY2025) 生産活動シート");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("事業所: アルファ多機能ワークス (事業所番号 1310000005)\u3000法人: 社会福祉法人 アルファ会");
            int january = 10; // the label column, then April … January
            assertThat(row(sheet, "項目").getCell(january).getStringCellValue()).isEqualTo("1月");
            assertThat(row(sheet, "売上").getCell(january).getNumericCellValue()).isEqualTo(50_000d);
            assertThat(row(sheet, "光熱水費 (按分)").getCell(january).getNumericCellValue()).isEqualTo(5_000d);
            assertThat(row(sheet, "生産活動収支 (収入計 − 経費計)").getCell(january).getNumericCellValue()).isEqualTo(45_000d);
            assertThat(row(sheet, "工賃支払額").getCell(january).getNumericCellValue()).isEqualTo(45_000d);
            assertThat(row(sheet, "差額").getCell(january).getNumericCellValue()).isZero();
            Sheet detail = workbook.getSheet("事業活動明細書");
            assertThat(detail.getRow(1).getCell(0).getStringCellValue()).endsWith("法人: 社会福祉法人 アルファ会");
            Row activities = row(detail, "作業種目");
            int column = -1;
            for (Cell cell : activities) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("カフェ (2026年1月)")) {
                    column = cell.getColumnIndex();
                }
            }
            assertThat(column).as("the activity's column").isPositive();
            assertThat(row(detail, "売上").getCell(column).getNumericCellValue()).isEqualTo(50_000d);
        }
        MockHttpServletResponse pdf = download("alpha.admin", get("/api/v1/offices/{o}/wages/production-sheet/2025.pdf", works), "en", 200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(text(document, 1)).contains("Production activity sheet (生産活動シート), 令和7年度 (FY2025)", "アルファ多機能ワークス");
            assertThat(text(document, 2)).contains("カフェ (2026年1月)");
            for (int page = 1; page <= 2; page++) {
                assertThat(squeezed(text(document, page))).as("page %d", page).contains(squeezed("corporation: 社会福祉法人 アルファ会"));
            }
        }

        String outOfRange = download("alpha.admin", get("/api/v1/offices/{o}/wages/production-sheet/1800.xlsx", works), "en", 400)
                .getContentAsString();
        assertThat(JsonPath.<String>read(outOfRange, "$.errors[0].field")).isEqualTo("fiscalYear");
        assertThat(JsonPath.<String>read(outOfRange, "$.errors[0].message")).contains("1800 is not allowed");
    }

    @Test
    @DisplayName("every document: another tenant's user, an office of another tenant and an office without the module answer 404, the auditor 403")
    void isolationAndPrivileges() throws Exception {
        UUID works = works();
        UUID betaOffice = office(BETA, "2710000001");
        UUID withoutWages = office(ALPHA, "1310000001");
        UUID person = UUID.randomUUID();
        long exported = exports("wages_payslip") + exports("wages_month_workbook") + exports("wages_month_csv") + exports("wages_ledger_book");
        for (int i = 0; i < 7; i++) {
            download("beta.admin", documents(works, person).get(i), "ja", 404);
            download("alpha.auditor", documents(works, person).get(i), "ja", 403);
            download("alpha.admin", documents(betaOffice, person).get(i), "ja", 404);
            download("alpha.admin", documents(withoutWages, person).get(i), "ja", 404);
        }
        assertThat(exports("wages_payslip") + exports("wages_month_workbook") + exports("wages_month_csv") + exports("wages_ledger_book"))
                .isEqualTo(exported);
    }

    /** Every document of {@code office} (a request each: a request carries one user). */
    private static List<MockHttpServletRequestBuilder> documents(UUID office, UUID person) {
        return List.of(get(RUN + "/payslips.pdf", office, "2025-12"), get(RUN + "/payslips/{p}.pdf", office, "2025-12", person),
                get(RUN + "/workbook.xlsx", office, "2025-12"), get(RUN + "/payments.csv", office, "2025-12"),
                get("/api/v1/offices/{o}/wages/ledger-book/{p}/2025.pdf", office, person),
                get("/api/v1/offices/{o}/wages/production-sheet/2025.xlsx", office),
                get("/api/v1/offices/{o}/wages/production-sheet/2025.pdf", office));
    }

    /** The row whose first cell reads {@code label}. */
    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    /** A page's text as a reader copies it. */
    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Without white space, to find a phrase wherever the layout broke its line. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s", "");
    }
}
