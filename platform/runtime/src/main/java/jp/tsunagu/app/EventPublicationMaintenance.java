package jp.tsunagu.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks after the event publication registry (Spring Modulith, JDBC): each publication stays until its listener has
 * completed. Every {@code tsunagu.events.check-interval}, once across all instances of the application (a PostgreSQL
 * advisory lock held for the run's transaction, so instances never run it at the same time, and the time of the last
 * run in {@code scheduled_run}, so that instances whose timers tick at other moments do not run it again within the
 * interval), it
 * <ol>
 *   <li>marks stale publications failed: published and never started within {@code tsunagu.events.stale-after}
 *       (1 hour), or started and never finished within {@code tsunagu.events.stale-processing-after} (6 hours: a
 *       listener whose instance died). Modulith measures both from the publication's date, not from its last
 *       retry, so the second is far longer than the retries last (10 attempts a minute apart), or a retry still
 *       running would be marked failed and delivered twice;</li>
 *   <li>resubmits failed publications older than {@code tsunagu.events.retry-after}, up to {@code max-attempts};</li>
 *   <li>deletes completed publications older than {@code tsunagu.events.retention}, and the notes
 *       {@link EventsHandledOnce} kept of them.</li>
 * </ol>
 * The same run happens once when the application starts (instead of Modulith's republishing every incomplete
 * publication at start, which would deliver again what another instance is still working on). The gauge
 * {@code tsunagu.events.incomplete} counts the publications not completed; one that stays above zero is an alert.
 */
@Component
public class EventPublicationMaintenance {
    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);
    /** The advisory lock's key: {@code hashtext('tsunagu.event-publication-maintenance')} computed by the database. */
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('tsunagu.event-publication-maintenance'))";
    /** Claims this interval's run, unless another instance ran within it (most of the interval: timers drift). */
    private static final String DUE = """
            insert into scheduled_run as r (name, started_at) values ('event-publication-maintenance', now())
            on conflict (name) do update set started_at = excluded.started_at
             where r.started_at <= now() - make_interval(secs => ?)
            returning true
            """;

    private final EventPublicationRegistry registry;
    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final java.time.Clock clock;
    private final Duration staleAfter;
    private final Duration staleProcessingAfter;
    private final Duration retryAfter;
    private final int maxAttempts;
    private final Duration retention;
    private final Duration checkInterval;

    EventPublicationMaintenance(EventPublicationRegistry registry, FailedEventPublications failed,
                                CompletedEventPublications completed, JdbcTemplate jdbc, TransactionTemplate tx,
                                MeterRegistry meters, java.time.Clock clock,
                                @Value("${tsunagu.events.stale-after:PT1H}") Duration staleAfter,
                                @Value("${tsunagu.events.stale-processing-after:PT6H}") Duration staleProcessingAfter,
                                @Value("${tsunagu.events.retry-after:PT1M}") Duration retryAfter,
                                @Value("${tsunagu.events.max-attempts:10}") int maxAttempts,
                                @Value("${tsunagu.events.retention:P30D}") Duration retention,
                                @Value("${tsunagu.events.check-interval:PT1M}") Duration checkInterval) {
        this.registry = registry;
        this.failed = failed;
        this.completed = completed;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.staleProcessingAfter = staleProcessingAfter;
        this.retryAfter = retryAfter;
        this.maxAttempts = maxAttempts;
        this.retention = retention;
        this.checkInterval = checkInterval;
        Gauge.builder("tsunagu.events.incomplete", this, EventPublicationMaintenance::incomplete)
                .description("event publications whose listener has not completed (failed, stale or in progress)")
                .register(meters);
    }

    /** What one run did: whether this instance held the lock. */
    public record Run(boolean ran, long incompleteBefore, long incompleteAfter) {
    }

    /** At start: what an instance that stopped left behind, under the same lock as the scheduled runs. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void atStart() {
        scheduled();
    }

    @Scheduled(fixedDelayString = "${tsunagu.events.check-interval:PT1M}", initialDelayString = "${tsunagu.events.check-interval:PT1M}")
    void scheduled() {
        try {
            runIfDue();
        } catch (RuntimeException e) {
            log.error("event publication maintenance failed; the next run tries again", e);
        }
    }

    /** One run, if no other instance is running one. */
    public Run run() {
        return run(false);
    }

    /** The scheduled run: if no other instance is running one and none ran within most of the interval. */
    public Run runIfDue() {
        return run(true);
    }

    private Run run(boolean onlyIfDue) {
        Run result = tx.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject(LOCK, Boolean.class))
                    || onlyIfDue && jdbc.queryForList(DUE, Boolean.class, checkInterval.toMillis() * 0.9 / 1000).isEmpty()) {
                return new Run(false, -1, -1);
            }
            long before = (long) incomplete();
            // the registry asks only for PUBLISHED, PROCESSING and RESUBMITTED, each measured from the publication's date
            Staleness staleness = state -> state == org.springframework.modulith.events.EventPublication.Status.PUBLISHED
                    ? staleAfter : staleProcessingAfter;
            registry.markStalePublicationsFailed(staleness);
            // Modulith 2.1.1's JDBC repository ignores the minimum age (spring-modulith#1942) and may offer a completed
            // publication (#1936); the filter holds both lines itself
            java.time.Instant due = clock.instant().minus(retryAfter);
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryAfter).withFilter(p -> !p.isCompleted()
                    && p.getCompletionAttempts() < maxAttempts
                    && (p.getLastResubmissionDate() == null ? p.getPublicationDate() : p.getLastResubmissionDate()).isBefore(due)));
            // what EventsHandledOnce noted of them goes with them (first, by the same age)
            jdbc.update("delete from event_handled h using event_publication p where p.id = h.publication_id"
                    + " and p.completion_date < ?", java.sql.Timestamp.from(clock.instant().minus(retention)));
            completed.deletePublicationsOlderThan(retention);
            return new Run(true, before, (long) incomplete());
        });
        if (result.ran() && result.incompleteAfter() > 0) {
            log.warn("{} event publications are not completed", result.incompleteAfter());
        }
        return result;
    }

    private double incomplete() {
        Long n = jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
        return n == null ? 0 : n;
    }
}
