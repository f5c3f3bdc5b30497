package jp.tsunagu.planning.internal.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.CertificateService;
import jp.tsunagu.planning.internal.ContractService;
import jp.tsunagu.planning.internal.domain.AmountKind;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForm;
import jp.tsunagu.web.PageForms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 受給者証 and 利用契約 entered from the person's page. */
@Controller
@RequiresModule("planning")
@PersonalData
@RequestMapping("/offices/{officeId}/planning/persons/{personId}")
class CertificatePages implements PageController {
    private final CertificateService certificates;
    private final ContractService contracts;
    private final PlanningPageSupport pages;
    private final PageForms forms;

    CertificatePages(CertificateService certificates, ContractService contracts, PlanningPageSupport pages, PageForms forms) {
        this.certificates = certificates;
        this.contracts = contracts;
        this.pages = pages;
        this.forms = forms;
    }

    @PostMapping("/certificates")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    String certificate(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute CertificateForm form,
                       BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.person(officeId, personId), "planning.ui.certificateEntered",
                (CertificateController.CertificateRequest request) -> certificates.enter(office, personId, request.details(), auth.getName()));
    }

    @PostMapping("/contracts")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    String contract(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute ContractController.ContractRequest form,
                    BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.person(officeId, personId), "planning.ui.contractStarted",
                () -> contracts.start(office, personId, new ContractService.NewContract(form.serviceType(), form.startDate(), form.endDate(),
                        form.contractedDays(), form.certificateId()), auth.getName()));
    }

    /** The certificate form: the certificate with one decision (the page enters one at a time). */
    record CertificateForm(String certificateNumber, String municipalityCode, String municipalityName, LocalDate validFrom,
                           LocalDate validTo, Integer monthlyCopayCap, ServiceType serviceType, AmountKind amountKind,
                           Integer daysPerMonth, LocalDate periodFrom, LocalDate periodTo)
            implements PageForm<CertificateController.CertificateRequest> {
        @Override
        public CertificateController.CertificateRequest request() {
            return new CertificateController.CertificateRequest(certificateNumber, municipalityCode, municipalityName, validFrom, validTo,
                    monthlyCopayCap, List.of(new CertificateController.Decision(serviceType, amountKind, daysPerMonth, periodFrom, periodTo,
                            false, null)));
        }
    }
}
