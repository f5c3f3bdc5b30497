package jp.tsunagu.sharing.internal.handover;

import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The handover as an A4 PDF ({@code templates/sharing/handover-pdf.html}, the shipped Japanese font): the person, the
 * office it comes from, every section, and the genogram and ecomap as pictures.
 */
@Component
class HandoverPdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;

    HandoverPdf(TemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] render(String personName, String office, HandoverContent content, LocalDate asOf, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("name", personName);
        context.setVariable("office", office);
        context.setVariable("asOf", asOf);
        context.setVariable("h", content);
        context.setVariable("genogram", HandoverDrawings.dataUri(HandoverDrawings.genogramPng(content.personSex(), content.personAge(),
                content.family())));
        context.setVariable("ecomap", HandoverDrawings.dataUri(HandoverDrawings.ecomapPng(personName, content.resources())));
        return pdf.render(templates.process("sharing/handover-pdf", context));
    }
}
