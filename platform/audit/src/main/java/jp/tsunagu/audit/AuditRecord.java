package jp.tsunagu.audit;

import java.time.Instant;

/** One record of the audit trail, as auditors see it. */
public record AuditRecord(long seq, Instant occurredAt, String username, String officeId, String subjectPersonId,
                          String action, String resource, String resourceId, String requestId, String outcome,
                          String purpose, String details, String hash) {
}
