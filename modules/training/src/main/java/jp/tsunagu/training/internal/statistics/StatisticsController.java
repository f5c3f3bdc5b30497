package jp.tsunagu.training.internal.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics of an office and fiscal year as JSON, CSV and Excel (the downloads also under the pages' path, for
 * the page's links in a UI session). Aggregates only, no personal data; privilege {@code training:support.read}.
 */
@RestController
@RequiresModule("training")
// the reasons for ending are counted as recorded, in free text that may say something about a person: personal data
@jp.tsunagu.kernel.PersonalData
class StatisticsController {
    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/offices/{officeId}/training/statistics/{fiscalYear}")
    @PreAuthorize("hasAuthority('training:support.read')")
    StatisticsJson json(@PathVariable OfficeId officeId, @PathVariable int fiscalYear) {
        return StatisticsJson.of(statistics.statistics(officeId, StatisticsService.year(fiscalYear)));
    }

    @GetMapping({"/api/v1/offices/{officeId}/training/statistics/{fiscalYear}.csv", "/offices/{officeId}/training/statistics/{fiscalYear}.csv"})
    @PreAuthorize("hasAuthority('training:support.read')")
    ResponseEntity<String> csv(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, Locale locale) {
        var d = statistics.csv(officeId, StatisticsService.year(fiscalYear), locale);
        return Downloads.csv(d.content(), d.filename());
    }

    @GetMapping({"/api/v1/offices/{officeId}/training/statistics/{fiscalYear}.xlsx", "/offices/{officeId}/training/statistics/{fiscalYear}.xlsx"})
    @PreAuthorize("hasAuthority('training:support.read')")
    ResponseEntity<byte[]> workbook(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, Locale locale) {
        var d = statistics.workbook(officeId, StatisticsService.year(fiscalYear), locale);
        return Downloads.xlsx(d.content(), d.filename());
    }

    record StatisticsJson(int fiscalYear, String from, String to, Transition transition, Support support, Selection selection,
                          List<Month> months, List<Reason> placementEndReasons, List<Reason> supportEndReasons) {
        static StatisticsJson of(TrainingStatistics s) {
            var t = s.transition();
            var r = s.support();
            return new StatisticsJson(s.year().startYear(), s.year().start().toString(), s.year().end().toString(),
                    new Transition(t.served(), t.newStarts(), t.placements(), t.sixMonthDays(), t.retained(), t.ended(),
                            t.rate() == null ? null : new TransitionRate(t.rate().retained(), t.rate().capacities(), t.rate().ratePercent(),
                                    t.rate().tier(), t.rate().units())),
                    new Support(r.users(), r.started(), r.endedEarly(), r.completed(),
                            r.rate() == null ? null : new ServiceRate(r.rate().users(), r.rate().employed(), r.rate().percent(), r.rate().band(),
                                    r.rate().monthlyUnits())),
                    new Selection(s.selection().started(), s.selection().completed()),
                    s.months().stream().map(m -> new Month(m.month().toString(), m.newStarts(), m.placements(), m.sixMonthDays(), m.retained(),
                            m.ended())).toList(),
                    s.placementEndReasons().stream().map(x -> new Reason(x.reason(), x.count())).toList(),
                    s.supportEndReasons().stream().map(x -> new Reason(x.reason(), x.count())).toList());
        }
    }

    record Transition(int served, int newStarts, int placements, int sixMonthDays, int retained, int ended, TransitionRate retentionRate) {
    }

    /** The rate in force for the year (reward year = the year): retained on their 6-month days in the two years before. */
    record TransitionRate(int retained, int capacities, BigDecimal ratePercent, String tier, Integer units) {
    }

    record Support(int users, int started, int endedEarly, int completed, ServiceRate rate) {
    }

    record ServiceRate(int users, int employed, BigDecimal percent, String band, Integer monthlyUnits) {
    }

    record Selection(int started, int completed) {
    }

    record Month(String month, int newStarts, int placements, int sixMonthDays, int retained, int ended) {
    }

    record Reason(String reason, int count) {
    }
}
