package jp.tsunagu.sharing.internal.source;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.sharing.internal.Category;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForm;
import jp.tsunagu.web.PageForms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 共有の同意: the office's consents with their link state (confirm a claim, revoke), the form (the evidence uploaded as
 * a file), and the record of provisions. A refusal comes back naming the field, nothing stored.
 */
@Controller
@RequiresModule("sharing")
@PersonalData
@RequestMapping("/offices/{officeId}/sharing")
class ConsentPages implements PageController {
    private final ConsentService consents;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    private final ProvisionListPdf list;

    ConsentPages(ConsentService consents, Offices offices, PageForms forms, Clock clock, ProvisionListPdf list) {
        this.list = list;
        this.consents = consents;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/consents")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    String consents(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        boolean canManage = can(auth, "sharing:consent.manage");
        model.addAttribute("office", office);
        model.addAttribute("consents", consents.consents(office.id(), null));
        model.addAttribute("provisions", consents.provisions(office.id(), null));
        model.addAttribute("persons", canManage ? consents.candidates(office.id()) : List.of());
        model.addAttribute("categories", Category.values());
        model.addAttribute("canManage", canManage);
        model.addAttribute("today", LocalDate.now(clock));
        return "sharing/consents";
    }

    @PostMapping("/consents")
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    String record(@PathVariable OfficeId officeId, @ModelAttribute ConsentForm form, Authentication auth, RedirectAttributes redirect,
                  Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/sharing/consents", "sharing.ui.recorded",
                (ConsentController.ConsentRequest r) -> consents.record(office, r.consent(), auth.getName()));
    }

    @PostMapping("/consents/{consentId}/confirm")
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    String confirm(@PathVariable OfficeId officeId, @PathVariable UUID consentId, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(null, null, redirect, locale, "/offices/" + officeId + "/sharing/consents", "sharing.ui.confirmed",
                () -> consents.confirm(office, consentId, auth.getName()));
    }

    @PostMapping("/consents/{consentId}/revoke")
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    String revoke(@PathVariable OfficeId officeId, @PathVariable UUID consentId, @ModelAttribute ConsentController.RevokeRequest form,
                  Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/sharing/consents", "sharing.ui.revoked",
                () -> consents.revoke(office, consentId, form.revokedOn() == null ? LocalDate.now(clock) : form.revokedOn(), form.reason(),
                        auth.getName()));
    }

    /** A consent's evidence as kept, for the page's link (the browser's session; the API serves the same). */
    @org.springframework.web.bind.annotation.GetMapping("/consents/{consentId}/evidence")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable OfficeId officeId, @PathVariable UUID consentId) {
        ConsentService.EvidenceFile f = consents.evidence(officeId, consentId);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(f.contentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(f.content());
    }

    /** The person's printable record of consents and provisions, for the page's link. */
    @org.springframework.web.bind.annotation.GetMapping("/provisions/{personId}/pdf")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    org.springframework.http.ResponseEntity<byte[]> provisionsPdf(@PathVariable OfficeId officeId, @PathVariable UUID personId, Locale locale) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(list.render(officeId, new jp.tsunagu.kernel.PersonId(personId), locale));
    }

    /**
     * The consent form: the evidence comes as an uploaded file, or as the signature the person drew on the tablet (a PNG
     * data URL from the page's signature pad), sent on as the API's Base64.
     */
    record ConsentForm(UUID personId, String recipientOfficeNumber, List<Category> categories, LocalDate validFrom, LocalDate validTo,
                       SharingConsent.EvidenceKind evidenceKind, LocalDate signedOn, MultipartFile evidence, String signature)
            implements PageForm<ConsentController.ConsentRequest> {
        private static final String PNG_DATA = "data:image/png;base64,";

        @Override
        public ConsentController.ConsentRequest request() {
            ConsentController.EvidenceRequest e = null;
            boolean drawn = signature != null && !signature.isBlank();
            if (evidenceKind == SharingConsent.EvidenceKind.TABLET_SIGNATURE && drawn && (evidence == null || evidence.isEmpty())) {
                // a drawing that is not a PNG is sent as unreadable content: the service refuses it naming the evidence
                String content = jp.tsunagu.kernel.DrawnSignature.isPng(signature) ? signature.substring(PNG_DATA.length()) : "!";
                e = new ConsentController.EvidenceRequest(evidenceKind, signedOn, "署名.png", "image/png", content);
            } else if (evidence != null && !evidence.isEmpty()) {
                try {
                    e = new ConsentController.EvidenceRequest(evidenceKind, signedOn, evidence.getOriginalFilename(), evidence.getContentType(),
                            Base64.getEncoder().encodeToString(evidence.getBytes()));
                } catch (IOException unreadable) {
                    e = new ConsentController.EvidenceRequest(evidenceKind, signedOn, evidence.getOriginalFilename(), evidence.getContentType(), "!");
                }
            }
            return new ConsentController.ConsentRequest(personId, recipientOfficeNumber, categories, validFrom, validTo, e);
        }
    }
}
