package jp.tsunagu.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.TenantKind;

/** A validated tenant manifest ({@code tenants/*.yaml}). */
record Manifest(String file, TenantId tenantId, TenantKind kind, String name, Prefecture prefecture, boolean mfaRequired,
                List<OfficeEntry> offices, List<UserEntry> users) {

    record OfficeEntry(String number, String name, Prefecture prefecture, RegionalClass regionalClass,
                       Map<ServiceType, Integer> services, List<String> modules) {
    }

    /** A user: Keycloak account data (password only for demo tenants) and the membership. */
    record UserEntry(String username, String email, String firstName, String lastName, String password,
                     boolean allOffices, List<String> offices, Set<Role> roles) {
    }
}
