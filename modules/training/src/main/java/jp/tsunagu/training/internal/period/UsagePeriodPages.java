package jp.tsunagu.training.internal.period;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 利用期間: every person's 就労移行支援 period (the end that rules, what rules it, the warnings, the days left), a
 * person's page with the extensions, and the forms: the first day of use (among the persons served for 就労移行支援
 * today), an extension request, the municipality's decision. A refusal comes back naming the field, nothing stored.
 */
@Controller
@RequiresModule("training")
@PersonalData
@RequestMapping("/offices/{officeId}/training")
class UsagePeriodPages implements PageController {
    private final UsagePeriodService periods;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    UsagePeriodPages(UsagePeriodService periods, Offices offices, PageForms forms, Clock clock) {
        this.periods = periods;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/periods")
    @PreAuthorize("hasAuthority('training:support.read')")
    String list(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        LocalDate today = LocalDate.now(clock);
        boolean canWrite = can(auth, "training:support.write");
        model.addAttribute("office", office);
        model.addAttribute("periods", periods.periods(office.id()));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("servedOn", today);
        model.addAttribute("persons", canWrite ? periods.unrecorded(office.id(), today) : List.of());
        return "training/periods";
    }

    @GetMapping("/periods/{personId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    String person(@PathVariable OfficeId officeId, @PathVariable PersonId personId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("p", periods.period(office.id(), personId));
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        return "training/period";
    }

    @PostMapping("/periods")
    @PreAuthorize("hasAuthority('training:support.write')")
    String record(@PathVariable OfficeId officeId, @RequestParam PersonId personId, @Valid @ModelAttribute UsagePeriodController.FirstDayRequest form,
                  BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/periods", "training.ui.periodSaved",
                () -> periods.record(office, personId, form.firstDay(), auth.getName()));
    }

    @PostMapping("/periods/{personId}/extensions")
    @PreAuthorize("hasAuthority('training:support.write')")
    String requestExtension(@PathVariable OfficeId officeId, @PathVariable PersonId personId,
                            @Valid @ModelAttribute UsagePeriodController.ExtensionRequest form, BindingResult binding, Authentication auth,
                            RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/periods/" + personId.value(),
                "training.ui.extensionSaved", () -> periods.requestExtension(office, personId, form.requestedOn(), form.months(), form.reason(),
                        auth.getName()));
    }

    @PostMapping("/periods/{personId}/extensions/{extensionId}/decision")
    @PreAuthorize("hasAuthority('training:support.write')")
    String decide(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID extensionId,
                  @Valid @ModelAttribute UsagePeriodController.DecisionRequest form, BindingResult binding, Authentication auth,
                  RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/periods/" + personId.value(),
                "training.ui.decisionSaved", () -> periods.decide(office, extensionId, form.granted(), form.grantedMonths(), form.decidedOn(),
                        form.note(), auth.getName()));
    }
}
