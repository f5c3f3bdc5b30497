package jp.tsunagu.sharing.internal.handover;

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
 * 引継ぎ共通フォーマット of a person: the handover drawn (genogram, ecomap) and printable, and for those who may, the
 * form to fill or extend it (saving offers it to the consents naming handovers).
 */
@Controller
@RequiresModule("sharing")
@PersonalData
@RequestMapping("/offices/{officeId}/sharing/handovers/{personId}")
class HandoverPages implements PageController {
    private static final int BLANK_ROWS = 3;

    private final HandoverService handovers;
    private final Offices offices;
    private final PageForms forms;

    HandoverPages(HandoverService handovers, Offices offices, PageForms forms) {
        this.handovers = handovers;
        this.offices = offices;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    String page(@PathVariable OfficeId officeId, @PathVariable UUID personId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        HandoverService.View v = handovers.handover(office.id(), new PersonId(personId));
        HandoverContent h = v.content();
        model.addAttribute("office", office);
        model.addAttribute("v", v);
        model.addAttribute("genogram", HandoverDrawings.dataUri(HandoverDrawings.genogramPng(h.personSex(), h.personAge(), h.family())));
        model.addAttribute("ecomap", HandoverDrawings.dataUri(HandoverDrawings.ecomapPng(v.name(), h.resources())));
        boolean canManage = can(auth, "sharing:consent.manage");
        model.addAttribute("canManage", canManage);
        if (canManage && !model.containsAttribute("handoverForm")) {
            model.addAttribute("handoverForm", HandoverForm.of(h, BLANK_ROWS));
        }
        model.addAttribute("relations", Relation.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ties", Tie.values());
        model.addAttribute("scales", HandoverContent.Scale.values());
        model.addAttribute("kinds", HandoverContent.CertificateKind.values());
        return "sharing/handover";
    }

    /** The handover printed (A4), for the page's link. */
    @GetMapping("/pdf")
    @PreAuthorize("hasAuthority('sharing:consent.read')")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable OfficeId officeId, @PathVariable UUID personId, Locale locale) {
        return HandoverController.pdfResponse(handovers.pdf(officeId, new PersonId(personId), locale), "handover-" + personId + ".pdf");
    }

    @PostMapping
    @PreAuthorize("hasAuthority('sharing:consent.manage')")
    String save(@PathVariable OfficeId officeId, @PathVariable UUID personId, @ModelAttribute HandoverForm form, Authentication auth,
                RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/sharing/handovers/" + personId, "sharing.handover.saved",
                () -> handovers.save(office, new PersonId(personId), form.content(), null, auth.getName()));
    }
}
