package jp.tsunagu.sharing.internal.recipient;

import jp.tsunagu.sharing.internal.handover.HandoverDrawings;
import jp.tsunagu.sharing.internal.handover.HandoverService;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 共有された記録: the inbox (the snapshots shown today), the sources' grants linked to this office's clients, the claim
 * form, and one snapshot. A claim is answered the same whether or not a consent met it.
 */
@Controller
@RequiresModule("sharing")
@PersonalData
@RequestMapping("/offices/{officeId}/sharing")
class InboxPages implements PageController {
    private final InboxService inbox;
    private final Offices offices;
    private final PageForms forms;
    private final java.time.Clock clock;
    private final HandoverService handovers;

    InboxPages(InboxService inbox, Offices offices, PageForms forms, java.time.Clock clock, HandoverService handovers) {
        this.handovers = handovers;
        this.clock = clock;
        this.inbox = inbox;
        this.offices = offices;
        this.forms = forms;
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    String inbox(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        boolean canClaim = can(auth, "sharing:claim.write");
        model.addAttribute("office", office);
        model.addAttribute("snapshots", inbox.inbox(office.id()));
        model.addAttribute("grants", inbox.grants(office.id()));
        model.addAttribute("clients", canClaim ? inbox.clients(office.id()) : List.of());
        model.addAttribute("canClaim", canClaim);
        return "sharing/inbox";
    }

    @GetMapping("/dashboard")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    String dashboard(@PathVariable OfficeId officeId, Model model) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("clients", inbox.dashboard(office.id()));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "sharing/dashboard";
    }

    @GetMapping("/inbox/{snapshotId}")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    String snapshot(@PathVariable OfficeId officeId, @PathVariable UUID snapshotId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        InboxService.Snapshot s = inbox.snapshot(office.id(), snapshotId);
        model.addAttribute("office", office);
        model.addAttribute("s", s);
        if (s.handover() != null) {
            var h = s.handover();
            model.addAttribute("genogram", HandoverDrawings.dataUri(HandoverDrawings.genogramPng(h.personSex(), h.personAge(), h.family())));
            model.addAttribute("ecomap", HandoverDrawings.dataUri(HandoverDrawings.ecomapPng(s.name(), h.resources())));
            model.addAttribute("canTakeOver", can(auth, "sharing:consent.manage") && s.person() != null);
        }
        return "sharing/snapshot";
    }

    /** A handover shared with the office, printed (A4), for the page's link. */
    @GetMapping("/inbox/{snapshotId}/pdf")
    @PreAuthorize("hasAuthority('sharing:inbox.read')")
    org.springframework.http.ResponseEntity<byte[]> handoverPdf(@PathVariable OfficeId officeId, @PathVariable UUID snapshotId, Locale locale) {
        InboxService.Snapshot s = inbox.handover(offices.require(officeId).id(), snapshotId);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(handovers.pdf(officeId, s.person(), s.id(), s.name(), s.sourceOfficeName(), s.handover(), s.providedOn(), locale));
    }

    /** Takes a shared handover over as the office's own (to extend it and share it back where consented). */
    @PostMapping("/inbox/{snapshotId}/take-over")
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    String takeOver(@PathVariable OfficeId officeId, @PathVariable UUID snapshotId, Authentication auth, RedirectAttributes redirect,
                    Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(new Object(), null, redirect, locale, "/offices/" + officeId + "/sharing/inbox/" + snapshotId,
                "sharing.ui.takenOver", () -> {
                    InboxService.Snapshot s = inbox.handover(office, snapshotId);
                    handovers.save(office, s.person(), s.handover(), s.sourceOfficeName(), auth.getName());
                });
    }

    @PostMapping("/claims")
    @PreAuthorize("hasAuthority('sharing:claim.write')")
    String claim(@PathVariable OfficeId officeId, @ModelAttribute InboxController.ClaimRequest form, Authentication auth,
                 RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/sharing/inbox", "sharing.ui.claimed",
                () -> inbox.claim(office, form.personId() == null ? null : new PersonId(form.personId()), form.certificateNumber(),
                        form.municipalityCode(), auth.getName()));
    }
}
