package jp.tsunagu.wages.internal.documents;

import static jp.tsunagu.wages.internal.documents.ProductionSheetSamples.WARNING_JA;
import jp.tsunagu.testsupport.DocumentTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The workbook as an auditor reads it: opened with POI from the bytes written. */
class ProductionSheetExcelTest {
    private static final ProductionSheetExcel EXCEL = new ProductionSheetExcel(DocumentTestSupport.messages("wages"));
    private static final int APRIL = 1;
    private static final int MAY = 2;
    private static final int AUGUST = 5;
    private static final int TOTAL = 13;

    @Test
    @DisplayName("the title names 令和7年度 and the office; April is the worked case: 1,200,000 − 380,000 = 820,000 paid as 工賃, nothing left")
    void aprilAsTheAuditorReadsIt() throws IOException {
        try (XSSFWorkbook workbook = open(ProductionSheetSamples.office(), Locale.JAPANESE)) {
            Sheet sheet = workbook.getSheet("生産活動シート");
            assertThat(text(sheet, 0, 0)).isEqualTo("令和7年度 (FY2025) 生産活動シート");
            assertThat(text(sheet, 1, 0)).isEqualTo("事業所: つなぐ作業所 (事業所番号 1310000005)\u3000法人: 社会福祉法人つなぐ会");
            assertThat(text(sheet, 2, 0)).isEqualTo(
                    "対象期間: 令和7年4月1日 (2025-04-01) 〜 令和8年3月31日 (2026-03-31)\u3000作成日: 令和8年4月10日 (2026-04-10)");
            assertThat(heads(sheet)).containsExactly("項目", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "合計");
            assertThat(amount(sheet, "売上", APRIL)).isEqualTo(700_000);
            assertThat(amount(sheet, "受託収入", APRIL)).isEqualTo(500_000);
            assertThat(amount(sheet, "収入計", APRIL)).isEqualTo(1_200_000);
            assertThat(amount(sheet, "材料費", APRIL)).isEqualTo(200_000);
            assertThat(amount(sheet, "経費計", APRIL)).isEqualTo(380_000);
            assertThat(amount(sheet, "生産活動収支 (収入計 − 経費計)", APRIL)).isEqualTo(820_000);
            assertThat(amount(sheet, "工賃支払額", APRIL)).isEqualTo(820_000);
            assertThat(amount(sheet, "差額", APRIL)).isZero();
            assertThat(text(row(sheet, "確認"), APRIL)).isEmpty();
            assertThat(labels(sheet)).containsSubsequence("生産活動収入", "売上", "受託収入", "収入計", "生産活動経費", "材料費", "外注費",
                    "光熱水費 (按分)", "生産活動従事職員の人件費", "設備・備品費", "経費計", "生産活動収支 (収入計 − 経費計)",
                    "積立金繰入額 (工賃変動・設備等整備)", "工賃変動積立金取崩額", "工賃支払額", "差額", "確認");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("令和7年度 (FY2025) 生産活動シート");
        }
    }

    @Test
    @DisplayName("May pays 850,000 out of 820,000: its column carries the warning and its cells are marked; August's top-up from the reserve is not")
    void wagesOverTheBalanceAreFlagged() throws IOException {
        try (XSSFWorkbook workbook = open(ProductionSheetSamples.office(), Locale.JAPANESE)) {
            Sheet sheet = workbook.getSheet("生産活動シート");
            Row check = row(sheet, "確認");
            assertThat(amount(sheet, "工賃支払額", MAY)).isEqualTo(850_000);
            assertThat(amount(sheet, "差額", MAY)).isEqualTo(-30_000);
            assertThat(text(check, MAY)).isEqualTo(WARNING_JA);
            for (int column = 1; column <= TOTAL; column++) {
                assertThat(text(check, column)).as("column %d", column).isEqualTo(column == MAY ? WARNING_JA : "");
            }
            Cell mayWages = row(sheet, "工賃支払額").getCell(MAY);
            Cell aprilWages = row(sheet, "工賃支払額").getCell(APRIL);
            assertThat(mayWages.getCellStyle().getIndex()).isNotEqualTo(aprilWages.getCellStyle().getIndex());
            assertThat(mayWages.getCellStyle().getFillForegroundColor()).isNotEqualTo(aprilWages.getCellStyle().getFillForegroundColor());
            assertThat(check.getCell(MAY).getCellStyle().getWrapText()).isTrue();
            assertThat(check.getCell(MAY).getCellStyle().getIndex()).isNotEqualTo(check.getCell(APRIL).getCellStyle().getIndex());
            assertThat(check.getHeightInPoints()).as("the warning wraps in its column").isGreaterThan(sheet.getDefaultRowHeightInPoints() * 3);

            assertThat(amount(sheet, "工賃変動積立金取崩額", AUGUST)).isEqualTo(30_000);
            assertThat(amount(sheet, "工賃支払額", AUGUST)).isEqualTo(amount(sheet, "生産活動収支 (収入計 − 経費計)", AUGUST) + 30_000);
            assertThat(amount(sheet, "差額", AUGUST)).isZero();
            assertThat(amount(sheet, "積立金繰入額 (工賃変動・設備等整備)", 12)).isEqualTo(50_000);
            assertThat(text(sheet, sheet.getLastRowNum(), 0)).startsWith("差額 = 生産活動収支 − 積立金繰入額 + 工賃変動積立金取崩額 − 工賃支払額。");
        }
    }

    @Test
    @DisplayName("the 合計 column is the sum of the twelve months on every amount row")
    void theYearIsTheMonthsSum() throws IOException {
        try (XSSFWorkbook workbook = open(ProductionSheetSamples.office(), Locale.JAPANESE)) {
            Sheet sheet = workbook.getSheet("生産活動シート");
            int amountRows = 0;
            for (Row row : amountRows(sheet)) {
                long months = 0;
                for (int column = APRIL; column < TOTAL; column++) {
                    months += (long) row.getCell(column).getNumericCellValue();
                }
                assertThat((long) row.getCell(TOTAL).getNumericCellValue()).as(row.getCell(0).getStringCellValue()).isEqualTo(months);
                amountRows++;
            }
            assertThat(amountRows).isEqualTo(14);
            assertThat(amount(sheet, "収入計", TOTAL)).isEqualTo(13_050_000);
            assertThat(amount(sheet, "経費計", TOTAL)).isEqualTo(3_760_000);
            assertThat(amount(sheet, "工賃支払額", TOTAL)).isEqualTo(9_300_000);
            assertThat(amount(sheet, "差額", TOTAL)).isEqualTo(-30_000);
        }
    }

    @Test
    @DisplayName("every yen cell is a number shown as #,##0, so Excel can add them up")
    void yenCellsAreNumbers() throws IOException {
        try (XSSFWorkbook workbook = open(ProductionSheetSamples.multiFunction(), Locale.JAPANESE)) {
            for (Sheet sheet : workbook) {
                List<Row> rows = amountRows(sheet);
                assertThat(rows).isNotEmpty();
                for (Row row : rows) {
                    for (int column = 1; column < row.getLastCellNum(); column++) {
                        Cell cell = row.getCell(column);
                        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("both sheets print on A4 landscape, one page wide, with the heads frozen and repeated")
    void printSetup() throws IOException {
        try (XSSFWorkbook workbook = open(ProductionSheetSamples.office(), Locale.JAPANESE)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            for (Sheet sheet : workbook) {
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isZero();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).isNotNull();
            }
            assertThat(workbook.getSheet("生産活動シート").getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 5);
        }
    }

    @Test
    @DisplayName("the 明細書 lists each activity with its revenue and expenses; its total is the sheet's year")
    void detailListsEachActivity() throws IOException {
        try (XSSFWorkbook workbook = open(ProductionSheetSamples.office(), Locale.JAPANESE)) {
            Sheet detail = workbook.getSheet("事業活動明細書");
            assertThat(workbook.getSheetIndex(detail)).isEqualTo(1);
            assertThat(text(detail, 0, 0)).isEqualTo("令和7年度 (FY2025) 就労支援事業別事業活動明細書");
            assertThat(text(detail, 4, 0)).isEqualTo("サービス種別");
            assertThat(text(detail, 4, 1)).isEqualTo("就労継続支援B型");
            assertThat(heads(detail)).containsExactly("作業種目", "受託作業", "カフェ", "合計");
            assertThat(amount(detail, "受託収入", 1)).isEqualTo(4_000_000 + 1_000_000);
            assertThat(amount(detail, "売上", 1)).isZero();
            assertThat(amount(detail, "収入計", 2)).isEqualTo(13_050_000 - 5_000_000);
            assertThat(amount(detail, "経費計", 1) + amount(detail, "経費計", 2)).isEqualTo(amount(detail, "経費計", 3)).isEqualTo(3_760_000);
            Sheet sheet = workbook.getSheet("生産活動シート");
            assertThat(amount(detail, "生産活動収支 (収入計 − 経費計)", 3)).isEqualTo(amount(sheet, "生産活動収支 (収入計 − 経費計)", TOTAL));
        }
    }

    @Test
    @DisplayName("a multi-function office (多機能型) lists its activities per service type, a subtotal for each")
    void multiFunctionOfficeByServiceType() throws IOException {
        try (XSSFWorkbook workbook = open(ProductionSheetSamples.multiFunction(), Locale.JAPANESE)) {
            Sheet detail = workbook.getSheet("事業活動明細書");
            assertThat(heads(detail)).containsExactly("作業種目", "受託作業", "小計", "カフェ", "清掃", "小計", "合計");
            Row groups = detail.getRow(4);
            assertThat(text(groups, 1)).isEqualTo("就労継続支援A型");
            assertThat(text(groups, 3)).isEqualTo("就労継続支援B型");
            assertThat(detail.getMergedRegions()).anyMatch(r -> r.getFirstRow() == 4 && r.getFirstColumn() == 1 && r.getLastColumn() == 2)
                    .anyMatch(r -> r.getFirstRow() == 4 && r.getFirstColumn() == 3 && r.getLastColumn() == 5);
            assertThat(amount(detail, "収入計", 2)).isEqualTo(amount(detail, "収入計", 1));
            assertThat(amount(detail, "経費計", 5)).isEqualTo(amount(detail, "経費計", 3) + amount(detail, "経費計", 4));
            assertThat(amount(detail, "経費計", 6)).isEqualTo(amount(detail, "経費計", 2) + amount(detail, "経費計", 5)).isEqualTo(3_760_000);
            assertThat(detail.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 6);
        }
    }

    @Test
    @DisplayName("in English the heads and labels are English; the fiscal year keeps its 和暦 name")
    void english() throws IOException {
        try (XSSFWorkbook workbook = open(ProductionSheetSamples.office(), Locale.ENGLISH)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Production activity sheet");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Statement by activity");
            assertThat(text(sheet, 0, 0)).isEqualTo("Production activity sheet (生産活動シート), 令和7年度 (FY2025)");
            assertThat(heads(sheet)).startsWith("Item", "Apr", "May").endsWith("Mar", "Total");
            assertThat(amount(sheet, "Total revenue", APRIL)).isEqualTo(1_200_000);
            assertThat(text(row(sheet, "Check"), MAY)).startsWith("The wages paid exceed the production balance");
        }
    }

    private static XSSFWorkbook open(ProductionSheetView view, Locale locale) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(EXCEL.write(view, locale)));
    }

    /** The rows that hold amounts: those whose second cell is a number. */
    private static List<Row> amountRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> labels(Sheet sheet) {
        List<String> labels = new ArrayList<>();
        sheet.forEach(row -> labels.add(text(row, 0)));
        return labels;
    }

    /** The row of the heads: the one above the first amount row's section. */
    private static List<String> heads(Sheet sheet) {
        Row heads = sheet.getRow(sheet.getPaneInformation().getHorizontalSplitTopRow() - 1);
        List<String> texts = new ArrayList<>();
        heads.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(text(row, 0))) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + labels(sheet));
    }

    private static long amount(Sheet sheet, String label, int column) {
        Cell cell = row(sheet, label).getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return (long) cell.getNumericCellValue();
    }

    private static String text(Sheet sheet, int row, int column) {
        return text(sheet.getRow(row), column);
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }
}
