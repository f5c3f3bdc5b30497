package jp.tsunagu.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads that may be served by the streaming-replication standby ({@code tsunagu.db.replica-url}): reports, statistics,
 * dashboards and documents, where a few seconds of lag are harmless. Only what runs through {@link #read} may go there;
 * every other transaction, read-only or not, goes to the primary and sees the writes just made. The work runs in a
 * read-only transaction of the current tenant (bound as everywhere: {@code set_config} works on a standby), which must
 * be its own: called inside a transaction, it joins that one, on the primary. Without a standby, it reads the primary.
 *
 * <p>A read writes nothing but its audit records: those the work makes ({@link #deferToPrimary}) are written on the
 * primary right after the read, in a transaction of their own, before its result is returned; if they cannot be
 * written, the read fails, as when the record and the read shared one transaction.
 *
 * <p>The standby is only a relief for the primary: a read that fails there (what it asks for not replayed yet, such as
 * a month closed a moment ago; a query cancelled by a conflict with recovery; the standby gone) is asked again of the
 * primary, whose answer stands, failure included. The work must therefore be free of other side effects, as a read is.
 */
@Component
public class ReplicaReads {
    private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);

    /** The read under way on this thread: whether it may go to the standby, whether it went, and its deferred writes. */
    private static final ThreadLocal<Attempt> ATTEMPT = new ThreadLocal<>();
    /** The name of a read's transaction: audit records are deferred only in it, not in one started inside it. */
    private static final String TRANSACTION = ReplicaReads.class.getName() + ".read";

    private static final class Attempt {
        private final boolean standby;
        private boolean served;
        private final List<Runnable> writes = new ArrayList<>();

        private Attempt(boolean standby) {
            this.standby = standby;
        }
    }

    private final TransactionTemplate readOnly;
    private final TransactionTemplate writable;

    ReplicaReads(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setName(TRANSACTION);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.writable = new TransactionTemplate(transactions);
    }

    /** {@code work} in a read-only transaction that may read the standby; on a failure there, again on the primary. */
    public <T> T read(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get(); // inside a transaction: it joins that one, on the primary
        }
        Attempt attempt = new Attempt(true);
        T result;
        try {
            result = attempt(attempt, work);
        } catch (RuntimeException e) {
            if (!attempt.served) {
                throw e;
            }
            if (e instanceof jp.tsunagu.kernel.Problem) {
                log.debug("a read on the standby was refused, the primary answers it: {}", e.toString());
            } else {
                log.warn("a read on the standby failed, the primary answers it: {}", e.toString());
            }
            attempt = new Attempt(false);
            try {
                result = attempt(attempt, work);
            } catch (RuntimeException onPrimary) {
                if (onPrimary != e) {
                    onPrimary.addSuppressed(e);
                }
                throw onPrimary;
            }
        }
        List<Runnable> writes = attempt.writes;
        if (!writes.isEmpty()) {
            writable.executeWithoutResult(status -> writes.forEach(Runnable::run));
        }
        return result;
    }

    private <T> T attempt(Attempt attempt, Supplier<T> work) {
        Attempt outer = ATTEMPT.get(); // a read inside a suspended one (NOT_SUPPORTED): the outer's state is kept
        ATTEMPT.set(attempt);
        try {
            return readOnly.execute(status -> work.get());
        } finally {
            if (outer == null) {
                ATTEMPT.remove();
            } else {
                ATTEMPT.set(outer);
            }
        }
    }

    /** Whether the transaction starting on this thread asked for the standby (the data source's routing asks). */
    public static boolean requested() {
        Attempt attempt = ATTEMPT.get();
        return attempt != null && attempt.standby;
    }

    /** Called by the data source's routing when it gave this thread's read a connection to the standby. */
    public static void servedByStandby() {
        Attempt attempt = ATTEMPT.get();
        if (attempt != null) {
            attempt.served = true;
        }
    }

    /**
     * Inside a {@link #read}'s own transaction: keeps {@code write} (an audit record's insert, its values already taken)
     * to run on the primary right after the read, and answers true. Elsewhere (outside a read, or in a transaction of its
     * own started inside one): answers false, and the caller writes at once.
     */
    public static boolean deferToPrimary(Runnable write) {
        Attempt attempt = ATTEMPT.get();
        if (attempt == null || !TRANSACTION.equals(TransactionSynchronizationManager.getCurrentTransactionName())) {
            return false; // outside a read, or in a transaction of its own started inside one: written at once
        }
        attempt.writes.add(write);
        return true;
    }
}
