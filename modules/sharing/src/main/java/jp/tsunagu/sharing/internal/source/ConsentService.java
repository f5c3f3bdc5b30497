package jp.tsunagu.sharing.internal.source;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.sharing.internal.Category;
import jp.tsunagu.sharing.internal.LinkKeys;
import jp.tsunagu.sharing.internal.SharingEvents;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.PublicOffices;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source side of sharing: a person's consents (with evidence) naming a recipient office of any tenant through the
 * public directory, the recipient's link claim to confirm, revocation, and the record of provisions. Recording a
 * consent offers the link to the recipient (the HMAC of the person's certificate number and municipality code, never
 * the number); confirming it starts the flow; revoking it ends the recipient's access before this request answers.
 * Reads and writes are audited about the person.
 */
@Service
class ConsentService {
    /** The largest evidence file kept (a scan of a signed page). */
    static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
    private static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    private final SharingConsentRepository consents;
    private final SharingProvisionRepository provisions;
    private final PublicOffices directory;
    private final PlanningQueries planning;
    private final LinkKeys keys;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(SharingConsentRepository consents, SharingProvisionRepository provisions, PublicOffices directory, PlanningQueries planning,
                   LinkKeys keys, Offices offices, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.provisions = provisions;
        this.directory = directory;
        this.planning = planning;
        this.keys = keys;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a consent records; the evidence's content in Base64. */
    record NewConsent(PersonId person, String recipientOfficeNumber, Set<Category> categories, LocalDate validFrom, LocalDate validTo,
                      Evidence evidence) {
    }

    /** The evidence: a scan of the signed paper or the agreement signed on the tablet, the day signed, the file. */
    record Evidence(SharingConsent.EvidenceKind kind, LocalDate signedOn, String fileName, String contentType, String content) {
    }

    /** A consent as shown (without the evidence's bytes). */
    record View(UUID id, PersonId person, String name, String kana, String recipientOfficeNumber, String recipientOfficeName,
                Set<Category> categories, LocalDate validFrom, LocalDate validTo, SharingConsent.EvidenceKind evidenceKind,
                LocalDate evidenceSignedOn, String evidenceFileName, SharingConsent.Status status, LocalDate revokedOn, String revokeReason,
                SharingConsent.LinkState linkState, LocalDate claimedOn, LocalDate confirmedOn) {
    }

    /** A provision as the record lists it. */
    record Provision(UUID id, UUID consentId, PersonId person, String name, Category category, LocalDate providedOn, LocalDate recordDate,
                     String title, String recipientOfficeName) {
    }

    /** The evidence file as kept. */
    record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * Records a consent, all or nothing: the evidence present (naming {@code evidence}) and readable (naming
     * {@code evidence.content} or {@code evidence.contentType}), the last day not before the first (naming
     * {@code validTo}), the recipient a 10-digit office number found in the directory, not this office (naming
     * {@code recipientOfficeNumber}), each category one the recipient may receive (naming {@code categories}), the person
     * the office's with a recipient certificate valid on the first day or today (naming {@code personId}).
     */
    @Transactional
    public View record(OfficeId office, NewConsent n, String by) {
        offices.require(office);
        Evidence e = n.evidence();
        if (e == null || e.kind() == null || e.signedOn() == null || e.content() == null || e.content().isBlank()) {
            throw new Problem.Invalid("evidence", "sharing.consent.evidenceRequired");
        }
        if (e.contentType() == null || !CONTENT_TYPES.contains(e.contentType())) {
            throw new Problem.Invalid("evidence.contentType", "sharing.consent.evidenceType", e.contentType());
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(e.content().strip());
        } catch (IllegalArgumentException notBase64) {
            throw new Problem.Invalid("evidence.content", "sharing.consent.evidenceUnreadable");
        }
        if (content.length == 0 || content.length > MAX_EVIDENCE_BYTES) {
            throw new Problem.Invalid("evidence.content", "sharing.consent.evidenceSize", MAX_EVIDENCE_BYTES / (1024 * 1024));
        }
        if (n.validTo().isBefore(n.validFrom())) {
            throw new Problem.Invalid("validTo", "sharing.consent.endsBeforeStart", n.validTo(), n.validFrom());
        }
        if (e.signedOn().isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("evidence.signedOn", "sharing.consent.signedAhead", e.signedOn());
        }
        PublicOffices.Entry recipient = recipient(office, n.recipientOfficeNumber());
        if (n.categories() == null || n.categories().isEmpty()) {
            throw new Problem.Invalid("categories", "sharing.consent.noCategory");
        }
        for (Category c : n.categories()) {
            if (!c.receivableBy(recipient)) {
                throw new Problem.Invalid("categories", "sharing.consent.notReceivable." + c, recipient.name());
            }
        }
        PlanningQueries.PersonName person = planning.person(office, n.person())
                .orElseThrow(() -> new Problem.Invalid("personId", "sharing.consent.notOurs", n.person().value()));
        LocalDate today = LocalDate.now(clock);
        PlanningQueries.CertificateRef certificate = planning.certificate(n.person(), n.validFrom())
                .or(() -> planning.certificate(n.person(), today))
                .orElseThrow(() -> new Problem.Invalid("personId", "sharing.consent.noCertificate", person.name()));
        SharingConsent saved = consents.save(new SharingConsent(office, n.person(), recipient.tenant(), recipient.office(),
                recipient.officeNumber(), recipient.name(), n.categories(), n.validFrom(), n.validTo(), e.kind(), e.signedOn(), e.fileName(),
                e.contentType(), content, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "sharing_consent", saved.id().toString()).inOffice(office).about(n.person().value())
                .withDetails("recipient=" + recipient.officeNumber() + " categories=" + saved.categories() + " " + n.validFrom() + ".." + n.validTo()));
        String sourceName = offices.require(office).name();
        events.publishEvent(new SharingEvents.LinkOffered(recipient.tenant(), recipient.office(), TenantContext.require(), office, sourceName,
                saved.id(), keys.of(certificate.number(), certificate.municipalityCode()), saved.categories(), saved.validFrom(), saved.validTo()));
        return view(office, saved, new HashMap<>());
    }

    /** The office's consents, or one person's; audited about each person. */
    @Transactional
    public List<View> consents(OfficeId office, PersonId person) {
        offices.require(office);
        List<SharingConsent> found = person == null ? consents.ofOffice(office.value()) : consents.ofPerson(office.value(), person.value());
        Map<PersonId, PlanningQueries.PersonName> names = new HashMap<>();
        List<View> all = found.stream().map(c -> view(office, c, names)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "sharing_consent", office.value().toString()).inOffice(office)
                .withDetails("consents=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(v -> read.about(v.person().value())).distinct().toList());
        return all;
    }

    /** One consent; audited about the person. */
    @Transactional
    public View consent(OfficeId office, UUID id) {
        offices.require(office);
        SharingConsent c = find(office, id);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "sharing_consent", c.id().toString()).inOffice(office).about(c.personId().value()));
        return view(office, c, new HashMap<>());
    }

    /** The evidence file; audited as an export about the person. */
    @Transactional
    public EvidenceFile evidence(OfficeId office, UUID id) {
        offices.require(office);
        SharingConsent c = find(office, id);
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "sharing_consent", c.id().toString()).inOffice(office).about(c.personId().value())
                .withDetails("evidence " + c.evidenceFileName()));
        return new EvidenceFile(c.evidenceFileName(), c.evidenceContentType(), c.evidenceContent());
    }

    /** Confirms the recipient's claim: records of the consented categories flow from now on. */
    @Transactional
    public View confirm(OfficeId office, UUID id, String by) {
        offices.require(office);
        SharingConsent c = find(office, id);
        LocalDate today = LocalDate.now(clock);
        c.confirm(today);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "sharing_consent", c.id().toString()).inOffice(office).about(c.personId().value())
                .withDetails("link confirmed for " + c.recipientOfficeNumber()));
        events.publishEvent(new SharingEvents.LinkConfirmed(c.recipientTenant(), c.recipientOffice(), c.claimId(), c.id(), today));
        return view(office, c, new HashMap<>());
    }

    /**
     * Revokes the consent (the day not ahead of today, naming {@code revokedOn}; once, naming {@code consentId}): nothing
     * more is provided, and the recipient's access ends before this request answers (its listener runs in the same
     * request, in a transaction of the recipient's tenant). What was provided stays in the record.
     */
    @Transactional
    public View revoke(OfficeId office, UUID id, LocalDate on, String reason, String by) {
        offices.require(office);
        SharingConsent c = find(office, id);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("revokedOn", "sharing.consent.revokedAhead", on);
        }
        if (reason != null && reason.strip().length() > 500) {
            throw new Problem.Invalid("reason", "sharing.consent.reasonLength", 500);
        }
        c.revoke(on, reason);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "sharing_consent", c.id().toString()).inOffice(office).about(c.personId().value())
                .withDetails("revoked on " + on));
        events.publishEvent(new SharingEvents.ConsentRevoked(c.recipientTenant(), c.recipientOffice(), c.id(), on));
        return view(office, c, new HashMap<>());
    }

    /** The record of provisions of the office, or of one person, the latest first; audited about each person. */
    @Transactional
    public List<Provision> provisions(OfficeId office, PersonId person) {
        offices.require(office);
        Map<PersonId, PlanningQueries.PersonName> names = new HashMap<>();
        List<Provision> all = (person == null ? provisions.ofOffice(office.value()) : provisions.ofPerson(office.value(), person.value()))
                .stream().map(p -> {
                    PlanningQueries.PersonName n = names.computeIfAbsent(p.personId(), x -> planning.person(office, x).orElse(null));
                    return new Provision(p.id(), p.consentId(), p.personId(), n == null ? "-" : n.name(), p.category(), p.providedOn(),
                            p.recordDate(), p.title(), p.recipientOfficeName());
                }).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "sharing_provision", office.value().toString()).inOffice(office)
                .withDetails("provisions=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(p -> read.about(p.person().value())).distinct().toList());
        return all;
    }

    /** The persons of the office the consent form offers, by kana; audited about each. */
    @Transactional
    public List<PlanningQueries.PersonName> candidates(OfficeId office) {
        offices.require(office);
        List<PlanningQueries.PersonName> list = planning.persons(office, 500);
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "person", office.value().toString()).inOffice(office)
                .withDetails("persons for consents to share=" + list.size());
        audit.recordAll(list.isEmpty() ? List.of(read) : list.stream().map(p -> read.about(p.personId().value())).toList());
        return list;
    }

    private PublicOffices.Entry recipient(OfficeId office, String number) {
        if (number == null || !number.matches("\\d{10}")) {
            throw new Problem.Invalid("recipientOfficeNumber", "sharing.consent.numberFormat", number);
        }
        PublicOffices.Entry recipient = directory.byNumber(number)
                .orElseThrow(() -> new Problem.Invalid("recipientOfficeNumber", "sharing.consent.unknownOffice", number));
        if (recipient.office().equals(office)) {
            throw new Problem.Invalid("recipientOfficeNumber", "sharing.consent.self", number);
        }
        return recipient;
    }

    SharingConsent find(OfficeId office, UUID id) {
        return consents.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("sharing.consent.notFound", id));
    }

    private View view(OfficeId office, SharingConsent c, Map<PersonId, PlanningQueries.PersonName> names) {
        PlanningQueries.PersonName n = names.computeIfAbsent(c.personId(), p -> planning.person(office, p).orElse(null));
        return new View(c.id(), c.personId(), n == null ? "-" : n.name(), n == null ? "-" : n.kana(), c.recipientOfficeNumber(),
                c.recipientOfficeName(), c.categories(), c.validFrom(), c.validTo(), c.evidenceKind(), c.evidenceSignedOn(), c.evidenceFileName(),
                c.status(), c.revokedOn(), c.revokeReason(), c.linkState(), c.claimedOn(), c.confirmedOn());
    }
}
