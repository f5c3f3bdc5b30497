package jp.tsunagu.audit;

/**
 * Records access to and changes of personal data. Must be called inside the transaction that reads or
 * changes the data: the record commits or rolls back with it, and a read whose record cannot be written
 * fails.
 */
public interface AuditTrail {

    void record(AuditEvent event);
}
