package jp.tsunagu.training.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.OutboundEvent;
import jp.tsunagu.kernel.TenantId;

/** A 就労移行支援 user of the office was hired (就職) on {@code hireDate}; once per placement recorded. */
public record PlacementMade(TenantId tenantId, OfficeId officeId, PersonId personId, LocalDate hireDate) implements OutboundEvent {
}
