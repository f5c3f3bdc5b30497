package jp.tsunagu.planning.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;

/**
 * A person's service at an office ended (終了), with the reason (a {@code ServiceEnd.Reason} name) and the note recorded
 * with it (the person's own words, where the office wrote them; null when none).
 */
public record ServiceEnded(TenantId tenantId, OfficeId officeId, PersonId personId, LocalDate endedOn, String reason, String note)
        implements TenantEvent {
}
