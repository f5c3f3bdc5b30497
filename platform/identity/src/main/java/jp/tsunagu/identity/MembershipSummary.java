package jp.tsunagu.identity;

import java.util.Set;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.TenantKind;

/** One membership of a user: a tenant, all its offices or the listed ones, and roles. */
public record MembershipSummary(TenantId tenant, String tenantName, TenantKind tenantKind, boolean mfaRequired,
                                boolean allOffices, Set<OfficeId> offices, Set<Role> roles) {
}
