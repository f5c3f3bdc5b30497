package jp.tsunagu.employment.internal.documents;

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

/** The month's 給与一覧 as the office reads it: opened with POI from the bytes written. */
class PayrollMonthExcelTest {
    private static final PayrollMonthExcel EXCEL = new PayrollMonthExcel(DocumentTestSupport.messages("employment"));

    @Test
    @DisplayName("令和8年9月 as 給与一覧: the heads name the month, office, period and pay date; a row per worker by kana with every item; the totals 38,945 gross and 37,815 net")
    void theMonthAsTheOfficeReadsIt() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.JAPANESE)) {
            assertThat(workbook.getNumberOfSheets()).isOne();
            Sheet sheet = workbook.getSheet("給与一覧");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("令和8年9月 (2026-09) 給与一覧");
            assertThat(text(sheet.getRow(1), 0)).isEqualTo("事業所: 東京A型事業所 (事業所番号 1300000001)");
            assertThat(text(sheet.getRow(2), 0)).isEqualTo(
                    "賃金計算期間: 令和8年9月1日 (2026-09-01) 〜 令和8年9月30日 (2026-09-30)\u3000支給日: 令和8年10月23日 (2026-10-23)");
            assertThat(text(sheet.getRow(3), 0)).isEqualTo("給与確定日: 令和8年10月5日 (2026-10-05)\u3000作成日: 令和8年10月6日 (2026-10-06)");

            Row heads = labelled(sheet, "フリガナ");
            assertThat(texts(heads)).containsExactly("フリガナ", "氏名", "時給", "労働日数", "労働時間数", "時間外労働時間数", "休日労働時間数",
                    "深夜労働時間数", "基本給", "時間外労働手当", "時間外労働手当 (月60時間超)", "休日労働手当", "深夜労働手当", "通勤手当", "総支給額",
                    "雇用保険料", "健康保険料", "厚生年金保険料", "所得税", "住民税", "控除合計", "差引支給額");
            Row aida = sheet.getRow(heads.getRowNum() + 1);
            assertThat(texts(aida).subList(0, 2)).containsExactly("アイダ ハナコ", "相田 花子");
            assertThat(numbers(aida)).containsExactly(1_300d, 1d, 7.5d, 0d, 0d, 0.5d, 9_750d, 0d, 0d, 0d, 163d, 3_000d, 12_913d, 0d, 0d, 0d, 0d, 0d,
                    0d, 12_913d);
            Row ogawa = sheet.getRow(heads.getRowNum() + 2);
            assertThat(text(ogawa, 1)).isEqualTo("小川 一");
            assertThat(numbers(ogawa)).containsExactly(1_300d, 3d, 16.33d, 1.33d, 3d, 0d, 15_600d, 2_167d, 0d, 5_265d, 0d, 3_000d, 26_032d, 130d, 0d,
                    0d, 0d, 1_000d, 1_130d, 24_902d);
            Row total = sheet.getRow(heads.getRowNum() + 3);
            assertThat(text(total, 0)).isEqualTo("合計");
            assertThat(text(total, 2)).isEmpty(); // no total of hourly wages
            assertThat(numbers(total)).containsExactly(4d, 23.83d, 1.33d, 3d, 0.5d, 25_350d, 2_167d, 0d, 5_265d, 163d, 6_000d, 38_945d, 130d, 0d, 0d,
                    0d, 1_000d, 1_130d, 37_815d);
            assertThat(sheet.getLastRowNum()).isEqualTo(total.getRowNum());
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("令和8年9月 (2026-09) 給与一覧");
        }
    }

    @Test
    @DisplayName("figures are numeric cells, amounts in #,##0 and hours in #,##0.00; printed on A4 landscape one page wide, the heads and names frozen and the heads repeated")
    void numbersAndPrinting() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.JAPANESE)) {
            Sheet sheet = workbook.getSheet("給与一覧");
            int heads = labelled(sheet, "フリガナ").getRowNum();
            Row ogawa = sheet.getRow(heads + 2);
            for (int c = 2; c < 22; c++) {
                assertThat(ogawa.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            }
            assertThat(ogawa.getCell(21).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(ogawa.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (heads + 1));
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(heads);
        }
    }

    @Test
    @DisplayName("in English the sheet and heads are English, the figures the same")
    void english() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.ENGLISH)) {
            Sheet sheet = workbook.getSheet("Payroll of the month");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("Payroll (給与一覧) of 令和8年9月 (2026-09)");
            Row heads = labelled(sheet, "Kana");
            assertThat(texts(heads)).startsWith("Kana", "Name", "Hourly wage", "Days worked", "Hours worked").endsWith("Total deductions", "Net pay");
            assertThat(labelled(sheet, "Total").getCell(21).getNumericCellValue()).isEqualTo(37_815d);
        }
    }

    private static XSSFWorkbook open(Locale locale) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(EXCEL.write(PayrollSamples.september(), locale)));
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
