package jp.tsunagu.kernel;

/**
 * An event that belongs to a tenant and one of its offices. A listener declared with Spring Modulith's
 * {@code @ApplicationModuleListener} runs with this tenant bound by the platform; an event without a tenant is
 * refused, never handled under a default one.
 */
public interface TenantEvent {

    /** The tenant the event happened in; never null. */
    TenantId tenantId();

    /** The office the event happened in; never null. */
    OfficeId officeId();
}
