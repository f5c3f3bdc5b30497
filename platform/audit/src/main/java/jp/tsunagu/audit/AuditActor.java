package jp.tsunagu.audit;

/**
 * Who acts, in which request and for what stated purpose: what the trail records of the thread that serves a
 * request, taken there ({@link AuditTrail#actor()}) for work that another thread finishes.
 */
public record AuditActor(String username, String requestId, String purpose) {
}
