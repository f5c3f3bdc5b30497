package jp.tsunagu.planning.events;

import java.time.LocalDate;
import java.util.UUID;

/** An agreed plan version was handed to the person (交付); monitoring is due from here. */
public record SupportPlanDelivered(UUID tenantId, UUID officeId, UUID personId, UUID planId, int version,
                                   LocalDate deliveredOn, LocalDate nextMonitoringDue) {
}
