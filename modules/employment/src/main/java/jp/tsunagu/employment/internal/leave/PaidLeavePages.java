package jp.tsunagu.employment.internal.leave;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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
 * 年次有給休暇: every employed user's days left, the grant in force with its lapse date and the 5-days-a-year obligation
 * (warned in its last three months, marked when missed), the next grant; and leave taken, recorded by the page's form.
 */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/paid-leave")
class PaidLeavePages implements PageController {
    private final PaidLeaveService leave;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    PaidLeavePages(PaidLeaveService leave, Offices offices, PageForms forms, Clock clock) {
        this.leave = leave;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    String ledgers(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("asOf", LocalDate.now(clock));
        model.addAttribute("ledgers", leave.office(office.id()));
        model.addAttribute("canWrite", can(auth, "employment:payroll.close"));
        return "employment/paid-leave";
    }

    @PostMapping("/taken")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String take(@PathVariable OfficeId officeId, @RequestParam PersonId personId, @Valid @ModelAttribute PaidLeaveController.TakenRequest form,
                BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/paid-leave", "employment.ui.leaveSaved",
                () -> leave.take(office, personId, form.date(), form.days(), auth.getName()));
    }
}
