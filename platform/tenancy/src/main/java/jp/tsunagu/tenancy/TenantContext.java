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

    /**
     * The current tenant, to be carried to work that another thread does for this one ({@link Carried#call}): business
     * code can hand on the tenant it works for, never choose one.
     */
    public static Carried carry() {
        return new Carried(require());
    }

    /** A tenant taken from a thread that works for it ({@link #carry}); equal when the tenant is. */
    public static final class Carried {
        private final TenantId tenant;

        private Carried(TenantId tenant) {
            this.tenant = tenant;
        }

        /** Runs {@code work} for the carried tenant and restores whatever was set before. */
        public <T> T call(Supplier<T> work) {
            return callAs(tenant, work);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Carried c && c.tenant.equals(tenant);
        }

        @Override
        public int hashCode() {
            return tenant.hashCode();
        }

        @Override
        public String toString() {
            return tenant.toString();
        }
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
