package jp.tsunagu.planning.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.api.SupportPlanId;

/** A monitoring (モニタリング) of a person's plan was recorded; {@code planChangeNeeded} opened a new draft. */
public record MonitoringRecorded(TenantId tenantId, OfficeId officeId, PersonId personId, SupportPlanId planId, LocalDate monitoredOn,
                                 boolean planChangeNeeded, LocalDate nextMonitoringDue) implements TenantEvent {
}
