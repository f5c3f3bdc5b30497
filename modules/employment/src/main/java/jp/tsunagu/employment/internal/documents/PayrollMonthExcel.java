package jp.tsunagu.employment.internal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import jp.tsunagu.employment.internal.documents.PayrollMonthTable.Column;
import jp.tsunagu.employment.internal.documents.PayrollMonthTable.Kind;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 給与一覧: a closed payroll month as an Excel workbook, laid out like the wages module's 工賃一覧. One sheet: the month in
 * 和暦 with ISO, the office, the wage period and the pay date, the days closed and made; then a row per employed user by
 * kana (kana, name, then {@link PayrollMonthTable#COLUMNS}) and the totals. Amounts are numbers in {@code #,##0}, hours
 * a number with two decimals (truncated); totals written as values; A4 landscape, one page wide, the heads frozen and
 * repeated on every page. The labels come from the bundles in the language asked for.
 */
@Component
public class PayrollMonthExcel {
    private static final String YEN_FORMAT = "#,##0";
    private static final String HOURS_FORMAT = "#,##0.00";

    private final MessageSource messages;

    PayrollMonthExcel(MessageSource messages) {
        this.messages = messages;
    }

    /** The workbook's bytes. */
    public byte[] write(PayrollMonthView view, Locale locale) {
        PayrollLabels labels = new PayrollLabels(messages, locale, "employment.payrollList.");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.get("name")));
            String title = labels.get("title", labels.eraMonth(view.month()));
            int r = 0;
            text(sheet.createRow(r++), 0, title, styles.title);
            text(sheet.createRow(r++), 0, labels.shared("office", view.officeName(), view.officeNumber()), null);
            text(sheet.createRow(r++), 0, labels.get("period", labels.date(view.periodStart()), labels.date(view.periodClosing()),
                    labels.date(view.payDate())), null);
            text(sheet.createRow(r++), 0, labels.get("dates", labels.date(view.closedOn()), labels.date(view.issuedOn())), null);
            r++;
            int headRow = r;
            Row heads = sheet.createRow(r++);
            heads.setHeightInPoints(30);
            text(heads, 0, labels.shared("head.kana"), styles.head);
            text(heads, 1, labels.shared("head.name"), styles.head);
            for (int c = 0; c < PayrollMonthTable.COLUMNS.size(); c++) {
                text(heads, c + 2, labels.shared(PayrollMonthTable.COLUMNS.get(c).key()), styles.head);
            }
            for (PayrollMonthView.Slip slip : view.slips()) {
                Row row = sheet.createRow(r++);
                text(row, 0, slip.kana(), styles.label);
                text(row, 1, slip.name(), styles.label);
                for (int c = 0; c < PayrollMonthTable.COLUMNS.size(); c++) {
                    Column column = PayrollMonthTable.COLUMNS.get(c);
                    number(row, c + 2, column.figure().apply(slip), column.kind() == Kind.HOURS ? styles.hours
                            : column.key().equals("head.net") ? styles.boldYen : styles.yen);
                }
            }
            Row total = sheet.createRow(r);
            text(total, 0, labels.get("total"), styles.boldLabel);
            text(total, 1, "", styles.blank);
            for (int c = 0; c < PayrollMonthTable.COLUMNS.size(); c++) {
                Column column = PayrollMonthTable.COLUMNS.get(c);
                Number value = column.total().apply(view);
                if (value == null) {
                    text(total, c + 2, "", styles.blank);
                } else {
                    number(total, c + 2, value, column.kind() == Kind.HOURS ? styles.boldHours : styles.boldYen);
                }
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            for (int c = 0; c < PayrollMonthTable.COLUMNS.size(); c++) {
                Kind kind = PayrollMonthTable.COLUMNS.get(c).kind();
                sheet.setColumnWidth(c + 2, (kind == Kind.YEN ? 11 : 8) * 256);
            }
            sheet.createFreezePane(2, headRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
            printOnA4Landscape(sheet);
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A figure as a number cell (whole yen and days exact in a double; hours already two decimals). */
    private static void number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** Printed on A4 landscape, one page wide and as many pages long as it takes, centred. */
    private static void printOnA4Landscape(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    /** The cell styles, made once per workbook (a workbook holds a limited number) and shared by every cell. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle label;
        final CellStyle boldLabel;
        final CellStyle blank;
        final CellStyle yen;
        final CellStyle boldYen;
        final CellStyle hours;
        final CellStyle boldHours;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            head = bordered(workbook, bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setWrapText(true);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label = bordered(workbook, null);
            label.setIndention((short) 1);
            boldLabel = bordered(workbook, bold);
            blank = bordered(workbook, null);
            short yenFormat = workbook.createDataFormat().getFormat(YEN_FORMAT);
            short hoursFormat = workbook.createDataFormat().getFormat(HOURS_FORMAT);
            yen = bordered(workbook, null);
            yen.setDataFormat(yenFormat);
            boldYen = bordered(workbook, bold);
            boldYen.setDataFormat(yenFormat);
            hours = bordered(workbook, null);
            hours.setDataFormat(hoursFormat);
            boldHours = bordered(workbook, bold);
            boldHours.setDataFormat(hoursFormat);
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }
    }
}
