package jp.tsunagu.planning.internal.documents;

import java.util.Locale;
import jp.tsunagu.planning.internal.domain.Person;
import jp.tsunagu.planning.internal.domain.SupportPlan;
import jp.tsunagu.planning.internal.domain.SupportPlanVersion;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 個別支援計画 as an A4 PDF to print, sign and hand over: one version of a plan with 和暦 dates and the signature
 * field, rendered from {@code templates/planning/plan-pdf.html} with the shipped Japanese font. Always Japanese:
 * the person signs the Japanese document whatever language the staff member reads the screens in.
 */
@Component
public class SupportPlanDocument {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;

    SupportPlanDocument(TemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** What the document shows. */
    public record View(OfficeSummary office, Person person, SupportPlan plan, SupportPlanVersion version) {
    }

    public byte[] render(View view) {
        Context context = new Context(Locale.JAPANESE);
        context.setVariable("office", view.office());
        context.setVariable("person", view.person());
        context.setVariable("plan", view.plan());
        context.setVariable("version", view.version());
        context.setVariable("content", view.version().content());
        context.setVariable("font", PdfDocuments.FONT_FAMILY);
        return pdf.render(templates.process("planning/plan-pdf", context));
    }
}
