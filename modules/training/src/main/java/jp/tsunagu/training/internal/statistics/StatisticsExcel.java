package jp.tsunagu.training.internal.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.tenancy.OfficeSummary;
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
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics as an Excel workbook, one sheet laid out like the page: the title with the fiscal year in 和暦 and
 * ISO, the office; the year's figures (item, value: counts as numbers, rates as numbers with two decimals, a dash
 * where there is none); the months with the year's total; the reasons for ending a placement and a support with their
 * counts. A4 portrait, one page wide. Labels from the bundles in the language asked for. No personal data.
 */
@Component
class StatisticsExcel {
    private final MessageSource messages;

    StatisticsExcel(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(OfficeSummary office, TrainingStatistics s, Locale locale) {
        StatisticsTexts t = new StatisticsTexts(messages, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(t.get("sheet")));
            String title = t.get("title", t.fiscalYear(s.year()));
            int r = 0;
            text(sheet.createRow(r++), 0, title, styles.title);
            text(sheet.createRow(r++), 0, t.get("office", office.name(), office.officeNumber()), null);
            r++;
            text(sheet.createRow(r++), 0, t.get("section.year"), styles.bold);
            Row heads = sheet.createRow(r++);
            text(heads, 0, t.get("head.item"), styles.head);
            text(heads, 1, t.get("head.value"), styles.head);
            for (StatisticsTexts.Item item : StatisticsTexts.items(s)) {
                Row row = sheet.createRow(r++);
                text(row, 0, t.get("item." + item.key()), styles.label);
                if (item.value() == null) {
                    text(row, 1, "—", styles.label);
                } else {
                    number(row, 1, item.value(), StatisticsTexts.percent(item) ? styles.percent : styles.count);
                }
            }
            r++;
            text(sheet.createRow(r++), 0, t.get("section.month"), styles.bold);
            Row monthHeads = sheet.createRow(r++);
            text(monthHeads, 0, t.get("head.month"), styles.head);
            for (int c = 0; c < StatisticsTexts.MONTH_COLUMNS.size(); c++) {
                text(monthHeads, c + 1, t.get("item." + StatisticsTexts.MONTH_COLUMNS.get(c)), styles.head);
            }
            for (TrainingStatistics.Month m : s.months()) {
                Row row = sheet.createRow(r++);
                text(row, 0, t.eraMonth(m.month()), styles.label);
                for (int c = 0; c < StatisticsTexts.MONTH_COLUMNS.size(); c++) {
                    number(row, c + 1, StatisticsTexts.column(m, StatisticsTexts.MONTH_COLUMNS.get(c)), styles.count);
                }
            }
            Row total = sheet.createRow(r++);
            text(total, 0, t.get("total"), styles.boldLabel);
            for (int c = 0; c < StatisticsTexts.MONTH_COLUMNS.size(); c++) {
                number(total, c + 1, StatisticsTexts.column(s.total(), StatisticsTexts.MONTH_COLUMNS.get(c)), styles.boldCount);
            }
            r = reasons(sheet, r + 1, t.get("section.placementEnd"), t, s.placementEndReasons(), styles);
            reasons(sheet, r + 1, t.get("section.supportEnd"), t, s.supportEndReasons(), styles);
            sheet.setColumnWidth(0, 40 * 256);
            for (int c = 1; c <= StatisticsTexts.MONTH_COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    /** A table of reasons (reason, count), or a line saying there were none; the next free row. */
    private static int reasons(Sheet sheet, int r, String section, StatisticsTexts t, List<TrainingStatistics.Reason> reasons, Styles styles) {
        text(sheet.createRow(r++), 0, section, styles.bold);
        if (reasons.isEmpty()) {
            text(sheet.createRow(r++), 0, t.get("noReasons"), null);
            return r;
        }
        Row heads = sheet.createRow(r++);
        text(heads, 0, t.get("head.reason"), styles.head);
        text(heads, 1, t.get("head.count"), styles.head);
        for (TrainingStatistics.Reason reason : reasons) {
            Row row = sheet.createRow(r++);
            text(row, 0, reason.reason(), styles.label);
            number(row, 1, reason.count(), styles.count);
        }
        return r;
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** The cell styles, made once per workbook and shared by every cell. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle head;
        final CellStyle label;
        final CellStyle boldLabel;
        final CellStyle count;
        final CellStyle boldCount;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            head = bordered(workbook, boldFont);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setWrapText(true);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label = bordered(workbook, null);
            boldLabel = bordered(workbook, boldFont);
            short countFormat = workbook.createDataFormat().getFormat("#,##0");
            count = bordered(workbook, null);
            count.setDataFormat(countFormat);
            boldCount = bordered(workbook, boldFont);
            boldCount.setDataFormat(countFormat);
            percent = bordered(workbook, null);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
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
