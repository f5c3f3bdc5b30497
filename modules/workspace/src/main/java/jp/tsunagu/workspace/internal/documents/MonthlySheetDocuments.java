package jp.tsunagu.workspace.internal.documents;

import java.util.List;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import org.springframework.stereotype.Component;

/** The monthly record sheet (実績記録票) as CSV (UTF-8 with BOM, opens in Excel) and as an A4 PDF, one page per person. */
@Component
public class MonthlySheetDocuments {
    private final MonthlySheetPdf pdf;
    private final MonthlySheetCsv csv;

    MonthlySheetDocuments(MonthlySheetPdf pdf, MonthlySheetCsv csv) {
        this.pdf = pdf;
        this.csv = csv;
    }

    /** The sheets as an inline A4 PDF response named {@code name}. */
    public org.springframework.http.ResponseEntity<byte[]> pdfResponse(List<MonthlyServiceSheet> sheets, String name) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(pdf(sheets));
    }

    /** The sheets of a month as a CSV attachment (UTF-8 with BOM). */
    public org.springframework.http.ResponseEntity<String> csvResponse(List<MonthlyServiceSheet> sheets, java.time.YearMonth month) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename("jisseki-" + month + ".csv", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(csv(sheets));
    }

    /** The sheets as one A4 PDF, a page each, drawn directly (see {@link MonthlySheetPdf}). */
    public byte[] pdf(List<MonthlyServiceSheet> sheets) {
        return pdf.render(sheets);
    }

    /** Every recorded day of every sheet, one row each (see {@link MonthlySheetCsv}). */
    public String csv(List<MonthlyServiceSheet> sheets) {
        return csv.write(sheets);
    }
}
