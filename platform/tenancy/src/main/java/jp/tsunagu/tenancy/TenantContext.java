package jp.tsunagu.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import jp.tsunagu.kernel.TenantId;

/**
 * The tenant the current thread works for. Set by the platform (the request filter after the membership
 * check, provisioning, event listeners that restore it from the event), never by business code and never
 * from an unchecked header. Without a tenant, every tenant-owned query returns zero rows.
 */
public final class TenantContext {
    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or a failure: work that needs a tenant never falls back to a default one. */
    public static TenantId require() {
        TenantId id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("no tenant is set for this unit of work");
        }
        return id;
    }

    /** Runs {@code work} for {@code tenant} and restores whatever was set before. */
    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = CURRENT.get();
        CURRENT.set(java.util.Objects.requireNonNull(tenant, "tenant"));
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Opens a scope for a request; closing it clears the tenant. */
    public static Scope open(TenantId tenant) {
        TenantId previous = CURRENT.get();
        CURRENT.set(java.util.Objects.requireNonNull(tenant, "tenant"));
        return () -> restore(previous);
    }

    private static void restore(TenantId previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** A tenant scope; {@link #close()} restores the previous state. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
