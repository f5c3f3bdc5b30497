package jp.tsunagu.training.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;

/**
 * A 就労選択支援 assessment of {@code personId} at {@code officeId} was completed on {@code completedOn}: its result
 * (評価及び整理) is final and may be handed over (to the consultation office only with the person's consent, which the
 * result records). Once per assessment.
 */
public record AssessmentCompleted(TenantId tenantId, OfficeId officeId, PersonId personId, LocalDate completedOn) implements TenantEvent {
}
