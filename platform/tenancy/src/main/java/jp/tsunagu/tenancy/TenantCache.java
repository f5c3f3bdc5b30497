package jp.tsunagu.tenancy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jp.tsunagu.kernel.TenantId;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a tenant's settings read, kept a few seconds per tenant, for settings that every request of a busy path asks for
 * and that change rarely (module switches, local parameter choices). Another tenant never gets this tenant's value:
 * the key is the current tenant, and the value is loaded inside that tenant's transaction, under row-level security.
 * A change on this instance calls {@link #forget()}, which takes effect at once and again when the changing
 * transaction has ended; on another instance of the application a change takes effect within the lifetime. A
 * lifetime of 0 turns the cache off.
 */
public final class TenantCache<V> {
    private record Entry<V>(V value, long loadedAt) { }

    private final long lifetimeNanos;
    private final ConcurrentHashMap<UUID, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Counts forgets: a value loaded while one happened may be from before the change and is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public TenantCache(Duration lifetime) {
        this.lifetimeNanos = lifetime.toNanos();
    }

    /** The current tenant's value, with {@code load} reading it when not known or older than the lifetime. */
    public V get(Supplier<V> load) {
        TenantId tenant = TenantContext.current().orElse(null);
        if (tenant == null || lifetimeNanos <= 0 || TransactionSynchronizationManager.hasResource(this)) {
            return load.get(); // and in the transaction that changed the value, its own uncommitted state, kept by nobody
        }
        long now = System.nanoTime();
        Entry<V> entry = entries.get(tenant.value());
        if (entry == null || now - entry.loadedAt() >= lifetimeNanos) {
            long before = generation.get();
            entry = new Entry<>(load.get(), now);
            if (generation.get() == before) {
                entries.put(tenant.value(), entry);
            }
        }
        return entry.value();
    }

    /**
     * Forgets every tenant's value (changes are rare) now and, inside a transaction, once more when it has ended: a read
     * in between saw the state before the change.
     */
    public void forget() {
        generation.incrementAndGet();
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TenantCache.this);
                    generation.incrementAndGet();
                    entries.clear();
                }
            });
        }
    }
}
