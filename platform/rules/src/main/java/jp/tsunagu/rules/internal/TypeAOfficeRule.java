package jp.tsunagu.rules.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.TypeAStaffingLimits;
import jp.tsunagu.tenancy.OfficeConfigurationRule;
import org.springframework.stereotype.Component;

/** WS-1: an office's non-employed A型 capacity must keep the limit the rules set for its employed capacity. */
@Component
class TypeAOfficeRule implements OfficeConfigurationRule {
    private final Rules rules;

    TypeAOfficeRule(Rules rules) {
        this.rules = rules;
    }

    @Override
    public Optional<Violation> check(Map<ServiceType, Integer> capacities, LocalDate date) {
        Integer nonEmployed = capacities.get(ServiceType.TYPE_A_NON_EMPLOYED);
        if (nonEmployed == null) {
            return Optional.empty();
        }
        int employed = capacities.getOrDefault(ServiceType.TYPE_A, 0);
        int max = new TypeAStaffingLimits(rules.on(date)).maxNonEmployed(employed);
        return nonEmployed > max
                ? Optional.of(new Violation(ServiceType.TYPE_A_NON_EMPLOYED, "office.capacity.nonEmployed", nonEmployed, employed, max))
                : Optional.empty();
    }
}
