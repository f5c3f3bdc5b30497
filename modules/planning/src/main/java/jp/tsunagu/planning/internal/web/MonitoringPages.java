package jp.tsunagu.planning.internal.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.PersonService;
import jp.tsunagu.planning.internal.PlanService;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForm;
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

/** モニタリング: recording one on the plan's page, and the office's dashboard of those due and overdue. */
@Controller
@RequiresModule("planning")
@PersonalData
@RequestMapping("/offices/{officeId}/planning")
class MonitoringPages implements PageController {
    private final PlanService plans;
    private final PersonService persons;
    private final PlanningPageSupport pages;
    private final PageForms forms;
    private final Clock clock;

    MonitoringPages(PlanService plans, PersonService persons, PlanningPageSupport pages, PageForms forms, Clock clock) {
        this.plans = plans;
        this.persons = persons;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @PostMapping("/plans/{planId}/monitorings")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String monitor(@PathVariable OfficeId officeId, @PathVariable UUID planId, @Valid @ModelAttribute MonitoringForm form,
                   BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.plan(officeId, planId), "planning.ui.monitoringRecorded",
                (PlanController.MonitoringRequest m) -> plans.recordMonitoring(office, planId, m.monitoredOn(), m.interviewed(),
                        m.goalProgress(), m.satisfaction(), m.wishes(), m.planChangeNeeded(), m.notes(), auth.getName()));
    }

    @GetMapping("/monitoring")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    String monitoring(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate date, Model model) {
        OfficeSummary office = pages.office(officeId);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("office", office);
        model.addAttribute("date", on);
        model.addAttribute("due", plans.due(office.id(), on, 30, persons.servedBy(office.id())));
        return "planning/monitoring";
    }

    /** One goal's progress at most from the page; check boxes are absent when off. */
    record MonitoringForm(LocalDate monitoredOn, Boolean interviewed, String progressGoal, String progress, String satisfaction,
                          String wishes, Boolean planChangeNeeded, String notes) implements PageForm<PlanController.MonitoringRequest> {
        @Override
        public PlanController.MonitoringRequest request() {
            return new PlanController.MonitoringRequest(monitoredOn, Boolean.TRUE.equals(interviewed), progress == null ? List.of()
                    : List.of(new PlanController.Progress(progressGoal == null ? "-" : progressGoal, progress)),
                    satisfaction, wishes, Boolean.TRUE.equals(planChangeNeeded), notes);
        }
    }
}
