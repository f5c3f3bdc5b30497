package jp.tsunagu.tenancy;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values by key, each kept for a lifetime, for what a busy path asks on every request and what changes rarely. A
 * change on this instance calls {@link #forget()}, which takes effect at once and again when the changing transaction
 * has ended; a cache made by {@link SharedCaches} also tells the other instances of the application (a notification
 * sent in the changing transaction, delivered when it commits), a plain one leaves them to the lifetime. Inside the transaction
 * that made a change, reads go to the loader (its own uncommitted state, kept by nobody). A lifetime of 0 turns the
 * cache off. The caller chooses the key: {@link TenantCache} keys by the current tenant.
 */
public final class ShortLivedCache<K, V> {
    /** A value, when it was loaded, and the generation it was loaded in (a later forget makes it a miss). */
    private record Entry<V>(V value, long loadedAt, long generation) { }

    private final long lifetimeNanos;
    private final java.util.function.LongSupplier nanoTime;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Counts forgets: a value loaded while one happened may be from before the change and is not kept. */
    private final AtomicLong generation = new AtomicLong();
    /** Tells the other instances that this cache must forget (null: a cache of this instance only). */
    private final Runnable announce;

    public ShortLivedCache(Duration lifetime) {
        this(lifetime, System::nanoTime, null);
    }

    ShortLivedCache(Duration lifetime, java.util.function.LongSupplier nanoTime) {
        this(lifetime, nanoTime, null);
    }

    ShortLivedCache(Duration lifetime, java.util.function.LongSupplier nanoTime, Runnable announce) {
        this.lifetimeNanos = lifetime.toNanos();
        this.nanoTime = nanoTime;
        this.announce = announce;
    }

    /** The value for {@code key}, with {@code load} reading it when not known or older than the lifetime. */
    public V get(K key, Supplier<V> load) {
        if (key == null || lifetimeNanos <= 0 || TransactionSynchronizationManager.hasResource(this)) {
            return load.get();
        }
        long now = nanoTime.getAsLong();
        long current = generation.get();
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.generation() != current || now - entry.loadedAt() >= lifetimeNanos) {
            // loaded in this generation: if a forget happens meanwhile, even a put after its clear is a miss
            entry = new Entry<>(load.get(), now, current);
            entries.put(key, entry);
        }
        return entry.value();
    }

    /**
     * Forgets every value (changes are rare) now and, inside a transaction, once more when it has ended: a read in
     * between saw the state before the change. A shared cache also tells the other instances, on commit.
     */
    public void forget() {
        generation.incrementAndGet();
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ShortLivedCache.this);
                    generation.incrementAndGet();
                    entries.clear();
                }
            });
        }
        if (announce != null) {
            announce.run();
        }
    }

    /** Forgets every value now, on this instance only: another instance's change, announced to this one. */
    void forgetHere() {
        generation.incrementAndGet();
        entries.clear();
    }
}
