package jp.tsunagu.sharing.internal.handover;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.sharing.internal.SharingEvents;
import jp.tsunagu.tenancy.Offices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's intake handovers: read, save (checked; each save is offered to the consents naming handovers, through
 * the source's publication), print as an A4 PDF with the genogram and ecomap drawn. Reads and writes are audited about
 * the person.
 */
@Service
public class HandoverService {
    private final HandoverRepository handovers;
    private final Offices offices;
    private final PlanningQueries planning;
    private final HandoverPdf pdf;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoverService(HandoverRepository handovers, Offices offices, PlanningQueries planning, HandoverPdf pdf, AuditTrail audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.handovers = handovers;
        this.offices = offices;
        this.planning = planning;
        this.pdf = pdf;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A handover as shown: the person, the document, its last change, where it was taken over from. */
    public record View(PersonId personId, String name, String kana, HandoverContent content, LocalDate updatedOn, String updatedBy,
                       String takenOverFrom) {
    }

    /** The person's handover at the office (empty document when none yet); 404 for a person not the office's. */
    @Transactional
    public View handover(OfficeId office, PersonId person) {
        PlanningQueries.PersonName name = person(office, person);
        Optional<Handover> h = handovers.find(office.value(), person.value());
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "sharing_handover", person.value().toString()).inOffice(office).about(person.value()));
        return h.map(x -> new View(person, name.name(), name.kana(), x.content(), x.updatedOn(), x.updatedBy(), x.takenOverFrom()))
                .orElseGet(() -> new View(person, name.name(), name.kana(), new HandoverContent(null, null, null, null, null, null, null, null,
                        null, null), null, null, null));
    }

    /** Saves the person's handover (checked first: nothing stored when refused) and offers it to the consents naming handovers. */
    @Transactional
    public View save(OfficeId office, PersonId person, HandoverContent content, String takenOverFrom, String user) {
        PlanningQueries.PersonName name = person(office, person);
        if (content == null) {
            throw new Problem.Invalid("content", "sharing.handover.required");
        }
        LocalDate today = LocalDate.now(clock);
        content.validate(today);
        Handover h = handovers.find(office.value(), person.value()).orElseGet(() -> new Handover(office, person, user, clock.instant()));
        boolean created = h.version() == null;
        h.update(content, takenOverFrom, today, user);
        handovers.save(h);
        audit.record(AuditEvent.of(created ? AuditEvent.Action.CREATE : AuditEvent.Action.UPDATE, "sharing_handover", h.id().toString())
                .inOffice(office).about(person.value()).withDetails(takenOverFrom == null ? null : "taken over from " + takenOverFrom));
        events.publishEvent(new SharingEvents.HandoverUpdated(jp.tsunagu.tenancy.TenantContext.require(), office, person, today,
                lines(content), HandoverDocuments.write(content)));
        return new View(person, name.name(), name.kana(), h.content(), h.updatedOn(), h.updatedBy(), h.takenOverFrom());
    }

    /** The person's handover as an A4 PDF; audited as an export about the person. */
    @Transactional
    public byte[] pdf(OfficeId office, PersonId person, Locale locale) {
        View v = handover(office, person);
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "sharing_handover", person.value().toString()).inOffice(office)
                .about(person.value()).withDetails("pdf"));
        return pdf.render(v.name(), offices.require(office).name(), v.content(), v.updatedOn(), locale);
    }

    /** A handover received from another office, printed (the caller has read the snapshot); audited as an export about the client. */
    @Transactional
    public byte[] pdf(OfficeId office, PersonId client, java.util.UUID snapshotId, String personName, String from, HandoverContent content,
                      LocalDate providedOn, Locale locale) {
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "shared_snapshot", snapshotId.toString()).inOffice(office)
                .about(client.value()).withDetails("handover pdf from " + from));
        return pdf.render(personName, from, content, providedOn, locale);
    }

    private PlanningQueries.PersonName person(OfficeId office, PersonId person) {
        offices.require(office);
        return planning.person(office, person).orElseThrow(() -> new Problem.NotFound("person.notFound", person.value()));
    }

    /** The lines a recipient's inbox lists (the document itself travels whole). */
    private static List<SharingEvents.Line> lines(HandoverContent c) {
        List<SharingEvents.Line> lines = new ArrayList<>();
        if (c.certificateKind() != null) {
            lines.add(new SharingEvents.Line("sharing.handover.certificate", c.certificateKind() + " " + (c.certificateGrade() == null ? ""
                    : c.certificateGrade()), "sharing.handover.kind." + c.certificateKind()));
        }
        lines.add(new SharingEvents.Line("sharing.handover.family", String.valueOf(c.family().size())));
        lines.add(new SharingEvents.Line("sharing.handover.resources", String.valueOf(c.resources().size())));
        lines.add(new SharingEvents.Line("sharing.handover.wishes", c.wishes() == null ? "" : c.wishes()));
        return lines;
    }
}
