package jp.tsunagu.wages.internal.documents;

import java.util.List;
import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 生産活動シート as an A4 landscape PDF to print or hand over: the same two tables as the workbook
 * ({@link ProductionSheetExcel}), the months' sheet on the first page and the 就労支援事業別事業活動明細書 on the next,
 * rendered from {@code templates/wages/production-sheet-pdf.html} with the shipped Japanese font. Laid out from
 * HTML rather than drawn: a document of two pages, where the layout's cost does not matter and the table sizes its
 * columns itself. The labels come from the message bundles in the language asked for.
 */
@Component
public class ProductionSheetPdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    ProductionSheetPdf(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The PDF's bytes. */
    public byte[] render(ProductionSheetView view, Locale locale) {
        ProductionSheetTable document = ProductionSheetTable.of(view, new DocumentLabels(messages, locale, "wages.sheet."));
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("document", document);
        context.setVariable("tables", List.of(document.sheet(), document.detail()));
        return pdf.render(templates.process("wages/production-sheet-pdf", context));
    }
}
