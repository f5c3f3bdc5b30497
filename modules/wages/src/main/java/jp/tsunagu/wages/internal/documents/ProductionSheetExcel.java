package jp.tsunagu.wages.internal.documents;

import static jp.tsunagu.wages.internal.documents.WorkbookStyles.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import jp.tsunagu.wages.internal.documents.ProductionSheetTable.Kind;
import jp.tsunagu.wages.internal.documents.ProductionSheetTable.Span;
import jp.tsunagu.wages.internal.documents.ProductionSheetTable.Table;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 生産活動シート as an Excel workbook (.xlsx), the way offices keep it for the authority's check: sheet 1 a column per
 * month (4月 … 3月) and the year's total, with the revenue and expenses by category, the production balance, the
 * reserves, the 工賃 paid and the difference, and a check row that names every column where the 工賃 exceed the
 * balance (highlighted); sheet 2 the 就労支援事業別事業活動明細書, a column per activity. Amounts are numbers in
 * {@code #,##0} (Excel can add them up), totals written as values; printed on A4 landscape, one page wide, the heads
 * frozen and repeated on every page. The labels come from the message bundles in the language asked for.
 */
@Component
public class ProductionSheetExcel {
    /** Widths in characters (an ideograph counts two): the label column and an amount column. */
    private static final int LABEL_WIDTH = 40;
    private static final int AMOUNT_WIDTH = 13;
    private static final float CHECK_LINE_HEIGHT = 11f;

    private final MessageSource messages;

    ProductionSheetExcel(MessageSource messages) {
        this.messages = messages;
    }

    /** The workbook's bytes. */
    public byte[] write(ProductionSheetView view, Locale locale) {
        ProductionSheetTable document = ProductionSheetTable.of(view, new DocumentLabels(messages, locale, "wages.sheet."));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            sheet(workbook, styles, document, document.sheet(), document.note());
            sheet(workbook, styles, document, document.detail(), null);
            workbook.getProperties().getCoreProperties().setTitle(document.sheet().title());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, ProductionSheetTable document, Table table, String note) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
        int columns = table.columns();
        int r = 0;
        text(sheet.createRow(r++), 0, table.title(), styles.title);
        text(sheet.createRow(r++), 0, document.office(), null);
        text(sheet.createRow(r++), 0, document.period(), null);
        int firstHead = ++r;
        if (!table.groups().isEmpty()) {
            Row groups = sheet.createRow(r);
            text(groups, 0, table.groupsLabel(), styles.head);
            int c = 1;
            for (Span span : table.groups()) {
                for (int i = 0; i < span.columns(); i++) {
                    text(groups, c + i, i == 0 ? span.label() : "", styles.head);
                }
                if (span.columns() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, c, c + span.columns() - 1));
                }
                c += span.columns();
            }
            r++;
        }
        Row heads = sheet.createRow(r++);
        for (int c = 0; c <= columns; c++) {
            text(heads, c, table.heads().get(c), styles.head);
        }
        sheet.createFreezePane(1, r);
        sheet.setRepeatingRows(new CellRangeAddress(firstHead, r - 1, -1, -1));
        for (ProductionSheetTable.Row line : table.rows()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.label(), line.kind() == Kind.SECTION || line.kind() == Kind.SUBTOTAL ? styles.boldLabel : styles.label);
            for (int c = 0; c < columns; c++) {
                boolean flagged = table.flagged().get(c);
                if (line.kind() == Kind.CHECK) {
                    text(row, c + 1, table.check(c), flagged ? styles.warning : styles.blank);
                } else if (line.amounts().isEmpty()) {
                    text(row, c + 1, "", styles.blank);
                } else {
                    WorkbookStyles.yen(row, c + 1, line.amounts().get(c), line.kind() == Kind.WAGES && flagged ? styles.flaggedYen
                            : line.kind() == Kind.SUBTOTAL ? styles.boldYen : styles.yen);
                }
            }
            if (line.kind() == Kind.CHECK && table.flagged().contains(true)) {
                row.setHeightInPoints(CHECK_LINE_HEIGHT * (1 + width(table.warning()) / AMOUNT_WIDTH));
            }
        }
        if (note != null) {
            Row row = sheet.createRow(++r);
            text(row, 0, note, styles.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns));
            row.setHeightInPoints(CHECK_LINE_HEIGHT * (2 + width(note) / (LABEL_WIDTH + columns * AMOUNT_WIDTH)));
        }
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        for (int c = 1; c <= columns; c++) {
            sheet.setColumnWidth(c, AMOUNT_WIDTH * 256);
        }
        WorkbookStyles.printOnA4Landscape(sheet);
    }

    /** The text's width in Excel's characters: an ideograph or kana takes two. */
    private static int width(String text) {
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }

    /** The shared look, and the sheet's marks: 工賃 over the balance, the warning, the note. */
    private static final class Styles extends WorkbookStyles {
        final CellStyle flaggedYen;
        final CellStyle warning;
        final CellStyle note;

        Styles(XSSFWorkbook workbook) {
            super(workbook);
            flaggedYen = bordered(workbook, font(workbook, true, false));
            flaggedYen.setDataFormat(yen.getDataFormat());
            fill(flaggedYen, IndexedColors.ROSE);
            warning = bordered(workbook, font(workbook, true, true));
            warning.setWrapText(true);
            warning.setVerticalAlignment(VerticalAlignment.TOP);
            fill(warning, IndexedColors.ROSE);
            note = workbook.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
