package jp.tsunagu.planning.events;

import java.util.UUID;

/** A person was registered (利用者台帳) for an office. */
public record PersonRegistered(UUID tenantId, UUID officeId, UUID personId) {
}
