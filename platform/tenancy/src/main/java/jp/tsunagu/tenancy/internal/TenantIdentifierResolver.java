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

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantId::value).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
