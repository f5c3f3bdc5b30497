package jp.tsunagu.training.internal.placement;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 就職・定着: the office's placements (hire, 6-month day, state) with the hire form, a placement's follow-up calendar
 * (contacts by month with their issues) with the contact and end forms, and the retention rate of a reward year (the
 * rate, counts, capacities, tier, units, trail, the placements counted) with the capacity form. A refusal comes back
 * naming the field, nothing stored.
 */
@Controller
@RequiresModule("training")
@PersonalData
@RequestMapping("/offices/{officeId}/training")
class PlacementPages implements PageController {
    private final PlacementService placements;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    PlacementPages(PlacementService placements, Offices offices, PageForms forms, Clock clock) {
        this.placements = placements;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/placements")
    @PreAuthorize("hasAuthority('training:support.read')")
    String list(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        boolean canWrite = can(auth, "training:support.write");
        model.addAttribute("office", office);
        model.addAttribute("placements", placements.placements(office.id()));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("persons", canWrite ? placements.candidates(office.id()) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        return "training/placements";
    }

    @GetMapping("/placements/{placementId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    String placement(@PathVariable OfficeId officeId, @PathVariable UUID placementId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("d", placements.placement(office.id(), placementId));
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        return "training/placement";
    }

    @GetMapping("/retention")
    @PreAuthorize("hasAuthority('training:support.read')")
    String retention(@PathVariable OfficeId officeId, @RequestParam(required = false) Integer year, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        FiscalYear fy = year == null ? FiscalYear.of(LocalDate.now(clock)) : PlacementController.year(year);
        model.addAttribute("office", office);
        model.addAttribute("year", fy);
        model.addAttribute("r", placements.retention(office.id(), fy));
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        return "training/retention";
    }

    @PostMapping("/placements")
    @PreAuthorize("hasAuthority('training:support.write')")
    String record(@PathVariable OfficeId officeId, @Valid @ModelAttribute PlacementController.PlacementRequest form, BindingResult binding,
                  Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/placements", "training.ui.placementSaved",
                () -> placements.record(office, form.hire(), auth.getName()));
    }

    @PostMapping("/placements/{placementId}/contacts")
    @PreAuthorize("hasAuthority('training:support.write')")
    String addContact(@PathVariable OfficeId officeId, @PathVariable UUID placementId, @Valid @ModelAttribute PlacementController.ContactRequest form,
                      BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/placements/" + placementId,
                "training.ui.contactSaved", () -> placements.addContact(office, placementId, form.date(), form.withWhom(), form.faceToFace(),
                        form.issues(), form.note(), auth.getName()));
    }

    @PostMapping("/placements/{placementId}/end")
    @PreAuthorize("hasAuthority('training:support.write')")
    String end(@PathVariable OfficeId officeId, @PathVariable UUID placementId, @Valid @ModelAttribute PlacementController.EndRequest form,
               BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/placements/" + placementId,
                "training.ui.endSaved", () -> placements.end(office, placementId, form.endedOn(), form.reason(), auth.getName()));
    }

    @PostMapping("/retention/capacities")
    @PreAuthorize("hasAuthority('training:support.write')")
    String capacity(@PathVariable OfficeId officeId, @RequestParam int fiscalYear, @RequestParam int year,
                    @Valid @ModelAttribute PlacementController.CapacityRequest form, BindingResult binding, Authentication auth,
                    RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/retention?year=" + year,
                "training.ui.capacitySaved", () -> placements.setCapacity(office, PlacementController.year(fiscalYear), form.capacity(),
                        auth.getName()));
    }
}
