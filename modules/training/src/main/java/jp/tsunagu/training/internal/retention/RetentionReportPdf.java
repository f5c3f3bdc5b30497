package jp.tsunagu.training.internal.retention;

import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 支援レポート (the monthly support report of 就労定着支援) as one A4 page: the office, the person and the employer, the
 * support's period, the month with its contacts (face to face or not, with whom, the issues), the month's support, its
 * issues and next steps, whether the month had a face-to-face contact, and the days it was shared with the person and
 * the employer. Rendered from {@code templates/training/retention-report-pdf.html} with the shipped font; dates in 和暦
 * with ISO beside; texts from the bundles in the language asked for. It reads nothing but the view it is fed.
 */
@Component
class RetentionReportPdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    RetentionReportPdf(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The PDF's bytes. */
    byte[] render(RetentionSupportService.ReportView view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("t", new RetentionReportTexts(messages, locale));
        context.setVariable("view", view);
        return pdf.render(templates.process("training/retention-report-pdf", context));
    }
}
