package jp.tsunagu.rules.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import jp.tsunagu.rules.Rules;
import org.springframework.stereotype.Component;

/**
 * {@code tsunagu_rules_tables_due}: how many rule tables have a version due today that has not been loaded (an
 * alert on it > 0 tells the operators before a user meets an outdated figure). Read at each scrape.
 */
@Component
class RuleRevisionMetrics {
    RuleRevisionMetrics(MeterRegistry registry, Rules rules, Clock clock) {
        Gauge.builder("tsunagu.rules.tables.due", rules, r -> r.dueOn(LocalDate.now(clock)).size())
                .description("Rule tables whose next version is due and not loaded")
                .register(registry);
    }
}
