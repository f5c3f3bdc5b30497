package jp.tsunagu.modules.internal;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The modules switched on per office as the module guard last read them, for a few seconds: every request to a
 * module's endpoint asks, and at the morning rush that was a transaction of its own per check-in. Kept per tenant
 * (another tenant never gets this tenant's answer). A switch on this instance forgets what it knows at once
 * and again after its commit; on another instance of the application the change takes effect within the lifetime
 * ({@code tsunagu.modules.activation-cache}, 5 s by default; 0 turns the cache off).
 */
@Component
class ActivationCache {
    private record Entry(java.util.Map<UUID, Set<String>> enabled, long loadedAt) { }

    private final long lifetimeNanos;
    /** Per tenant, every office's enabled modules: one read per tenant and lifetime, not one per office. */
    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();

    ActivationCache(@Value("${tsunagu.modules.activation-cache:5s}") Duration lifetime) {
        this.lifetimeNanos = lifetime.toNanos();
    }

    /** The office's enabled modules, with {@code load} reading the tenant's offices when not known or older than the lifetime. */
    Set<String> enabled(OfficeId office, Supplier<java.util.Map<UUID, Set<String>>> load) {
        TenantId tenant = TenantContext.current().orElse(null);
        if (tenant == null || lifetimeNanos <= 0) {
            return load.get().getOrDefault(office.value(), Set.of());
        }
        long now = System.nanoTime();
        Entry entry = entries.get(tenant.value());
        if (entry == null || now - entry.loadedAt() >= lifetimeNanos) {
            entry = new Entry(load.get(), now);
            entries.put(tenant.value(), entry);
        }
        return entry.enabled().getOrDefault(office.value(), Set.of());
    }

    /**
     * Forgets what it knows (switches are rare) now and, inside a transaction, once more when it has ended (a read in
     * between saw the old state).
     */
    void forget() {
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }
}
