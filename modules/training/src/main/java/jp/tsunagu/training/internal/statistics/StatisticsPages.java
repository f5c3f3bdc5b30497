package jp.tsunagu.training.internal.statistics;

import java.time.Clock;
import java.time.LocalDate;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 統計: an office's figures for a fiscal year (this one unless {@code year} names another) as tables, the placements by
 * month as an SVG chart beside its table, and the links to the CSV and the workbook.
 */
@Controller
@RequiresModule("training")
// the reasons for ending are counted as recorded, in free text that may say something about a person: personal data
@jp.tsunagu.kernel.PersonalData
@RequestMapping("/offices/{officeId}/training")
class StatisticsPages implements PageController {
    private final StatisticsService statistics;
    private final Offices offices;
    private final Clock clock;

    StatisticsPages(StatisticsService statistics, Offices offices, Clock clock) {
        this.statistics = statistics;
        this.offices = offices;
        this.clock = clock;
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('training:support.read')")
    String statistics(@PathVariable OfficeId officeId, @RequestParam(required = false) Integer year, Model model) {
        OfficeSummary office = offices.require(officeId);
        FiscalYear fy = year == null ? FiscalYear.of(LocalDate.now(clock)) : StatisticsService.year(year);
        TrainingStatistics s = statistics.statistics(office.id(), fy);
        model.addAttribute("office", office);
        model.addAttribute("year", fy);
        model.addAttribute("s", s);
        model.addAttribute("total", s.total());
        model.addAttribute("chart", StatisticsChart.of(s.months()));
        return "training/statistics";
    }
}
