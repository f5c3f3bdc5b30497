package jp.tsunagu.planning.internal;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.internal.domain.BenefitDecision;
import jp.tsunagu.planning.internal.domain.CertificateDetails;
import jp.tsunagu.planning.internal.domain.RecipientCertificate;
import jp.tsunagu.planning.internal.persistence.BenefitDecisionRepository;
import jp.tsunagu.planning.internal.persistence.RecipientCertificateRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受給者証 of a person, entered by an office that serves the person, with their 支給決定 lines. The rules of a
 * certificate live in {@link CertificateDetails}; every read and write is audited in its transaction.
 */
@Service
public class CertificateService {
    private final RecipientCertificateRepository certificates;
    private final BenefitDecisionRepository decisions;
    private final PersonService persons;
    private final AuditTrail audit;
    private final Clock clock;

    CertificateService(RecipientCertificateRepository certificates, BenefitDecisionRepository decisions, PersonService persons,
                       AuditTrail audit, Clock clock) {
        this.certificates = certificates;
        this.decisions = decisions;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /** A certificate with its decisions, by period. */
    public record CertificateView(RecipientCertificate certificate, List<BenefitDecision> decisions) {
    }

    @Transactional
    public CertificateView enter(OfficeId office, PersonId personId, CertificateDetails details, String by) {
        persons.served(office, personId);
        details.check();
        if (certificates.existsByPersonIdAndCertificateNumberAndValidFromAndValidTo(personId.value(), details.certificateNumber(),
                details.validFrom(), details.validTo())) {
            throw new Problem.Conflict("planning.certificate.duplicate", details.certificateNumber(), details.validFrom(),
                    details.validTo());
        }
        RecipientCertificate certificate = certificates.save(new RecipientCertificate(personId.value(), details, by, clock.instant()));
        List<BenefitDecision> saved = details.decisions().stream()
                .map(d -> decisions.save(new BenefitDecision(certificate.id(), d, by, certificate.createdAt()))).toList();
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "recipient_certificate", certificate.id().toString())
                .inOffice(office).about(personId.value()).withDetails("decisions=" + saved.size()));
        return new CertificateView(certificate, saved);
    }

    @Transactional // writes its audit record
    public List<CertificateView> forPerson(OfficeId office, PersonId personId) {
        persons.served(office, personId);
        List<RecipientCertificate> held = certificates.findByPersonIdOrderByValidFromDescCreatedAtDesc(personId.value());
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "recipient_certificate", "person:" + personId).inOffice(office)
                .about(personId.value()));
        return views(held);
    }

    @Transactional // writes its audit record
    public CertificateView read(OfficeId office, PersonId personId, UUID certificateId) {
        persons.served(office, personId);
        RecipientCertificate certificate = certificates.findByIdAndPersonId(certificateId, personId.value())
                .orElseThrow(() -> new Problem.NotFound("planning.certificate.notFound"));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "recipient_certificate", certificateId.toString()).inOffice(office)
                .about(personId.value()));
        return views(List.of(certificate)).getFirst();
    }

    private List<CertificateView> views(List<RecipientCertificate> held) {
        Map<UUID, List<BenefitDecision>> byCertificate = decisions.findByCertificateIdInOrderByPeriodFromAscServiceTypeAsc(
                held.stream().map(RecipientCertificate::id).toList()).stream()
                .collect(Collectors.groupingBy(BenefitDecision::certificateId));
        return held.stream().map(c -> new CertificateView(c, byCertificate.getOrDefault(c.id(), List.of()))).toList();
    }
}
