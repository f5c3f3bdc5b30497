package jp.tsunagu.sharing.internal.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
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
 * 統計 (市町村): for a municipality's office, the offices' published figures of a month or fiscal year (table, chart,
 * CSV); for a corporation's office, its publication (opt in with the municipality's office number, publish a month,
 * stop). Who sees which part follows the privileges.
 */
@Controller
@RequiresModule("sharing")
@RequestMapping("/offices/{officeId}/sharing/statistics")
class MunicipalStatisticsPages implements PageController {
    private final StatisticsPublisher publisher;
    private final MunicipalStatistics statistics;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    MunicipalStatisticsPages(StatisticsPublisher publisher, MunicipalStatistics statistics, Offices offices, PageForms forms, Clock clock) {
        this.publisher = publisher;
        this.statistics = statistics;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sharing:statistics.read') or hasAuthority('sharing:statistics.publish')")
    String page(@PathVariable OfficeId officeId, @RequestParam(required = false) String month, @RequestParam(required = false) Integer fiscalYear,
                Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        model.addAttribute("office", office);
        model.addAttribute("lastMonth", lastMonth);
        boolean canRead = can(auth, "sharing:statistics.read");
        boolean canPublish = can(auth, "sharing:statistics.publish");
        model.addAttribute("canRead", canRead);
        model.addAttribute("canPublish", canPublish);
        if (canRead) {
            MunicipalStatistics.Period period = month == null && fiscalYear == null
                    ? MunicipalStatistics.Period.of(lastMonth.toString(), null) : MunicipalStatistics.Period.of(month, fiscalYear);
            model.addAttribute("t", statistics.table(office.id(), period));
            model.addAttribute("query", period.month() != null ? "month=" + period.month() : "fiscalYear=" + period.year().startYear());
        }
        List<StatisticsPublisher.View> publications = canPublish ? publisher.publications(office.id()) : List.of();
        model.addAttribute("publications", publications);
        model.addAttribute("running", publications.stream().filter(p -> p.stoppedOn() == null).findFirst().orElse(null));
        return "sharing/statistics";
    }

    /** The period's table as CSV, for the page's link. */
    @GetMapping("/csv")
    @PreAuthorize("hasAuthority('sharing:statistics.read')")
    org.springframework.http.ResponseEntity<String> csv(@PathVariable OfficeId officeId, @RequestParam(required = false) String month,
                                                        @RequestParam(required = false) Integer fiscalYear, Locale locale) {
        MunicipalStatistics.Period period = MunicipalStatistics.Period.of(month, fiscalYear);
        return jp.tsunagu.web.Downloads.csv(statistics.csv(offices.require(officeId).id(), period, locale),
                "statistics-" + (month != null ? month : "FY" + fiscalYear) + ".csv");
    }

    @PostMapping("/publications")
    @PreAuthorize("hasAuthority('sharing:statistics.publish')")
    String optIn(@PathVariable OfficeId officeId, @ModelAttribute OptInForm form, Authentication auth, RedirectAttributes redirect,
                 Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, back(officeId), "sharing.ui.statistics.optedIn",
                () -> publisher.optIn(office, form.municipalityOfficeNumber(), auth.getName()));
    }

    @PostMapping("/publications/{id}/stop")
    @PreAuthorize("hasAuthority('sharing:statistics.publish')")
    String stop(@PathVariable OfficeId officeId, @PathVariable UUID id, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(new Object(), null, redirect, locale, back(officeId), "sharing.ui.statistics.stopped",
                () -> publisher.stop(office, id, auth.getName()));
    }

    @PostMapping("/publish")
    @PreAuthorize("hasAuthority('sharing:statistics.publish')")
    String publish(@PathVariable OfficeId officeId, @ModelAttribute PublishForm form, Authentication auth, RedirectAttributes redirect,
                   Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, back(officeId), "sharing.ui.statistics.published", () -> {
            YearMonth month;
            try {
                month = form.month() == null || form.month().isBlank() ? null : YearMonth.parse(form.month().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new jp.tsunagu.kernel.Problem.Invalid("month", "sharing.statistics.monthFormat", form.month());
            }
            publisher.publish(office, month, auth.getName());
        });
    }

    private static String back(OfficeId officeId) {
        return "/offices/" + officeId + "/sharing/statistics";
    }

    record OptInForm(String municipalityOfficeNumber) {
    }

    record PublishForm(String month) {
    }
}
