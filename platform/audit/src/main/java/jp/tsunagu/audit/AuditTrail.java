package jp.tsunagu.audit;

/**
 * Records access to and changes of personal data. Must be called inside the transaction that reads or
 * changes the data: the record commits or rolls back with it, and a read whose record cannot be written
 * fails.
 */
public interface AuditTrail {

    void record(AuditEvent event);

    /**
     * Appends the events' records in one round trip to the database, in the order of their chains (each office's,
     * then the tenant's) and within a chain in the order given, so that two transactions that append to several chains
     * this way never wait for each other in a circle (other locks they take are the caller's to order). Same
     * transaction rules as {@link #record}.
     */
    void recordAll(java.util.List<AuditEvent> events);

    /** The current thread's user, request id and stated purpose, for {@link AuditEvent#by}. */
    AuditActor actor();
}
