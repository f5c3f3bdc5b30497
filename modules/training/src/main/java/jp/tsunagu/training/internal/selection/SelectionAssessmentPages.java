package jp.tsunagu.training.internal.selection;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 就労選択支援: the office's assessments with a form to start one (among the persons served for 就労選択支援 today),
 * and an assessment's page: its record (observations, facts and predictions apart, strengths and conditions, the case
 * meeting, the result) with the forms to add to it and to complete it, and the link to the result sheet. A refusal
 * comes back naming the field, nothing stored.
 */
@Controller
@RequiresModule("training")
@PersonalData
@RequestMapping("/offices/{officeId}/training/assessments")
class SelectionAssessmentPages implements PageController {
    private final SelectionAssessmentService assessments;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    SelectionAssessmentPages(SelectionAssessmentService assessments, Offices offices, PageForms forms, Clock clock) {
        this.assessments = assessments;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('training:support.read')")
    String list(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        LocalDate today = LocalDate.now(clock);
        boolean canWrite = can(auth, "training:support.write");
        model.addAttribute("office", office);
        model.addAttribute("assessments", assessments.list(office.id()));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("servedOn", today);
        model.addAttribute("persons", canWrite ? assessments.served(office.id(), today) : List.of());
        return "training/assessments";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('training:support.read')")
    String assessment(@PathVariable OfficeId officeId, @PathVariable UUID id, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("a", assessments.get(office.id(), id));
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        return "training/assessment";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('training:support.write')")
    String start(@PathVariable OfficeId officeId, @Valid @ModelAttribute SelectionAssessmentController.StartRequest form, BindingResult binding,
                 Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String base = "/offices/" + officeId + "/training/assessments";
        return forms.submitTo(form, binding, redirect, locale, base, "training.ui.selection.started",
                () -> base + "/" + assessments.start(office, new PersonId(form.personId()), form.startedOn(), form.periodEnd(), auth.getName()).id());
    }

    @PostMapping("/{id}/observations")
    @PreAuthorize("hasAuthority('training:support.write')")
    String observe(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @ModelAttribute SelectionAssessmentController.ObservationRequest form,
                   BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, id), "training.ui.selection.saved",
                () -> assessments.observe(office, id, form.observedOn(), form.task(), form.seen(), form.evidence(), auth.getName()));
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize("hasAuthority('training:support.write')")
    String find(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @ModelAttribute SelectionAssessmentController.FindingRequest form,
                BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, id), "training.ui.selection.saved",
                () -> assessments.find(office, id, form.kind(), form.statement(), form.evidence(), auth.getName()));
    }

    @PostMapping("/{id}/strengths")
    @PreAuthorize("hasAuthority('training:support.write')")
    String describe(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @ModelAttribute SelectionAssessmentController.StrengthsRequest form,
                    BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, id), "training.ui.selection.saved",
                () -> assessments.describe(office, id, form.strengths(), form.conditions(), auth.getName()));
    }

    @PostMapping("/{id}/meeting")
    @PreAuthorize("hasAuthority('training:support.write')")
    String meeting(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @ModelAttribute SelectionAssessmentController.MeetingRequest form,
                   BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, id), "training.ui.selection.saved",
                () -> assessments.meeting(office, id, form.meetingOn(), form.participants(), form.summary(), auth.getName()));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAuthority('training:support.write')")
    String complete(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @ModelAttribute SelectionAssessmentController.CompleteRequest form,
                    BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, id), "training.ui.selection.completed",
                () -> assessments.complete(office, id, form.completedOn(), form.handedOverOn(), form.resultSummary(),
                        form.shareWithConsultation(), auth.getName()));
    }

    private static String back(OfficeId officeId, UUID id) {
        return "/offices/" + officeId + "/training/assessments/" + id;
    }
}
