package jp.tsunagu.planning.internal.web;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.CertificateService;
import jp.tsunagu.planning.internal.domain.AmountKind;
import jp.tsunagu.planning.internal.domain.BenefitDecision;
import jp.tsunagu.planning.internal.domain.CertificateDetails;
import jp.tsunagu.planning.internal.domain.DecisionDetails;
import jp.tsunagu.planning.internal.domain.RecipientCertificate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 受給者証 of a person served by the office, with their 支給決定 lines: enter, list, read. */
@RestController
@RequiresModule("planning")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/persons/{personId}/certificates")
class CertificateController {
    private final CertificateService certificates;

    CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('planning:person.read')")
    List<CertificateResponse> list(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return certificates.forPerson(officeId, personId).stream().map(CertificateResponse::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    CertificateResponse enter(@PathVariable OfficeId officeId, @PathVariable PersonId personId,
                              @Valid @RequestBody CertificateRequest request, Principal user) {
        return CertificateResponse.of(certificates.enter(officeId, personId, request.details(), user.getName()));
    }

    @GetMapping("/{certificateId}")
    @PreAuthorize("hasAuthority('planning:person.read')")
    CertificateResponse read(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID certificateId) {
        return CertificateResponse.of(certificates.read(officeId, personId, certificateId));
    }

    /** Digits typed full-width (１２３) are taken as the same digits. */
    static String digits(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    record CertificateRequest(@NotBlank @Size(max = 20) String certificateNumber, @NotBlank @Size(max = 20) String municipalityCode,
                              @Size(max = 50) String municipalityName, @NotNull LocalDate validFrom, @NotNull LocalDate validTo,
                              @NotNull Integer monthlyCopayCap, @NotEmpty @Size(max = 20) List<@Valid @NotNull Decision> decisions) {
        CertificateDetails details() {
            return new CertificateDetails(digits(certificateNumber), digits(municipalityCode),
                    municipalityName == null || municipalityName.isBlank() ? null : municipalityName.strip(), validFrom, validTo,
                    monthlyCopayCap, decisions.stream().map(Decision::details).toList());
        }
    }

    record Decision(@NotNull ServiceType serviceType, @NotNull AmountKind amountKind, Integer daysPerMonth,
                    @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo, Boolean provisional, LocalDate provisionalUntil) {
        DecisionDetails details() {
            return new DecisionDetails(serviceType, amountKind, daysPerMonth, periodFrom, periodTo, Boolean.TRUE.equals(provisional),
                    provisionalUntil);
        }
    }

    record DecisionResponse(UUID id, ServiceType serviceType, AmountKind amountKind, Integer daysPerMonth, LocalDate periodFrom,
                            LocalDate periodTo, boolean provisional, LocalDate provisionalUntil) {
        static DecisionResponse of(BenefitDecision d) {
            return new DecisionResponse(d.id(), d.serviceType(), d.amountKind(), d.daysPerMonth(), d.periodFrom(), d.periodTo(),
                    d.provisional(), d.provisionalUntil());
        }
    }

    record CertificateResponse(UUID id, PersonId personId, String certificateNumber, String municipalityCode, String municipalityName,
                               LocalDate validFrom, LocalDate validTo, int monthlyCopayCap, List<DecisionResponse> decisions,
                               Instant createdAt, String createdBy) {
        static CertificateResponse of(CertificateService.CertificateView v) {
            RecipientCertificate c = v.certificate();
            return new CertificateResponse(c.id(), new PersonId(c.personId()), c.certificateNumber(), c.municipalityCode(), c.municipalityName(),
                    c.validFrom(), c.validTo(), c.monthlyCopayCap(), v.decisions().stream().map(DecisionResponse::of).toList(),
                    c.createdAt(), c.createdBy());
        }
    }
}
