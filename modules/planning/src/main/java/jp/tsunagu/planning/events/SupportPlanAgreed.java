package jp.tsunagu.planning.events;

import java.time.LocalDate;
import java.util.UUID;

/** A version of an individual support plan (個別支援計画) was agreed by the person (同意). */
public record SupportPlanAgreed(UUID tenantId, UUID officeId, UUID personId, UUID planId, int version, LocalDate agreedOn) {
}
