package jp.tsunagu.planning.internal.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.ServiceUsePlanService;
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

/** サービス等利用計画 of a consultation office, from the person's page: the draft, the agreement, the monitoring. */
@Controller
@RequiresModule("planning")
@PersonalData
@RequestMapping("/offices/{officeId}/planning/persons/{personId}/service-use-plans")
class ConsultationPages implements PageController {
    private final ServiceUsePlanService usePlans;
    private final PlanningPageSupport pages;
    private final PageForms forms;

    ConsultationPages(ServiceUsePlanService usePlans, PlanningPageSupport pages, PageForms forms) {
        this.usePlans = usePlans;
        this.pages = pages;
        this.forms = forms;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String draft(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute UsePlanForm form,
                 BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.person(officeId, personId), "planning.ui.usePlanDrafted",
                (ServiceUsePlanController.Draft d) -> usePlans.draft(office, personId, d.certificateNumber(), d.author(), d.draftedOn(),
                        d.monitoringMonths(), d.content().domain(), auth.getName()));
    }

    @PostMapping("/{planId}/final")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    String finalise(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID planId,
                    @Valid @ModelAttribute ServiceUsePlanController.Agreement form, BindingResult binding, RedirectAttributes redirect,
                    Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.person(officeId, personId), "planning.ui.usePlanFinal",
                () -> usePlans.finalise(office, planId, form.agreedBy(), form.agreedOn()));
    }

    @PostMapping("/{planId}/monitorings")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String monitor(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID planId,
                   @Valid @ModelAttribute UsePlanMonitoringForm form, BindingResult binding, Authentication auth,
                   RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.person(officeId, personId), "planning.ui.monitoringRecorded",
                (ServiceUsePlanController.Monitoring m) -> usePlans.monitor(office, planId, m.monitoredOn(), m.interviewed(), m.notes(),
                        m.planChangeNeeded(), auth.getName()));
    }

    /** The draft form: the plan's text and its first row (the page enters one row; the API takes any number). */
    record UsePlanForm(String certificateNumber, String author, LocalDate draftedOn, Integer monitoringMonths, String personWishes,
                       String familyWishes, String overallPolicy, String longTermGoal, String shortTermGoal, String issue, String goal,
                       String targetPeriod, String service, String personRole, LocalDate evaluationDate)
            implements PageForm<ServiceUsePlanController.Draft> {
        @Override
        public ServiceUsePlanController.Draft request() {
            return new ServiceUsePlanController.Draft(certificateNumber, author, draftedOn, monitoringMonths == null ? 0 : monitoringMonths,
                    new ServiceUsePlanController.Content(personWishes, familyWishes, overallPolicy, longTermGoal, shortTermGoal,
                            issue == null ? List.of() : List.of(new ServiceUsePlanController.Row(1, issue, goal, targetPeriod, service,
                                    personRole, evaluationDate, null))));
        }
    }

    /** Check boxes are absent when off. */
    record UsePlanMonitoringForm(LocalDate monitoredOn, Boolean interviewed, String notes, Boolean planChangeNeeded)
            implements PageForm<ServiceUsePlanController.Monitoring> {
        @Override
        public ServiceUsePlanController.Monitoring request() {
            return new ServiceUsePlanController.Monitoring(monitoredOn, Boolean.TRUE.equals(interviewed), notes,
                    Boolean.TRUE.equals(planChangeNeeded));
        }
    }
}
