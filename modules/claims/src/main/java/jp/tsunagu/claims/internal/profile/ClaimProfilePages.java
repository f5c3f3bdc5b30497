package jp.tsunagu.claims.internal.profile;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.rules.national.TypeBBaseUnits;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 体制届 (請求の体制): the versions filed per service type, this month's in force beside the computed figures, the form. */
@Controller
@RequiresModule("claims")
@RequestMapping("/offices/{officeId}/claims/profile")
class ClaimProfilePages implements PageController {
    private final ClaimProfileService profiles;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    ClaimProfilePages(ClaimProfileService profiles, Offices offices, PageForms forms, Clock clock) {
        this.profiles = profiles;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:profile.read')")
    String page(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        YearMonth month = YearMonth.now(clock);
        model.addAttribute("office", office);
        model.addAttribute("month", month);
        model.addAttribute("profiles", profiles.profiles(office.id()));
        model.addAttribute("additions", profiles.additions(office.id()));
        List<ClaimProfileService.InForce> inForce = new ArrayList<>();
        for (ServiceType type : office.capacities().keySet().stream().sorted().toList()) {
            try {
                inForce.add(profiles.inForce(office.id(), type, month));
            } catch (Problem.NotFound none) {
                // nothing filed for the type yet: the list says so
            }
        }
        model.addAttribute("inForce", inForce);
        model.addAttribute("types", office.capacities().keySet().stream().sorted().toList());
        model.addAttribute("statuses", TypeBBaseUnits.Variant.values());
        model.addAttribute("canManage", can(auth, "claims:profile.manage"));
        return "claims/profile";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('claims:profile.manage')")
    String file(@PathVariable OfficeId officeId, @ModelAttribute ProfileForm form, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/claims/profile", "claims.ui.filed",
                () -> profiles.file(office, form.profile(), auth.getName()));
    }

    @PostMapping("/additions")
    @PreAuthorize("hasAuthority('claims:profile.manage')")
    String addAddition(@PathVariable OfficeId officeId, @ModelAttribute AdditionForm form, Authentication auth, RedirectAttributes redirect,
                       Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, "/offices/" + officeId + "/claims/profile", "claims.ui.additionAdded",
                () -> profiles.addAddition(office, form.serviceType(), form.addition(), date(form.acceptedOn()), auth.getName()));
    }

    private static java.time.LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Problem.Invalid("acceptedOn", "claims.profile.dateFormat", s);
        }
    }

    record AdditionForm(ServiceType serviceType, String addition, String acceptedOn) {
    }

    /** The form as typed: the month and numbers as text, refused naming the field when they are not one. */
    record ProfileForm(ServiceType serviceType, String effectiveMonth, String staffing, String capacity, String kouchinTier,
                       TypeBBaseUnits.Variant revisionStatus, String revisionEvidence, String typeAScore, String retentionTier, String payImprovement) {
        ClaimProfileService.NewProfile profile() {
            return new ClaimProfileService.NewProfile(serviceType, month(effectiveMonth), staffing, number("capacity", capacity), kouchinTier,
                    revisionStatus, revisionEvidence, number("typeAScore", typeAScore), retentionTier, payImprovement);
        }

        private static YearMonth month(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return YearMonth.parse(s.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new Problem.Invalid("effectiveMonth", "claims.profile.monthFormat", s);
            }
        }

        private static Integer number(String field, String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                throw new Problem.Invalid(field, "claims.profile.number", s);
            }
        }
    }
}
