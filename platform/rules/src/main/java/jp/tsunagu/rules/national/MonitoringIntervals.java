package jp.tsunagu.rules.national;

import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.RuleView;

/** モニタリング: the months between reviews of an individual support plan, by service type. */
public record MonitoringIntervals(RuleView rules) {
    public static final String TABLE = "monitoring-interval";

    public int months(ServiceType type) {
        return rules.row(TABLE, type).integer("months");
    }
}
