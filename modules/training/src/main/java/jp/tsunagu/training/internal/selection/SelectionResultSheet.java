package jp.tsunagu.training.internal.selection;

import java.util.Locale;
import jp.tsunagu.web.DocumentTexts;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 就労選択支援の評価及び整理 (the result sheet) as A4 pages: the person, the office, the period, the observations, the
 * facts and the predictions in separate sections each with its evidence, the strengths, the conditions that help, the
 * case meeting, the result, whether the person agreed to its sharing with the consultation office, the day it was
 * handed over, and a line for the person to sign its receipt. Rendered from
 * {@code templates/training/selection-result-pdf.html} with the shipped font; dates in 和暦 with ISO beside; texts from
 * the bundles ({@code training.sheet.*}) in the language asked for. It reads nothing but the view it is fed.
 */
@Component
class SelectionResultSheet {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    SelectionResultSheet(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** What the sheet shows: the office and the completed assessment. */
    record View(String officeName, String officeNumber, SelectionAssessmentService.Assessment assessment) {
    }

    /** The sheet's texts: {@code training.sheet.*}, shared {@code training.documents.*}. */
    static final class Texts extends DocumentTexts {
        Texts(MessageSource messages, Locale locale) {
            super(messages, locale, "training.sheet.", "training.documents.");
        }
    }

    byte[] render(View view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("t", new Texts(messages, locale));
        context.setVariable("view", view);
        context.setVariable("a", view.assessment());
        return pdf.render(templates.process("training/selection-result-pdf", context));
    }
}
