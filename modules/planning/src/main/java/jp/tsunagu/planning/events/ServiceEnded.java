package jp.tsunagu.planning.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;

/** A person's service at an office ended (終了), with the reason. */
public record ServiceEnded(TenantId tenantId, OfficeId officeId, PersonId personId, LocalDate endedOn, String reason) implements TenantEvent {
}
