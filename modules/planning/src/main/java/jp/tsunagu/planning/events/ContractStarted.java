package jp.tsunagu.planning.events;

import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;

/** A usage contract (利用契約) of a person with an office for a service type starts on {@code startDate}. */
public record ContractStarted(UUID tenantId, UUID officeId, UUID personId, UUID contractId, ServiceType serviceType,
                              LocalDate startDate, int contractedDays) {
}
