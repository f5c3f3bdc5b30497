package jp.tsunagu.wages.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import jp.tsunagu.testsupport.DocumentTestSupport;

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

/** The month's workbook as the office reads it: opened with POI from the bytes written. */
class WagesMonthExcelTest {
    private static final WagesMonthExcel EXCEL = new WagesMonthExcel(DocumentTestSupport.messages("wages"));

    @Test
    @DisplayName("WG-2 as 工賃一覧: the heads name the month and office, the pool 1,200,000 − 380,000 = 820,000, 相田's row 20 days, 160.00 h, 220, 35,200 + 4,800 = 40,000, and the totals 3,280 h and 820,000")
    void wg2AsTheOfficeReadsIt() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.JAPANESE)) {
            assertThat(workbook.getNumberOfSheets()).isOne();
            Sheet sheet = workbook.getSheet("工賃一覧");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("令和7年4月 (2025-04) 工賃一覧");
            assertThat(text(sheet.getRow(1), 0)).isEqualTo("事業所: つなぐ作業所 (事業所番号 1310000005)");
            assertThat(text(sheet.getRow(2), 0)).isEqualTo(
                    "工賃規程 (令和7年4月 (2025-04) から適用): 時間給 220円、残余の配分: 作業時間に比例、端数処理: 基本部分の1円未満切り捨て");
            assertThat(text(sheet.getRow(3), 0)).isEqualTo("工賃確定日: 令和7年5月8日 (2025-05-08)\u3000作成日: 令和7年5月10日 (2025-05-10)");
            assertThat(number(labelled(sheet, "生産活動収入"), 2)).isEqualTo(1_200_000);
            assertThat(number(labelled(sheet, "必要経費"), 2)).isEqualTo(380_000);
            assertThat(number(labelled(sheet, "工賃の原資 (収入 − 経費)"), 2)).isEqualTo(820_000);
            assertThat(number(labelled(sheet, "工賃支給総額"), 2)).isEqualTo(820_000);

            Row heads = labelled(sheet, "フリガナ");
            assertThat(texts(heads)).containsExactly("フリガナ", "氏名", "サービス種別", "作業日数", "作業時間", "出来高 (個)", "単価", "基本部分",
                    "残余の配分", "調整", "工賃支給額");
            Row aida = sheet.getRow(heads.getRowNum() + 1);
            assertThat(texts(aida).subList(0, 3)).containsExactly("アイダ ハナコ", "相田 花子", "就労継続支援B型");
            assertThat(numbers(aida)).containsExactly(20d, 160d, 0d, 220d, 35_200d, 4_800d, 0d, 40_000d);
            Row watanabe = sheet.getRow(heads.getRowNum() + 21);
            assertThat(text(watanabe, 1)).isEqualTo("渡辺 次郎");
            assertThat(numbers(watanabe)).containsExactly(10d, 80d, 0d, 220d, 17_600d, 2_400d, 0d, 20_000d);
            Row total = sheet.getRow(heads.getRowNum() + 22);
            assertThat(text(total, 0)).isEqualTo("合計");
            assertThat(numbers(total)).containsExactly(410d, 3_280d, 0d, 721_600d, 98_400d, 0d, 820_000d);
            assertThat(sheet.getLastRowNum()).isEqualTo(total.getRowNum());
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("令和7年4月 (2025-04) 工賃一覧");
        }
    }

    @Test
    @DisplayName("amounts are numeric cells in #,##0 (hours #,##0.00), printed on A4 landscape one page wide, the heads frozen and repeated")
    void numbersAndPrinting() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.JAPANESE)) {
            Sheet sheet = workbook.getSheet("工賃一覧");
            Row aida = sheet.getRow(labelled(sheet, "フリガナ").getRowNum() + 1);
            for (int c = 3; c < 11; c++) {
                assertThat(aida.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            }
            assertThat(aida.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(aida.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(labelled(sheet, "工賃支給総額").getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            int heads = labelled(sheet, "フリガナ").getRowNum();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (heads + 1));
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(heads);
        }
    }

    @Test
    @DisplayName("in English the sheet and heads are English, the figures the same")
    void english() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(EXCEL.write(WagesMonthSamples.wg2(), Locale.ENGLISH)))) {
            Sheet sheet = workbook.getSheet("Wages of the month");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("Wages (工賃一覧) of 令和7年4月 (2025-04)");
            Row heads = labelled(sheet, "Kana");
            assertThat(texts(heads)).startsWith("Kana", "Name", "Service type", "Days", "Hours").endsWith("Wages");
            assertThat(text(sheet.getRow(heads.getRowNum() + 1), 2)).isEqualTo("Continuous employment support type B");
            assertThat(number(labelled(sheet, "Total"), 10)).isEqualTo(820_000);
        }
    }

    private static XSSFWorkbook open(Locale locale) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(EXCEL.write(WagesMonthSamples.wg2(), locale)));
    }

    /** The row whose first cell reads {@code label}. */
    private static Row labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : String.valueOf(c.getNumericCellValue())));
        return texts;
    }

    /** The row's numeric cells, left to right. */
    private static List<Double> numbers(Row row) {
        List<Double> numbers = new ArrayList<>();
        row.forEach(c -> {
            if (c.getCellType() == CellType.NUMERIC) {
                numbers.add(c.getNumericCellValue());
            }
        });
        return numbers;
    }
}
