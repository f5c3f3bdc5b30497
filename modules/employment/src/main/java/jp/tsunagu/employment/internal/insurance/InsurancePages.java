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
        model.addAttribute("workers", canWrite ? contracts.allOf(office.id()).stream()
                .collect(java.util.stream.Collectors.toMap(n -> n.contract().personId(), n -> n, (a, b) -> a, java.util.LinkedHashMap::new)).values()
                .stream().toList() : List.of());
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
}
