package jp.tsunagu.wages.internal.documents;

import static jp.tsunagu.wages.internal.documents.WorkbookStyles.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.run.RunService.Line;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 工賃一覧: a closed month's 工賃 as an Excel workbook, laid out like the sheets offices keep today. One sheet: the month
 * in 和暦 with ISO, the office, the 工賃規程 version and its method, the days closed and made; the pool (revenue,
 * expenses, the reserve used, what was paid); then a row per user by kana (kana, name, service type, days, hours,
 * pieces, rate, base part, share of the rest, 工賃) and their totals. Amounts are numbers in {@code #,##0}, hours a number
 * with two decimals (truncated, as the API gives them); totals written as values; A4 landscape, one page wide, the heads
 * frozen and repeated on every page. The labels come from the bundles in the language asked for.
 */
@Component
public class WagesMonthExcel {
    /** The table's columns: the key of each head (wages.documents.head.*) and its width in characters. */
    static final List<String> COLUMNS = List.of("kana", "name", "serviceType", "days", "hours", "pieces", "rate", "base", "share", "adjustment", "total");
    private static final int[] WIDTHS = {20, 16, 24, 9, 10, 9, 9, 12, 12, 12, 12};
    private static final String HOURS_FORMAT = "#,##0.00";

    private final MessageSource messages;

    WagesMonthExcel(MessageSource messages) {
        this.messages = messages;
    }

    /** The workbook's bytes. */
    public byte[] write(WagesMonthView view, Locale locale) {
        DocumentLabels labels = new DocumentLabels(messages, locale, "wages.workbook.");
        MonthTexts texts = MonthTexts.of(view, labels);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            CellStyle hours = WorkbookStyles.bordered(workbook, null);
            hours.setDataFormat(workbook.createDataFormat().getFormat(HOURS_FORMAT));
            CellStyle boldHours = WorkbookStyles.bordered(workbook, WorkbookStyles.font(workbook, false, false));
            boldHours.setDataFormat(hours.getDataFormat());
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.get("name")));
            String title = labels.get("title", labels.eraMonth(view.month()));
            int r = 0;
            text(sheet.createRow(r++), 0, title, styles.title);
            text(sheet.createRow(r++), 0, texts.office(), null);
            text(sheet.createRow(r++), 0, texts.rule(), null);
            text(sheet.createRow(r++), 0, labels.get("dates", JapaneseDates.withIso(view.closedOn()), JapaneseDates.withIso(view.issuedOn())), null);
            r++;
            for (Map.Entry<String, Yen> pool : List.of(Map.entry("revenue", view.revenue()), Map.entry("expenses", view.expenses()),
                    Map.entry("poolAmount", view.pool()), Map.entry("reserveUsedAmount", view.reserveUsed()), Map.entry("setAsideAmount", view.setAside().total()),
                    Map.entry("totalPaid", view.totalPaid()))) {
                Row row = sheet.createRow(r++);
                text(row, 0, labels.shared(pool.getKey()), styles.boldLabel);
                text(row, 1, "", styles.blank);
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
                WorkbookStyles.yen(row, 2, pool.getValue(), styles.yen);
            }
            r++;
            int headRow = r;
            Row heads = sheet.createRow(r++);
            for (int c = 0; c < COLUMNS.size(); c++) {
                text(heads, c, labels.shared("head." + COLUMNS.get(c)), styles.head);
            }
            for (Line line : view.lines()) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.kana(), styles.label);
                text(row, 1, line.name(), styles.label);
                text(row, 2, labels.serviceType(line.serviceType()), styles.label);
                number(row, 3, line.days(), styles.yen);
                number(row, 4, hours(line.minutes()), hours);
                number(row, 5, line.pieces(), styles.yen);
                WorkbookStyles.yen(row, 6, line.rate(), styles.yen);
                WorkbookStyles.yen(row, 7, line.base(), styles.yen);
                WorkbookStyles.yen(row, 8, line.share(), styles.yen);
                WorkbookStyles.yen(row, 9, line.adjustment(), styles.yen);
                WorkbookStyles.yen(row, 10, line.total(), styles.boldYen);
            }
            Row total = sheet.createRow(r);
            text(total, 0, labels.get("total"), styles.boldLabel);
            text(total, 1, "", styles.blank);
            text(total, 2, "", styles.blank);
            number(total, 3, view.totalDays(), styles.boldYen);
            number(total, 4, hours(view.totalMinutes()), boldHours);
            number(total, 5, view.totalPieces(), styles.boldYen);
            text(total, 6, "", styles.blank);
            WorkbookStyles.yen(total, 7, view.baseTotal(), styles.boldYen);
            WorkbookStyles.yen(total, 8, view.rest(), styles.boldYen);
            WorkbookStyles.yen(total, 9, view.adjustmentsTotal(), styles.boldYen);
            WorkbookStyles.yen(total, 10, view.totalPaid(), styles.boldYen);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, headRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
            WorkbookStyles.printOnA4Landscape(sheet);
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    /** Minutes as hours with two decimals, truncated (12 h 20 min → 12.33), as the API gives them. */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN);
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue((double) value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue()); // two decimals of hours: what the cell shows is the value
        cell.setCellStyle(style);
    }
}
