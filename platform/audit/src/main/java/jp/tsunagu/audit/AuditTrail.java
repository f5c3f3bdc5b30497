package jp.tsunagu.audit;

/**
 * Records access to and changes of personal data. Must be called inside the transaction that reads or
 * changes the data: the record commits or rolls back with it, and a read whose record cannot be written
 * fails.
 */
public interface AuditTrail {

    void record(AuditEvent event);

    /**
     * Runs one write of the caller ({@code statement}, a single SQL statement with positional {@code arguments}) and
     * appends the event's record after it, both in one round trip to the database: for the busiest audited write (a
     * check-in), where each round trip is a noticeable part of the request. Same transaction rules as
     * {@link #record}; if the statement fails, no record is appended. Returns the rows the statement changed.
     */
    int recordWith(AuditEvent event, String statement, Object... arguments);
}
