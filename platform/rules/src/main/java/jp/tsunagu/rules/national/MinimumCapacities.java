package jp.tsunagu.rules.national;

import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.RuleView;

/** 利用定員の下限: the smallest capacity an office may have, by service type (types not collected fail). */
public record MinimumCapacities(RuleView rules) {
    public static final String TABLE = "minimum-capacity";

    public int of(ServiceType type) {
        return Figures.integer(rules, rules.row(TABLE, type), type.name(), "minCapacity");
    }

    /** Whether {@code capacity} meets the minimum for the service type. */
    public boolean allows(ServiceType type, int capacity) {
        return capacity >= of(type);
    }
}
