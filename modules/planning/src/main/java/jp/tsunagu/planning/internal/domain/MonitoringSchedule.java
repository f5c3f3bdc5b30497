package jp.tsunagu.planning.internal.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the next モニタリング is due (PLN-2, a product convention): the same calendar day {@code months} after the
 * last delivery or monitoring, clamped to the month's end; the interval comes from the rules by service type.
 */
public final class MonitoringSchedule {
    private MonitoringSchedule() {
    }

    public static LocalDate nextDue(LocalDate lastDeliveryOrMonitoring, int months) {
        return lastDeliveryOrMonitoring.plusMonths(months); // java.time clamps 01-31 + 3 months to 04-30
    }

    /** Days past the due date on {@code today} (negative: days left). */
    public static long daysOverdue(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(due, today);
    }
}
