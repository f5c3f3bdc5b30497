package jp.tsunagu.training.internal.programme;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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

/**
 * プログラム: the office's items and the month's sessions with their forms, and the persons taking part with links to
 * their progress; a session with its roster (the workspace's check-ins beside each person) and the attendance form; a
 * person's progress against the goals of the plan in force with its form. A refusal comes back naming the field,
 * nothing stored.
 */
@Controller
@RequiresModule("training")
@PersonalData
@RequestMapping("/offices/{officeId}/training/programme")
class ProgrammePages implements PageController {
    private final ProgrammeService programme;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    ProgrammePages(ProgrammeService programme, Offices offices, PageForms forms, Clock clock) {
        this.programme = programme;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('training:support.read')")
    String programme(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("office", office);
        model.addAttribute("month", shown);
        model.addAttribute("items", programme.items(office.id()));
        model.addAttribute("sessions", programme.sessions(office.id(), shown));
        model.addAttribute("participants", programme.participants(office.id()));
        model.addAttribute("kinds", ProgrammeItem.Kind.values());
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        model.addAttribute("today", LocalDate.now(clock));
        return "training/programme";
    }

    @GetMapping("/sessions/{sessionId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    String session(@PathVariable OfficeId officeId, @PathVariable UUID sessionId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        ProgrammeService.SessionDetail d = programme.session(office.id(), sessionId);
        model.addAttribute("office", office);
        model.addAttribute("d", d);
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        model.addAttribute("ahead", d.session().date().isAfter(LocalDate.now(clock)));
        model.addAttribute("month", YearMonth.from(d.session().date()));
        return "training/programme-session";
    }

    @GetMapping("/persons/{personId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    String person(@PathVariable OfficeId officeId, @PathVariable UUID personId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("p", programme.progress(office.id(), new PersonId(personId)));
        model.addAttribute("items", programme.items(office.id()));
        model.addAttribute("levels", GoalProgress.Level.values());
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        model.addAttribute("today", LocalDate.now(clock));
        return "training/programme-person";
    }

    @PostMapping("/items")
    @PreAuthorize("hasAuthority('training:support.write')")
    String addItem(@PathVariable OfficeId officeId, @Valid @ModelAttribute ProgrammeController.ItemRequest form, BindingResult binding,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/programme", "training.programme.ui.itemSaved",
                () -> programme.addItem(office, form.item(), auth.getName()));
    }

    @PostMapping("/sessions")
    @PreAuthorize("hasAuthority('training:support.write')")
    String addSession(@PathVariable OfficeId officeId, @Valid @ModelAttribute ProgrammeController.SessionRequest form, BindingResult binding,
                      Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String back = "/offices/" + officeId + "/training/programme";
        return forms.submitTo(form, binding, redirect, locale, back + (form.date() == null ? "" : "?month=" + YearMonth.from(form.date())),
                "training.programme.ui.sessionSaved", () -> back + "/sessions/" + programme.addSession(office, form.session(), auth.getName()).id());
    }

    @PostMapping("/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAuthority('training:support.write')")
    String attendance(@PathVariable OfficeId officeId, @PathVariable UUID sessionId, @ModelAttribute RosterForm form, Authentication auth,
                      RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/training/programme/sessions/" + sessionId,
                "training.programme.ui.attendanceSaved", (ProgrammeController.AttendanceRequest r) -> programme.recordAttendance(office, sessionId,
                        r.entries().stream().map(ProgrammeController.EntryRequest::entry).toList(), auth.getName()));
    }

    @PostMapping("/persons/{personId}/progress")
    @PreAuthorize("hasAuthority('training:support.write')")
    String recordProgress(@PathVariable OfficeId officeId, @PathVariable UUID personId, @Valid @ModelAttribute ProgrammeController.ProgressRequest form,
                          BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/programme/persons/" + personId,
                "training.programme.ui.progressSaved", () -> programme.recordProgress(office, new PersonId(personId), form.progress(), auth.getName()));
    }

    /**
     * The roster's check boxes: the persons ticked present and those ticked absent (a person left unticked is not
     * recorded; one ticked both is refused as listed twice).
     */
    record RosterForm(List<UUID> present, List<UUID> absent) implements PageForm<ProgrammeController.AttendanceRequest> {
        @Override
        public ProgrammeController.AttendanceRequest request() {
            List<ProgrammeController.EntryRequest> entries = new ArrayList<>();
            if (present != null) {
                present.forEach(p -> entries.add(new ProgrammeController.EntryRequest(p, ProgrammeAttendance.Status.PRESENT, null)));
            }
            if (absent != null) {
                absent.forEach(p -> entries.add(new ProgrammeController.EntryRequest(p, ProgrammeAttendance.Status.ABSENT, null)));
            }
            return new ProgrammeController.AttendanceRequest(entries);
        }
    }
}
