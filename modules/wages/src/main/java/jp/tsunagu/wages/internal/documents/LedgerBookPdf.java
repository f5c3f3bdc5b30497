package jp.tsunagu.wages.internal.documents;

import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 工賃台帳 as one A4 page: the user's fiscal year, a row per month April to March (days, hours, base part, share of the
 * rest, 工賃; 「未確定」 where the month is not closed, 「支給なし」 where it paid them nothing) and the year's totals.
 * Rendered from {@code templates/wages/ledger-book-pdf.html} with the shipped font; dates, months and yen by {@code #ja},
 * the labels from the bundles in the language asked for ({@code wages.ledgerBook.*}, {@code wages.documents.*}).
 */
@Component
public class LedgerBookPdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    LedgerBookPdf(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The PDF's bytes. */
    public byte[] render(LedgerBookView view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("t", new DocumentLabels(messages, locale, "wages.ledgerBook."));
        context.setVariable("view", view);
        return pdf.render(templates.process("wages/ledger-book-pdf", context));
    }
}
