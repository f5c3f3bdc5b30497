package jp.tsunagu.wages.internal.documents;

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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The look the wages workbooks share (生産活動シート, 工賃一覧): a title, bordered heads on grey, labels, yen amounts as
 * numbers in {@code #,##0}, and A4 landscape printing one page wide. A workbook holds a limited number of cell styles:
 * they are made once per workbook and shared by every cell.
 */
class WorkbookStyles {
    static final String YEN_FORMAT = "#,##0";

    final CellStyle title;
    final CellStyle head;
    final CellStyle label;
    final CellStyle boldLabel;
    final CellStyle blank;
    final CellStyle yen;
    final CellStyle boldYen;

    WorkbookStyles(XSSFWorkbook workbook) {
        Font bold = font(workbook, false, false);
        title = workbook.createCellStyle();
        Font large = font(workbook, false, false);
        large.setFontHeightInPoints((short) 14);
        title.setFont(large);
        head = bordered(workbook, bold);
        head.setAlignment(HorizontalAlignment.CENTER);
        head.setWrapText(true);
        fill(head, IndexedColors.GREY_25_PERCENT);
        label = bordered(workbook, null);
        label.setIndention((short) 1);
        boldLabel = bordered(workbook, bold);
        blank = bordered(workbook, null);
        short format = workbook.createDataFormat().getFormat(YEN_FORMAT);
        yen = bordered(workbook, null);
        yen.setDataFormat(format);
        boldYen = bordered(workbook, bold);
        boldYen.setDataFormat(format);
    }

    /** A bold font, dark red or small (8 pt) if asked. */
    static Font font(XSSFWorkbook workbook, boolean red, boolean small) {
        Font font = workbook.createFont();
        font.setBold(true);
        if (red) {
            font.setColor(IndexedColors.DARK_RED.getIndex());
        }
        if (small) {
            font.setFontHeightInPoints((short) 8);
        }
        return font;
    }

    static CellStyle bordered(XSSFWorkbook workbook, Font font) {
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

    static void fill(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** A text cell ({@code style} null: the default look). */
    static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A yen amount as a number (a cell holds a double: exact for any yen amount). */
    static void yen(Row row, int column, jp.tsunagu.kernel.Yen amount, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue((double) amount.value());
        cell.setCellStyle(style);
    }

    /** Printed on A4 landscape, one page wide and as many pages long as it takes, centred. */
    static void printOnA4Landscape(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }
}
