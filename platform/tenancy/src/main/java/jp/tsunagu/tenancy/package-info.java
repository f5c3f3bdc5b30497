/**
 * Tenancy: tenants (法人・市町村), their offices (事業所) and the isolation that keeps them apart.
 * <p>
 * The tenant of a unit of work is held by {@link jp.tsunagu.tenancy.TenantContext}; every transaction
 * binds it to the database connection ({@code set_config('app.tenant_id', …, true)}) so that PostgreSQL
 * row-level security filters every query, JPA or native. Hibernate's {@code @TenantId} fills the column.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy", allowedDependencies = "kernel")
package jp.tsunagu.tenancy;
