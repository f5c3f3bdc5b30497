package jp.tsunagu.wages.internal.average;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.api.StaffingType;
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
 * The average monthly 工賃 page of an office: a fiscal year's average with its steps and the rules used, the ≥ 3,000 yen
 * check, the tiers it sets, the history as a chart, and the forms for the reward profile and the year's target. Without
 * {@code ?year=}, the year whose average sets this year's tiers.
 */
@Controller
@RequiresModule("wages")
@RequestMapping("/offices/{officeId}/wages/average")
class AveragePages implements PageController {
    private final AverageService average;
    private final KouchinReport report;
    private final Offices offices;
    private final PageForms forms;

    AveragePages(AverageService average, KouchinReport report, Offices offices, PageForms forms) {
        this.average = average;
        this.report = report;
        this.offices = offices;
        this.forms = forms;
    }

    @GetMapping("/report.csv")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    org.springframework.http.ResponseEntity<String> reportCsv(@PathVariable OfficeId officeId, @RequestParam int year, Locale locale) {
        return jp.tsunagu.web.Downloads.csv(report.csv(average.report(officeId, AverageService.fiscalYear(year)), locale),
                "kouchin-jisseki-FY" + year + ".csv");
    }

    @GetMapping("/report.pdf")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    org.springframework.http.ResponseEntity<byte[]> reportPdf(@PathVariable OfficeId officeId, @RequestParam int year, Locale locale) {
        return jp.tsunagu.web.Downloads.pdf(report.pdf(average.report(officeId, AverageService.fiscalYear(year)), locale),
                "kouchin-jisseki-FY" + year + ".pdf");
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    String page(@PathVariable OfficeId officeId, @RequestParam(required = false) Integer year, Model model, Authentication auth,
                Locale locale) {
        OfficeSummary office = offices.require(officeId);
        FiscalYear shown = year == null ? average.latestApplying() : AverageService.fiscalYear(year);
        try {
            model.addAttribute("result", average.year(office.id(), shown));
        } catch (Problem refused) {
            model.addAttribute("refusal", forms.text(refused, locale));
        }
        List<AverageService.YearSummary> history = average.history(office.id());
        Yen minimum = average.minimumFor(shown).orElse(null);
        model.addAttribute("office", office);
        model.addAttribute("year", shown);
        model.addAttribute("years", years(history, shown, average.latestApplying().next()));
        model.addAttribute("history", history);
        model.addAttribute("chart", AverageChart.of(history, minimum));
        model.addAttribute("profiles", average.profiles(office.id()).stream().map(AverageController.ProfileView::of).toList());
        model.addAttribute("staffingTypes", StaffingType.values());
        model.addAttribute("variants", TypeBBaseUnits.Variant.values());
        model.addAttribute("canWrite", can(auth, "wages:average.write"));
        return "wages/average";
    }

    @PostMapping("/profile")
    @PreAuthorize("hasAuthority('wages:average.write')")
    String saveProfile(@PathVariable OfficeId officeId, @RequestParam(required = false) Integer year,
                       @Valid @ModelAttribute AverageController.ProfileRequest form, BindingResult binding, Authentication auth,
                       RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(office, year), "wages.ui.average.profileSaved",
                () -> average.saveProfile(office, form.effectiveMonth(), form.terms(), auth.getName()));
    }

    @PostMapping("/targets/{fiscalYear}")
    @PreAuthorize("hasAuthority('wages:average.write')")
    String saveTarget(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, @Valid @ModelAttribute AverageController.TargetRequest form,
                      BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(office, fiscalYear), "wages.ui.average.targetSaved",
                () -> average.saveTarget(office, AverageService.fiscalYear(fiscalYear), Yen.of(form.targetYen()), form.plan(), auth.getName()));
    }

    /** The years to choose from, newest first: from the oldest with a closed month (or the one shown) to this year (so far). */
    private static List<FiscalYear> years(List<AverageService.YearSummary> history, FiscalYear shown, FiscalYear latest) {
        int from = Math.min(shown.startYear(), history.isEmpty() ? latest.startYear() : history.getFirst().year().startYear());
        int to = Math.max(shown.startYear(), latest.startYear());
        return IntStream.rangeClosed(from, to).map(y -> to - (y - from)).mapToObj(FiscalYear::startingIn).toList();
    }

    private static String back(OfficeId office, Integer year) {
        return "/offices/" + office + "/wages/average" + (year == null ? "" : "?year=" + year);
    }
}
