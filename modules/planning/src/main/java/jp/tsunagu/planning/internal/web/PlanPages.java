package jp.tsunagu.planning.internal.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.PlanService;
import jp.tsunagu.planning.internal.documents.SupportPlanDocument;
import jp.tsunagu.planning.internal.domain.PlanConsent;
import jp.tsunagu.planning.internal.domain.PlanContent;
import jp.tsunagu.planning.internal.domain.SupportPlanVersion;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.web.Downloads;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForm;
import jp.tsunagu.web.PageForms;
import org.springframework.http.ResponseEntity;
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

/** 個別支援計画: a new plan, the editor with the cycle's steps (meeting, consent, delivery, revision), the A4 PDF. */
@Controller
@RequiresModule("planning")
@PersonalData
@RequestMapping("/offices/{officeId}/planning")
class PlanPages implements PageController {
    private final PlanService plans;
    private final SupportPlanDocument document;
    private final PlanningPageSupport pages;
    private final PageForms forms;
    private final Clock clock;

    PlanPages(PlanService plans, SupportPlanDocument document, PlanningPageSupport pages, PageForms forms, Clock clock) {
        this.plans = plans;
        this.document = document;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @PostMapping("/persons/{personId}/plans")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String newPlan(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam ServiceType serviceType,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submitTo(null, null, redirect, locale, PlanningPageSupport.person(officeId, personId), null,
                () -> PlanningPageSupport.plan(officeId, plans.create(office, personId, serviceType, PlanContent.empty(), auth.getName()).plan().id()));
    }

    @GetMapping("/plans/{planId}")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    String plan(@PathVariable OfficeId officeId, @PathVariable UUID planId, Model model, Authentication auth) {
        OfficeSummary office = pages.office(officeId);
        var view = plans.read(office.id(), planId);
        SupportPlanVersion current = view.versions().getLast();
        model.addAttribute("office", office);
        model.addAttribute("view", view);
        model.addAttribute("current", current);
        model.addAttribute("content", current.content());
        model.addAttribute("goals", PlanningPageSupport.padded(current.content().shortTermGoals(), 3, new PlanContent.Goal(null, null)));
        model.addAttribute("items", PlanningPageSupport.padded(current.content().items(), 5,
                new PlanContent.SupportItem(0, null, null, null, null, null, null, null)));
        model.addAttribute("todayIso", LocalDate.now(clock));
        model.addAttribute("canWrite", can(auth, "planning:plan.write"));
        model.addAttribute("canApprove", can(auth, "planning:plan.approve"));
        model.addAttribute("methods", PlanConsent.Method.values());
        return "planning/plan";
    }

    @PostMapping("/plans/{planId}/versions/{number}/content")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String edit(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number, @Valid @ModelAttribute ContentForm form,
                BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.plan(officeId, planId), "planning.ui.saved",
                (PlanController.Content c) -> plans.edit(office, planId, number, c.domain(), auth.getName()));
    }

    @PostMapping("/plans/{planId}/versions/{number}/meeting")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String meeting(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number, @Valid @ModelAttribute MeetingForm form,
                   BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.plan(officeId, planId), "planning.ui.meetingRecorded",
                (PlanController.Meeting m) -> plans.recordMeeting(office, planId, number, m.domain(), auth.getName()));
    }

    @PostMapping("/plans/{planId}/versions/{number}/consent")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    String consent(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                   @Valid @ModelAttribute PlanController.Consent form, BindingResult binding, Authentication auth,
                   RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.plan(officeId, planId), "planning.ui.consentRecorded",
                () -> plans.recordConsent(office, planId, number, form.domain(), auth.getName()));
    }

    @PostMapping("/plans/{planId}/versions/{number}/delivery")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    String deliver(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                   @Valid @ModelAttribute PlanController.Delivery form, BindingResult binding, Authentication auth,
                   RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.plan(officeId, planId), "planning.ui.delivered",
                () -> plans.deliver(office, planId, number, form.deliveredOn(), form.specialistCopyOn(), auth.getName()));
    }

    @PostMapping("/plans/{planId}/revisions")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String revise(@PathVariable OfficeId officeId, @PathVariable UUID planId, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(null, null, redirect, locale, PlanningPageSupport.plan(officeId, planId), "planning.ui.revised",
                () -> plans.revise(office, planId, auth.getName()));
    }

    /** The A4 PDF of a version, with 和暦 dates and the signature field, to print and hand over. */
    @GetMapping("/plans/{planId}/versions/{number}/pdf")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    ResponseEntity<byte[]> pdf(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number) {
        OfficeSummary office = pages.office(officeId);
        var view = plans.read(office.id(), planId);
        SupportPlanVersion version = view.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new Problem.NotFound("planning.plan.notFound"));
        byte[] pdf = document.render(new SupportPlanDocument.View(office, view.person(), view.plan(), version));
        return Downloads.pdf(pdf, "support-plan-" + number + ".pdf");
    }

    /** The editor: the plan's text, and rows of goals and support items the user may leave blank (left out, items numbered in order). */
    record ContentForm(String personWishes, String familyWishes, String overallPolicy, String longTermGoal,
                       List<PlanController.Goal> shortTermGoals, List<ItemRow> items, String unmetNeeds, String notes)
            implements PageForm<PlanController.Content> {
        @Override
        public PlanController.Content request() {
            List<PlanController.Goal> goals = shortTermGoals == null ? List.of()
                    : shortTermGoals.stream().filter(g -> g != null && g.goal() != null).toList();
            List<ItemRow> filled = items == null ? List.of() : items.stream().filter(i -> i != null && i.need() != null).toList();
            List<PlanController.Item> numbered = IntStream.range(0, filled.size()).mapToObj(k -> {
                ItemRow i = filled.get(k);
                return new PlanController.Item(k + 1, i.need(), i.goal(), i.content(), i.frequency(), i.personRole(), i.staffInCharge(),
                        i.evaluationDate());
            }).toList();
            return new PlanController.Content(personWishes, familyWishes, overallPolicy, longTermGoal, goals, numbered, unmetNeeds, notes);
        }
    }

    /** A support item's row as the page has it: numbered by its place among the filled rows. */
    record ItemRow(String need, String goal, String content, String frequency, String personRole, String staffInCharge,
                   LocalDate evaluationDate) {
    }

    /** The meeting form: attendees one per line; the check box is absent when off. */
    record MeetingForm(LocalDate heldOn, String attendees, Boolean personAttended, String opinions) implements PageForm<PlanController.Meeting> {
        @Override
        public PlanController.Meeting request() {
            return new PlanController.Meeting(heldOn, attendees == null ? List.of()
                    : attendees.lines().map(String::strip).filter(s -> !s.isEmpty()).toList(), Boolean.TRUE.equals(personAttended), opinions);
        }
    }
}
