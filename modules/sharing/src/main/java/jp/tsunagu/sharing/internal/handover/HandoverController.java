package jp.tsunagu.sharing.internal.handover;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.kernel.PersonalData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake handover of a person at the office: read, save (offered to the consents naming handovers), print. */
@RestController
@RequiresModule("sharing")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/sharing/handovers/{personId}")
class HandoverController {
    private final HandoverService handovers;

    HandoverController(HandoverService handovers) {
        this.handovers = handovers;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    HandoverService.View handover(@PathVariable OfficeId officeId, @PathVariable UUID personId) {
        return handovers.handover(officeId, new PersonId(personId));
    }

    @PutMapping
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    HandoverService.View save(@PathVariable OfficeId officeId, @PathVariable UUID personId, @RequestBody HandoverContent content, Principal user) {
        return handovers.save(officeId, new PersonId(personId), content, null, user.getName());
    }

    @GetMapping("/pdf")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    ResponseEntity<byte[]> pdf(@PathVariable OfficeId officeId, @PathVariable UUID personId, Locale locale) {
        return pdfResponse(handovers.pdf(officeId, new PersonId(personId), locale), "handover-" + personId + ".pdf");
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString()).body(pdf);
    }
}
