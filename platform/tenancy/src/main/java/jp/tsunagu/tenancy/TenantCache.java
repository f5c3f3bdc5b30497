package jp.tsunagu.tenancy;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import jp.tsunagu.kernel.TenantId;

/**
 * What a tenant's settings read, kept a few seconds per tenant, for settings that every request of a busy path asks for
 * and that change rarely (module switches, local parameter choices). Another tenant never gets this tenant's value:
 * the key is the current tenant, and the value is loaded inside that tenant's transaction, under row-level security.
 * Forgetting and lifetimes are those of {@link ShortLivedCache}; with no current tenant nothing is kept.
 */
public final class TenantCache<V> {
    private final ShortLivedCache<UUID, V> byTenant;

    public TenantCache(Duration lifetime) {
        this(new ShortLivedCache<>(lifetime));
    }

    TenantCache(ShortLivedCache<UUID, V> byTenant) {
        this.byTenant = byTenant;
    }

    /** The current tenant's value, with {@code load} reading it when not known or older than the lifetime. */
    public V get(Supplier<V> load) {
        return byTenant.get(TenantContext.current().map(TenantId::value).orElse(null), load);
    }

    /** Forgets every tenant's value, now and when the changing transaction has ended ({@link ShortLivedCache#forget}). */
    public void forget() {
        byTenant.forget();
    }
}
