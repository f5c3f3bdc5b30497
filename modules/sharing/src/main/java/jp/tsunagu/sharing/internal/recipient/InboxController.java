package jp.tsunagu.sharing.internal.recipient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The recipient side: claims of this office's clients, the grants linked to them, the inbox and one snapshot. */
@RestController
@RequiresModule("sharing")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/sharing")
class InboxController {
    private final InboxService inbox;
    private final jp.tsunagu.sharing.internal.handover.HandoverService handovers;

    InboxController(InboxService inbox, jp.tsunagu.sharing.internal.handover.HandoverService handovers) {
        this.inbox = inbox;
        this.handovers = handovers;
    }

    /** A handover shared with the office, printed (A4); 404 unless the snapshot is one and still open. */
    @GetMapping("/snapshots/{snapshotId}/pdf")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    org.springframework.http.ResponseEntity<byte[]> handoverPdf(@PathVariable OfficeId officeId, @PathVariable UUID snapshotId,
                                                                java.util.Locale locale) {
        InboxService.Snapshot s = inbox.handover(officeId, snapshotId);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(handovers.pdf(officeId, s.person(), s.id(), s.name(), s.sourceOfficeName(), s.handover(), s.providedOn(), locale));
    }

    /**
     * Takes a handover shared with the office over as the office's own handover of its client (to extend it, and share it
     * back where the person consented): the office's own document is replaced.
     */
    @org.springframework.web.bind.annotation.PostMapping("/snapshots/{snapshotId}/take-over")
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    jp.tsunagu.sharing.internal.handover.HandoverService.View takeOver(@PathVariable OfficeId officeId, @PathVariable UUID snapshotId,
                                                                      java.security.Principal user) {
        InboxService.Snapshot s = inbox.handover(officeId, snapshotId);
        return handovers.save(officeId, s.person(), s.handover(), s.sourceOfficeName(), user.getName());
    }

    /** Always 202 with the claim's id: whether a consent met the claim is not said. */
    @PostMapping("/claims")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('sharing:claim.write')")
    InboxService.ClaimReceived claim(@PathVariable OfficeId officeId, @Valid @RequestBody ClaimRequest r, Principal user) {
        return inbox.claim(officeId, new PersonId(r.personId()), r.certificateNumber(), r.municipalityCode(), user.getName());
    }

    @GetMapping("/grants")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    List<InboxService.Grant> grants(@PathVariable OfficeId officeId) {
        return inbox.grants(officeId);
    }

    /** The consultation dashboard: every linked client with each source office's plan, monitoring and ending. */
    @GetMapping("/dashboard")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    List<InboxService.ClientView> dashboard(@PathVariable OfficeId officeId) {
        return inbox.dashboard(officeId);
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    List<InboxService.Snapshot> inbox(@PathVariable OfficeId officeId) {
        return inbox.inbox(officeId);
    }

    @GetMapping("/snapshots/{snapshotId}")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    InboxService.Snapshot snapshot(@PathVariable OfficeId officeId, @PathVariable UUID snapshotId) {
        return inbox.snapshot(officeId, snapshotId);
    }

    record ClaimRequest(@NotNull UUID personId, String certificateNumber, String municipalityCode) {
    }
}
