package jp.tsunagu.planning.events;

import java.time.LocalDate;
import java.util.UUID;

/** A person's service at an office ended (終了), with the reason. */
public record ServiceEnded(UUID tenantId, UUID officeId, UUID personId, LocalDate endedOn, String reason) {
}
