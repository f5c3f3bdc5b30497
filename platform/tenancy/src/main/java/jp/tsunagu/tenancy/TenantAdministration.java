package jp.tsunagu.tenancy;

import java.util.Map;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.TenantKind;

/**
 * Creates and updates the current tenant and its offices (used by provisioning from manifests). Each call
 * reports whether it changed anything, so a second run of the same manifest changes nothing.
 */
public interface TenantAdministration {

    /**
     * Creates the current tenant's row or updates it; true when something changed. {@code mfaRequired}: members
     * need a second factor for personal data.
     */
    boolean upsertTenant(TenantKind kind, String name, Prefecture prefecture, boolean mfaRequired);

    /** Creates or updates the office with this office number in the current tenant. */
    Upserted<OfficeId> upsertOffice(String officeNumber, String name, Prefecture prefecture, RegionalClass regionalClass,
                                    Map<ServiceType, Integer> capacities);

    /** The id of a value that was created or updated, and whether anything changed. */
    record Upserted<T>(T id, boolean changed) {
    }
}
