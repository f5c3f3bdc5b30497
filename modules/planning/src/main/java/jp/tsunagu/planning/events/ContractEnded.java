package jp.tsunagu.planning.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.api.ContractId;

/** A usage contract ends on {@code endDate} (its last day of service). */
public record ContractEnded(TenantId tenantId, OfficeId officeId, PersonId personId, ContractId contractId, ServiceType serviceType,
                            LocalDate endDate) implements TenantEvent {
}
