package jp.tsunagu.tenancy.internal;

import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TenantDirectory implements Tenants {
    private final TenantRepository tenants;

    TenantDirectory(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    public String currentName() {
        return tenants.findById(TenantContext.require().value()).map(Tenant::name)
                .orElseThrow(() -> new Problem.NotFound("tenant.notFound"));
    }
}
