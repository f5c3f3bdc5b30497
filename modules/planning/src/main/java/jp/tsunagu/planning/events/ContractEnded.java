package jp.tsunagu.planning.events;

import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;

/** A usage contract ends on {@code endDate} (its last day of service). */
public record ContractEnded(UUID tenantId, UUID officeId, UUID personId, UUID contractId, ServiceType serviceType,
                            LocalDate endDate) {
}
