package jp.tsunagu.employment.internal.contracts;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.employment.internal.minimumwage.PermitService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 雇用契約: the office's employment contracts by kana, each linking its 労働条件通知書; the contracts a coming change of
 * the minimum wage will break, with the day and the new rate; the 減額特例 permits; and, for a user who may record them,
 * the forms of a contract (bound to the API's request record, the worker chosen among the persons served as A型 today)
 * and of a permit. A refusal (the minimum wage on the first day, say) comes back naming the field and the rule, with
 * the form as typed, and nothing stored.
 */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/contracts")
class ContractPages implements PageController {
    private final EmploymentContractService contracts;
    private final PermitService permits;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    ContractPages(EmploymentContractService contracts, PermitService permits, Offices offices, PageForms forms, Clock clock) {
        this.contracts = contracts;
        this.permits = permits;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:contract.read')")
    String contracts(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        LocalDate today = LocalDate.now(clock);
        boolean canWrite = can(auth, "employment:contract.write");
        model.addAttribute("office", office);
        model.addAttribute("employableOn", today); // not "today": the header shows that one
        model.addAttribute("contracts", contracts.list(office.id()));
        model.addAttribute("coming", contracts.comingBreaks(office.id()));
        model.addAttribute("permits", permits.read(office.id()));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("persons", canWrite ? contracts.employable(office.id(), today) : java.util.List.of());
        return "employment/contracts";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('employment:contract.write')")
    String create(@PathVariable OfficeId officeId, @Valid @ModelAttribute EmploymentContractController.ContractRequest form, BindingResult binding,
                 Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/contracts", "employment.ui.saved",
                () -> contracts.create(office, new PersonId(form.personId()), form.terms(), auth.getName()));
    }
}
