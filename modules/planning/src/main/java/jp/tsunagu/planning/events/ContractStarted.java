package jp.tsunagu.planning.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.api.ContractId;

/** A usage contract (利用契約) of a person with an office for a service type starts on {@code startDate}. */
public record ContractStarted(TenantId tenantId, OfficeId officeId, PersonId personId, ContractId contractId, ServiceType serviceType,
                              LocalDate startDate, int contractedDays) implements TenantEvent {
}
