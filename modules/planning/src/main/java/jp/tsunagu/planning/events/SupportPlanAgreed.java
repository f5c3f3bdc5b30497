package jp.tsunagu.planning.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.api.SupportPlanId;

/** A version of an individual support plan (個別支援計画) was agreed by the person (同意). */
public record SupportPlanAgreed(TenantId tenantId, OfficeId officeId, PersonId personId, SupportPlanId planId, int version, LocalDate agreedOn) implements TenantEvent {
}
