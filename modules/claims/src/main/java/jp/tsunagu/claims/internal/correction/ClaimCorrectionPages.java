package jp.tsunagu.claims.internal.correction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 過誤申立: the office's corrections of closed claim months with their state, deadline and the figures as closed beside
 * the figures corrected; the form to request one (the persons of a closed month's claim); the municipalities' deadlines.
 */
@Controller
@RequiresModule("claims")
@PersonalData
@RequestMapping("/offices/{officeId}/claims/corrections")
class ClaimCorrectionPages implements PageController {
    private final ClaimCorrections corrections;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    ClaimCorrectionPages(ClaimCorrections corrections, Offices offices, PageForms forms, Clock clock) {
        this.corrections = corrections;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:claim.read')")
    String page(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month,
                @RequestParam(required = false) ServiceType serviceType, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        YearMonth shown = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        ServiceType type = serviceType != null ? serviceType : office.capacities().keySet().stream().sorted().findFirst().orElse(null);
        model.addAttribute("office", office);
        model.addAttribute("month", shown);
        model.addAttribute("type", type);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("types", office.capacities().keySet().stream().sorted().toList());
        model.addAttribute("reasons", ClaimCorrections.Reason.values());
        model.addAttribute("corrections", corrections.list(office.id()));
        model.addAttribute("deadlines", corrections.deadlines(office.id()));
        model.addAttribute("persons", type == null ? java.util.List.of() : corrections.claimedPersons(office.id(), type, shown));
        model.addAttribute("canManage", can(auth, "claims:correction.manage"));
        return "claims/corrections";
    }

    /** The re-claim file, for the page's link (the browser's session; the API serves the same). */
    @GetMapping("/{id}/claim.csv")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> reclaimFile(@PathVariable OfficeId officeId, @PathVariable java.util.UUID id) {
        return corrections.reclaimFile(offices.require(officeId).id(), id).download();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('claims:correction.manage')")
    String request(@PathVariable OfficeId officeId, @ModelAttribute CorrectionForm form, Authentication auth, RedirectAttributes redirect,
                   Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String back = "/offices/" + officeId + "/claims/corrections" + (form.month() == null || form.month().isBlank() ? ""
                : "?month=" + form.month().strip() + (form.serviceType() == null ? "" : "&serviceType=" + form.serviceType()));
        return forms.submit(form, null, redirect, locale, back, "claims.ui.correctionRequested",
                () -> corrections.request(office, form.correction(), auth.getName()));
    }

    @PostMapping("/{id}/transitions")
    @PreAuthorize("hasAuthority('claims:correction.manage')")
    String transition(@PathVariable OfficeId officeId, @PathVariable UUID id, @ModelAttribute TransitionForm form, Authentication auth,
                      RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/claims/corrections", "claims.ui.correctionMoved",
                () -> corrections.transition(office, id, new ClaimCorrections.Transition(form.state(), ClaimCorrectionPages.month("reclaimMonth", form.reclaimMonth()),
                        form.note()), auth.getName()));
    }

    @PostMapping("/deadlines")
    @PreAuthorize("hasAuthority('claims:correction.manage')")
    String addDeadline(@PathVariable OfficeId officeId, @ModelAttribute DeadlineForm form, Authentication auth, RedirectAttributes redirect,
                       Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/claims/corrections", "claims.ui.deadlineAdded",
                () -> corrections.addDeadline(office, form.deadline(), auth.getName()));
    }

    /** The form as typed: month, date and person as text, refused naming the field when they are not one. */
    record CorrectionForm(ServiceType serviceType, String month, String personId, String reason, String details, String requestedOn) {
        ClaimCorrections.NewCorrection correction() {
            UUID person = null;
            if (personId != null && !personId.isBlank()) {
                try {
                    person = UUID.fromString(personId.strip());
                } catch (IllegalArgumentException e) {
                    throw new Problem.Invalid("personId", "claims.correction.required");
                }
            }
            return new ClaimCorrections.NewCorrection(serviceType, ClaimCorrectionPages.month("month", month), person, reason, details,
                    date("requestedOn", requestedOn));
        }
    }

    record TransitionForm(String state, String reclaimMonth, String note) {
    }

    record DeadlineForm(String municipalityCode, String municipalityName, String deadlineDay, String sameMonth, String source, String effectiveFrom) {
        ClaimCorrections.NewDeadline deadline() {
            Integer day = null;
            if (deadlineDay != null && !deadlineDay.isBlank()) {
                try {
                    day = Integer.valueOf(deadlineDay.strip());
                } catch (NumberFormatException e) {
                    throw new Problem.Invalid("deadlineDay", "claims.profile.number", deadlineDay);
                }
            }
            return new ClaimCorrections.NewDeadline(municipalityCode, municipalityName, day, "true".equals(sameMonth), source,
                    date("effectiveFrom", effectiveFrom));
        }
    }

    private static YearMonth month(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Problem.Invalid(field, "claims.profile.monthFormat", s);
        }
    }

    private static LocalDate date(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Problem.Invalid(field, "claims.profile.dateFormat", s);
        }
    }
}
