package jp.tsunagu.sharing.internal.source;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The person's own printable record (A4 PDF, {@code templates/sharing/provisions-pdf.html}): their consents to share
 * (to whom, what, for how long, revoked or not) and every provision made under them (第三者提供の記録), to hand to the
 * person who asks what was shared about them. Audited as an export about the person.
 */
@Component
class ProvisionListPdf {
    private final ConsentService consents;
    private final PlanningQueries planning;
    private final Offices offices;
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final Clock clock;

    ProvisionListPdf(ConsentService consents, PlanningQueries planning, Offices offices, TemplateEngine templates, PdfDocuments pdf,
                     AuditTrail audit, Clock clock) {
        this.consents = consents;
        this.planning = planning;
        this.offices = offices;
        this.templates = templates;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    byte[] render(OfficeId office, PersonId person, Locale locale) {
        String officeName = offices.require(office).name();
        PlanningQueries.PersonName name = planning.person(office, person)
                .orElseThrow(() -> new Problem.NotFound("person.notFound", person.value()));
        List<ConsentService.View> given = consents.consents(office, person);
        List<ConsentService.Provision> provided = consents.provisions(office, person);
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("name", name.name());
        context.setVariable("office", officeName);
        context.setVariable("today", LocalDate.now(clock));
        context.setVariable("consents", given);
        context.setVariable("provisions", provided);
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "sharing_provision", person.value().toString()).inOffice(office)
                .about(person.value()).withDetails("printed list for the person: consents=" + given.size() + " provisions=" + provided.size()));
        return pdf.render(templates.process("sharing/provisions-pdf", context));
    }
}
