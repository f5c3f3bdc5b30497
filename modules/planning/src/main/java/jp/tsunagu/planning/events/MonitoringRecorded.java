package jp.tsunagu.planning.events;

import java.time.LocalDate;
import java.util.UUID;

/** A monitoring (モニタリング) of a person's plan was recorded; {@code planChangeNeeded} opened a new draft. */
public record MonitoringRecorded(UUID tenantId, UUID officeId, UUID personId, UUID planId, LocalDate monitoredOn,
                                 boolean planChangeNeeded, LocalDate nextMonitoringDue) {
}
