package jp.tsunagu.sharing.internal.statistics;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A municipality's statistics: the corporation's publication of an office (opt in, stop, publish a month) and the
 * municipality's table and CSV. Aggregates only: no personal data passes here.
 */
@RestController
@RequiresModule("sharing")
@RequestMapping("/api/v1/offices/{officeId}/sharing")
class MunicipalStatisticsController {
    private final StatisticsPublisher publisher;
    private final MunicipalStatistics statistics;

    MunicipalStatisticsController(StatisticsPublisher publisher, MunicipalStatistics statistics) {
        this.publisher = publisher;
        this.statistics = statistics;
    }

    @GetMapping("/statistics/publications")
    @PreAuthorize("hasAuthority('sharing:statistics.publish')")
    List<StatisticsPublisher.View> publications(@PathVariable OfficeId officeId) {
        return publisher.publications(officeId);
    }

    @PostMapping("/statistics/publications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('sharing:statistics.publish')")
    StatisticsPublisher.View optIn(@PathVariable OfficeId officeId, @Valid @RequestBody OptIn r, Principal user) {
        return publisher.optIn(officeId, r.municipalityOfficeNumber(), user.getName());
    }

    @PostMapping("/statistics/publications/{id}/stop")
    @PreAuthorize("hasAuthority('sharing:statistics.publish')")
    StatisticsPublisher.View stop(@PathVariable OfficeId officeId, @PathVariable UUID id, Principal user) {
        return publisher.stop(officeId, id, user.getName());
    }

    @PostMapping("/statistics/publish")
    @PreAuthorize("hasAuthority('sharing:statistics.publish')")
    StatisticsPublisher.View publish(@PathVariable OfficeId officeId, @RequestBody Publish r, Principal user) {
        return publisher.publish(officeId, r.month(), user.getName());
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('sharing:statistics.read')")
    MunicipalStatistics.Table table(@PathVariable OfficeId officeId, @RequestParam(required = false) String month,
                                    @RequestParam(required = false) Integer fiscalYear) {
        return statistics.table(officeId, MunicipalStatistics.Period.of(month, fiscalYear));
    }

    @GetMapping("/statistics.csv")
    @PreAuthorize("hasAuthority('sharing:statistics.read')")
    ResponseEntity<String> csv(@PathVariable OfficeId officeId, @RequestParam(required = false) String month,
                               @RequestParam(required = false) Integer fiscalYear, Locale locale) {
        MunicipalStatistics.Period period = MunicipalStatistics.Period.of(month, fiscalYear);
        return Downloads.csv(statistics.csv(officeId, period, locale), "statistics-" + (month != null ? month : "FY" + fiscalYear) + ".csv");
    }

    record OptIn(String municipalityOfficeNumber) {
    }

    record Publish(YearMonth month) {
    }
}
