package jp.tsunagu.tenancy.internal;

import java.util.UUID;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.stereotype.Component;

/**
 * Feeds Hibernate's {@code @TenantId} from the {@link TenantContext}. Without a tenant it answers the nil
 * UUID, which no tenant has: Hibernate then filters to nothing and the database refuses any write.
 */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {
    static final UUID NO_TENANT = new UUID(0, 0);

    /**
     * {@code tsunagu.tenancy.hibernate-filter=false} turns Hibernate's tenant filter off (every tenant is
     * "root" to Hibernate), leaving PostgreSQL's row-level security as the only barrier. Only the access
     * matrix's second run sets it, to prove that RLS alone keeps tenants apart; it is never off otherwise.
     */
    private final boolean hibernateFilter;

    TenantIdentifierResolver(@org.springframework.beans.factory.annotation.Value("${tsunagu.tenancy.hibernate-filter:true}")
                             boolean hibernateFilter) {
        this.hibernateFilter = hibernateFilter;
    }

    @Override
    public boolean isRoot(UUID tenantId) {
        return !hibernateFilter;
    }

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantId::value).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
