package jp.tsunagu.tenancy;

import jp.tsunagu.kernel.TenantId;

/**
 * A tenant was created or its name, kind or second-factor requirement changed: published synchronously inside the
 * changing transaction, so that what others keep of the tenant (the membership lookups) is forgotten.
 */
public record TenantChanged(TenantId tenant) {
}
