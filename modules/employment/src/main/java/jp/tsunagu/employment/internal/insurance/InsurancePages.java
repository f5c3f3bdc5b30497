package jp.tsunagu.employment.internal.insurance;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 保険の手続: the employer's size and full-time schedule the eligibility is judged by, the notifications to file for
 * employment and social insurance (資格取得届, 喪失届, 離職票) by the day they take effect, with their due dates, overdue
 * ones marked; a 特定減額特例対象者's request to join or leave social insurance.
 */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/insurance")
class InsurancePages implements PageController {
    private final EmploymentInsuranceService insurance;
    private final EmploymentContractService contracts;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    InsurancePages(EmploymentInsuranceService insurance, EmploymentContractService contracts, Offices offices, PageForms forms, Clock clock) {
        this.insurance = insurance;
        this.contracts = contracts;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    String insurance(@PathVariable OfficeId officeId, Model model, Authentication auth, Locale locale) {
        OfficeSummary office = offices.require(officeId);
        boolean canWrite = can(auth, "employment:payroll.close");
        model.addAttribute("office", office);
        model.addAttribute("asOf", LocalDate.now(clock));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("employer", insurance.employer(office.id()).orElse(null));
        try {
            model.addAttribute("tasks", insurance.tasks(office.id()));
        } catch (Problem refused) {
            model.addAttribute("tasks", List.of());
            model.addAttribute("tasksRefused", forms.text(refused, locale));
        }
        model.addAttribute("workers", canWrite ? insurance.workers(office.id()) : List.of());
        return "employment/insurance";
    }

    @PostMapping("/employer")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String employer(@PathVariable OfficeId officeId, @Valid @ModelAttribute EmploymentInsuranceController.EmployerRequest form, BindingResult binding,
                    Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/insurance", "employment.ui.employerSaved",
                () -> insurance.saveEmployer(office, new EmploymentInsuranceService.EmployerTerms(form.employerSize(), form.fullTimeWeeklyHours() * 60,
                        form.fullTimeDaysPerWeek()), auth.getName()));
    }

    @PostMapping("/requests")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String request(@PathVariable OfficeId officeId, @Valid @ModelAttribute EmploymentInsuranceController.OptInRequest form, BindingResult binding,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/insurance", "employment.ui.requestSaved",
                () -> insurance.request(office, new PersonId(form.personId()), form.requestedOn(), form.joining(), auth.getName()));
    }

    /** 定時決定 of a year: every insured user's remuneration from the pay of April to June, in force from September. */
    @PostMapping("/annual-determination")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String determineAnnual(@PathVariable OfficeId officeId, @org.springframework.web.bind.annotation.RequestParam String year, Authentication auth,
                           RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submitTo(null, null, redirect, locale, "/offices/" + officeId + "/employment/insurance", null, () -> {
            int y = year(year);
            List<EmploymentInsuranceService.Determined> done = insurance.determineAnnual(office, y, auth.getName());
            long recorded = done.stream().filter(EmploymentInsuranceService.Determined::recorded).count();
            redirect.addFlashAttribute(PageForms.MESSAGE, forms.message("employment.ui.determined", locale, y, done.size(), recorded,
                    done.isEmpty() ? "" : "(" + String.join("、", done.stream().map(d -> d.name() + " " + String.format("%,d", d.remuneration().value())
                            + (locale.getLanguage().equals("en") ? " yen" : "円")).toList()) + ")"));
            return "/offices/" + officeId + "/employment/insurance";
        });
    }

    /** 随時改定 after a change of fixed wages first paid in {@code firstPaidMonth}. */
    @PostMapping("/revisions")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String revise(@PathVariable OfficeId officeId, @Valid @ModelAttribute EmploymentInsuranceController.RevisionRequest form, BindingResult binding,
                  Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String back = "/offices/" + officeId + "/employment/insurance";
        return forms.submitTo(form, binding, redirect, locale, back, null, () -> {
            EmploymentInsuranceService.Revision r = insurance.revise(office, new PersonId(form.personId()), form.firstPaidMonth(), auth.getName());
            redirect.addFlashAttribute(PageForms.MESSAGE, forms.message(r.revised() ? "employment.ui.revised" : "employment.ui.notRevised", locale,
                    r.currentGrade(), r.newGrade(), jp.tsunagu.kernel.JapaneseDates.era(r.effective()) + " (" + r.effective() + ")",
                    r.average().value()));
            return back;
        });
    }

    private static int year(String year) {
        try {
            int y = Integer.parseInt(year.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Problem.Invalid("year", "employment.insurance.year", year);
    }
}
