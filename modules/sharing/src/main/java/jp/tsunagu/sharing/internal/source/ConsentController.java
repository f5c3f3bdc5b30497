package jp.tsunagu.sharing.internal.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.sharing.internal.Category;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The source side: consents (record, list, one, its evidence, confirm the recipient's link, revoke) and the record of provisions. */
@RestController
@RequiresModule("sharing")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/sharing")
class ConsentController {
    private final ConsentService consents;
    private final ProvisionListPdf list;

    ConsentController(ConsentService consents, ProvisionListPdf list) {
        this.consents = consents;
        this.list = list;
    }

    /** The person's printable record of consents and provisions (A4 PDF), to hand to them. */
    @GetMapping("/provisions/{personId}/pdf")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    ResponseEntity<byte[]> provisionsPdf(@PathVariable OfficeId officeId, @PathVariable UUID personId, java.util.Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("provisions-" + personId + ".pdf").build().toString())
                .body(list.render(officeId, new PersonId(personId), locale));
    }

    @GetMapping("/consents")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    List<ConsentService.View> consents(@PathVariable OfficeId officeId, @RequestParam(required = false) UUID personId) {
        return consents.consents(officeId, personId == null ? null : new PersonId(personId));
    }

    @PostMapping("/consents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    ConsentService.View record(@PathVariable OfficeId officeId, @Valid @RequestBody ConsentRequest r, Principal user) {
        return consents.record(officeId, r.consent(), user.getName());
    }

    @GetMapping("/consents/{consentId}")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    ConsentService.View consent(@PathVariable OfficeId officeId, @PathVariable UUID consentId) {
        return consents.consent(officeId, consentId);
    }

    @GetMapping("/consents/{consentId}/evidence")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    ResponseEntity<byte[]> evidence(@PathVariable OfficeId officeId, @PathVariable UUID consentId) {
        ConsentService.EvidenceFile f = consents.evidence(officeId, consentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(f.content());
    }

    @PostMapping("/consents/{consentId}/confirm")
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    ConsentService.View confirm(@PathVariable OfficeId officeId, @PathVariable UUID consentId, Principal user) {
        return consents.confirm(officeId, consentId, user.getName());
    }

    @PostMapping("/consents/{consentId}/revoke")
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    ConsentService.View revoke(@PathVariable OfficeId officeId, @PathVariable UUID consentId, @Valid @RequestBody RevokeRequest r, Principal user) {
        return consents.revoke(officeId, consentId, r.revokedOn(), r.reason(), user.getName());
    }

    @GetMapping("/provisions")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    List<ConsentService.Provision> provisions(@PathVariable OfficeId officeId, @RequestParam(required = false) UUID personId) {
        return consents.provisions(officeId, personId == null ? null : new PersonId(personId));
    }

    record EvidenceRequest(SharingConsent.EvidenceKind kind, LocalDate signedOn, @Size(max = 200) String fileName, String contentType,
                           String content) {
    }

    record ConsentRequest(@NotNull UUID personId, String recipientOfficeNumber, List<Category> categories, @NotNull LocalDate validFrom,
                          @NotNull LocalDate validTo, @Valid EvidenceRequest evidence) {
        ConsentService.NewConsent consent() {
            EnumSet<Category> set = EnumSet.noneOf(Category.class);
            if (categories != null) {
                categories.stream().filter(java.util.Objects::nonNull).forEach(set::add);
            }
            return new ConsentService.NewConsent(new PersonId(personId), recipientOfficeNumber, set, validFrom, validTo,
                    evidence == null ? null : new ConsentService.Evidence(evidence.kind(), evidence.signedOn(),
                            evidence.fileName() == null || evidence.fileName().isBlank() ? "evidence" : evidence.fileName(), evidence.contentType(),
                            evidence.content()));
        }
    }

    record RevokeRequest(@NotNull LocalDate revokedOn, @Size(max = 500) String reason) {
    }
}
