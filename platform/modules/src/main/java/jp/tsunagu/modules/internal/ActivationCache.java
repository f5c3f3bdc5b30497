package jp.tsunagu.modules.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.TenantCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The modules switched on per office as the module guard last read them, for a few seconds: every request to a
 * module's endpoint asks, and at the morning rush that was a transaction of its own per check-in. Kept per tenant
 * (another tenant never gets this tenant's answer). A switch on this instance forgets what it knows at once
 * and again after its commit; the other instances of the application forget theirs when it commits (SharedCaches), or
 * at the latest after the lifetime
 * ({@code tsunagu.modules.activation-cache}, 5 s by default; 0 turns the cache off).
 */
@Component
class ActivationCache {
    /** Per tenant, every office's enabled modules: one read per tenant and lifetime, not one per office. */
    private final TenantCache<Map<UUID, Set<String>>> cache;

    ActivationCache(jp.tsunagu.tenancy.SharedCaches caches, @Value("${tsunagu.modules.activation-cache:5s}") Duration lifetime) {
        this.cache = caches.perTenant("modules.activations", lifetime);
    }

    /** The office's enabled modules, with {@code load} reading the tenant's offices when not known or older than the lifetime. */
    Set<String> enabled(OfficeId office, Supplier<Map<UUID, Set<String>>> load) {
        return cache.get(load).getOrDefault(office.value(), Set.of());
    }

    /** Forgets what it knows, now and once more after the switching transaction. */
    void forget() {
        cache.forget();
    }
}
