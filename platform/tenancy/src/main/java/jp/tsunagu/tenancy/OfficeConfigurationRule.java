package jp.tsunagu.tenancy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.kernel.ServiceType;

/**
 * A rule an office's configuration must keep (e.g. the A型 limit on non-employed users, WS-1), implemented by
 * the modules that hold the rule; tenancy asks every one before it stores an office, and refuses with 400
 * naming the service's capacity and the rule.
 */
public interface OfficeConfigurationRule {

    /** The broken rule for these capacities on {@code date}, if any. */
    Optional<Violation> check(Map<ServiceType, Integer> capacities, LocalDate date);

    /** The service whose capacity breaks the rule, the message key and its arguments. */
    record Violation(ServiceType serviceType, String code, Object... args) {
    }
}
