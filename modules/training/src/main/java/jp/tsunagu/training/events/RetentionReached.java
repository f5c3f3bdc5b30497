package jp.tsunagu.training.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.OutboundEvent;
import jp.tsunagu.kernel.TenantId;

/**
 * A person placed by the office was still employed on the 6-month day of the placement ({@code sixMonthDay}, the same
 * calendar day 6 months after hire): the placement counts towards the retention rate of the fiscal years after the
 * one {@code sixMonthDay} falls in. Announced once per placement, on the first write or read of the office's
 * placements or retention rate on or after that day.
 */
public record RetentionReached(TenantId tenantId, OfficeId officeId, PersonId personId, LocalDate hireDate, LocalDate sixMonthDay)
        implements OutboundEvent {
}
