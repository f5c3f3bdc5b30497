package jp.tsunagu.planning.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.api.SupportPlanId;

/** An agreed plan version was handed to the person (交付); monitoring is due from here. */
public record SupportPlanDelivered(TenantId tenantId, OfficeId officeId, PersonId personId, SupportPlanId planId, int version,
                                   LocalDate deliveredOn, LocalDate nextMonitoringDue) implements TenantEvent {
}
