package jp.tsunagu.tenancy;

/**
 * Query facade over the current tenant itself, as {@link Offices} is over its offices: read under row-level security,
 * so a tenant sees its own row and no other.
 */
public interface Tenants {

    /**
     * The current tenant's display name (社会福祉法人 アルファ会), as its manifest or a rename set it: the corporation (法人)
     * or municipality (市町村) documents name. Fails without a current tenant; 404 ({@code tenant.notFound}) if its row is
     * not there.
     */
    String currentName();
}
