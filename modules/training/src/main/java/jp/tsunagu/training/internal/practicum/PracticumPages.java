package jp.tsunagu.training.internal.practicum;

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
 * 職場実習と求職活動: the office's practicums with the start form; a practicum with its daily notes, evaluations and
 * monthly reviews and their forms; the tenant's company directory with the add form and the office's job development
 * (職場開拓) with its form; a person's job search (ハローワーク registration, applications with their status) with its
 * forms. A refusal comes back naming the field, nothing stored.
 */
@Controller
@RequiresModule("training")
@PersonalData
@RequestMapping("/offices/{officeId}/training")
class PracticumPages implements PageController {
    private final PracticumService practicums;
    private final JobSearchService search;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    PracticumPages(PracticumService practicums, JobSearchService search, Offices offices, PageForms forms, Clock clock) {
        this.practicums = practicums;
        this.search = search;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/practicums")
    @PreAuthorize("hasAuthority('training:support.read')")
    String list(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        boolean canWrite = can(auth, "training:support.write");
        model.addAttribute("office", office);
        model.addAttribute("practicums", practicums.practicums(office.id()));
        model.addAttribute("companies", practicums.companies(office.id()));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("persons", canWrite ? practicums.candidates(office.id()) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        return "training/practicums";
    }

    @GetMapping("/practicums/{practicumId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    String practicum(@PathVariable OfficeId officeId, @PathVariable UUID practicumId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("d", practicums.practicum(office.id(), practicumId));
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        return "training/practicum";
    }

    @GetMapping("/companies")
    @PreAuthorize("hasAuthority('training:support.read')")
    String companies(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("companies", practicums.companies(office.id()));
        model.addAttribute("developments", search.developments(office.id(), null));
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        return "training/companies";
    }

    @GetMapping("/job-search")
    @PreAuthorize("hasAuthority('training:support.read')")
    String jobSearch(@PathVariable OfficeId officeId, @RequestParam(required = false) UUID personId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("persons", practicums.candidates(office.id()));
        model.addAttribute("companies", practicums.companies(office.id()));
        model.addAttribute("s", personId == null ? null : search.search(office.id(), new PersonId(personId)));
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        model.addAttribute("statuses", JobApplication.Status.values());
        return "training/job-search";
    }

    @PostMapping("/practicums")
    @PreAuthorize("hasAuthority('training:support.write')")
    String start(@PathVariable OfficeId officeId, @Valid @ModelAttribute PracticumController.PracticumRequest form, BindingResult binding,
                 Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/practicums", "training.practicum.ui.started",
                () -> practicums.start(office, form.start(), auth.getName()));
    }

    @PostMapping("/practicums/{practicumId}/notes")
    @PreAuthorize("hasAuthority('training:support.write')")
    String addNote(@PathVariable OfficeId officeId, @PathVariable UUID practicumId, @Valid @ModelAttribute PracticumController.NoteRequest form,
                   BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/practicums/" + practicumId,
                "training.practicum.ui.noteSaved", () -> practicums.addNote(office, practicumId, form.note(), auth.getName()));
    }

    @PostMapping("/practicums/{practicumId}/evaluations")
    @PreAuthorize("hasAuthority('training:support.write')")
    String addEvaluation(@PathVariable OfficeId officeId, @PathVariable UUID practicumId,
                         @Valid @ModelAttribute PracticumController.EvaluationRequest form, BindingResult binding, Authentication auth,
                         RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/practicums/" + practicumId,
                "training.practicum.ui.evaluationSaved", () -> practicums.addEvaluation(office, practicumId, form.evaluation(), auth.getName()));
    }

    @PostMapping("/practicums/{practicumId}/reviews")
    @PreAuthorize("hasAuthority('training:support.write')")
    String addReview(@PathVariable OfficeId officeId, @PathVariable UUID practicumId, @Valid @ModelAttribute PracticumController.ReviewRequest form,
                     BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/practicums/" + practicumId,
                "training.practicum.ui.reviewSaved", () -> practicums.addReview(office, practicumId, form.month(), form.reviewedOn(), form.review(),
                        form.nextSteps(), auth.getName()));
    }

    @PostMapping("/companies")
    @PreAuthorize("hasAuthority('training:support.write')")
    String addCompany(@PathVariable OfficeId officeId, @Valid @ModelAttribute PracticumController.CompanyRequest form, BindingResult binding,
                      Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/companies", "training.practicum.ui.companySaved",
                () -> practicums.addCompany(office, form.company(), auth.getName()));
    }

    @PostMapping("/job-development")
    @PreAuthorize("hasAuthority('training:support.write')")
    String develop(@PathVariable OfficeId officeId, @Valid @ModelAttribute JobSearchController.DevelopmentRequest form, BindingResult binding,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/companies",
                "training.practicum.ui.developmentSaved", () -> search.develop(office, form.companyId(), form.date(), form.staff(), form.discussed(),
                        form.outcome(), auth.getName()));
    }

    @PostMapping("/job-search/registrations")
    @PreAuthorize("hasAuthority('training:support.write')")
    String register(@PathVariable OfficeId officeId, @Valid @ModelAttribute JobSearchController.RegistrationRequest form, BindingResult binding,
                    Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, form.personId()), "training.practicum.ui.registrationSaved",
                () -> search.register(office, new PersonId(form.personId()), form.registeredOn(), form.helloworkOffice(), form.registrationNumber(),
                        auth.getName()));
    }

    @PostMapping("/job-search/applications")
    @PreAuthorize("hasAuthority('training:support.write')")
    String apply(@PathVariable OfficeId officeId, @Valid @ModelAttribute JobSearchController.ApplicationRequest form, BindingResult binding,
                 Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, form.personId()), "training.practicum.ui.applicationSaved",
                () -> search.apply(office, form.application(), auth.getName()));
    }

    @PostMapping("/job-search/applications/{applicationId}/steps")
    @PreAuthorize("hasAuthority('training:support.write')")
    String step(@PathVariable OfficeId officeId, @PathVariable UUID applicationId, @RequestParam UUID personId,
                @Valid @ModelAttribute JobSearchController.StepRequest form, BindingResult binding, Authentication auth, RedirectAttributes redirect,
                Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, personId), "training.practicum.ui.stepSaved",
                () -> search.step(office, applicationId, form.status(), form.date(), form.note(), form.outcome(), auth.getName()));
    }

    private static String back(OfficeId officeId, UUID personId) {
        return "/offices/" + officeId + "/training/job-search" + (personId == null ? "" : "?personId=" + personId);
    }
}
