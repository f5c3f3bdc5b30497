package jp.tsunagu.employment.internal.documents;

import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 労働条件通知書 as one A4 page: the employer and the office, the worker, the term and its renewal, the place and the
 * job, the working hours and breaks (the scheduled time a day and a week), the days a week, the hourly wage and the
 * commuting allowance, the 就業規則 that governs the rest, the day it is issued, and a line for the worker to sign its
 * receipt. Rendered from {@code templates/employment/notice-pdf.html} with the shipped font; dates by {@code #ja} (和暦
 * with ISO), the labels from the bundles in the language asked for ({@code employment.notice.*}). It reads nothing but
 * the view it is fed.
 */
@Component
public class WorkingConditionsNotice {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    WorkingConditionsNotice(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The PDF's bytes. */
    public byte[] render(NoticeView view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("t", new NoticeLabels(messages, locale));
        context.setVariable("view", view);
        return pdf.render(templates.process("employment/notice-pdf", context));
    }
}
