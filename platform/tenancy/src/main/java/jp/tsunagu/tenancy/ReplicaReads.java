package jp.tsunagu.tenancy;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads that may be served by the streaming-replication standby ({@code tsunagu.db.replica-url}): reports, statistics
 * and dashboards, where a few seconds of lag are harmless. Only what runs through {@link #read} may go there; every
 * other transaction, read-only or not, goes to the primary and sees the writes just made. The work runs in a read-only
 * transaction of the current tenant (bound as everywhere: {@code set_config} works on a standby), which must be its
 * own: called inside a transaction, it joins that one, on the primary. Nothing in it may write, audit records
 * included: a caller audits after it, in a transaction of its own. Without a standby configured, it reads the primary.
 */
@Component
public class ReplicaReads {
    private static final ThreadLocal<Boolean> REQUESTED = new ThreadLocal<>();

    private final TransactionTemplate readOnly;

    ReplicaReads(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** {@code work} in a read-only transaction that may read the standby. */
    public <T> T read(Supplier<T> work) {
        Boolean outer = REQUESTED.get();
        REQUESTED.set(Boolean.TRUE);
        try {
            return readOnly.execute(status -> work.get());
        } finally {
            if (outer == null) {
                REQUESTED.remove();
            }
        }
    }

    /** Whether the transaction starting on this thread asked for the standby (the data source's routing asks). */
    public static boolean requested() {
        return Boolean.TRUE.equals(REQUESTED.get());
    }
}
