package jp.tsunagu.planning.events;

import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;

/** A person was registered (利用者台帳) for an office. */
public record PersonRegistered(TenantId tenantId, OfficeId officeId, PersonId personId) implements TenantEvent {
}
