package jp.tsunagu.tenancy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.OfficeConfigurationRule;
import org.springframework.stereotype.Component;

/** Asks every module's office rule about an office's capacities today; the first broken rule, if any. */
@Component
class OfficeRules {
    private final List<OfficeConfigurationRule> rules;
    private final Clock clock;

    OfficeRules(List<OfficeConfigurationRule> rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    Optional<OfficeConfigurationRule.Violation> check(Map<ServiceType, Integer> capacities) {
        LocalDate today = LocalDate.now(clock);
        return rules.stream().map(r -> r.check(capacities, today)).flatMap(Optional::stream).findFirst();
    }
}
