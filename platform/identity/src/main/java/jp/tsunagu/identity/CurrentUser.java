package jp.tsunagu.identity;

import java.util.Optional;
import java.util.Set;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.TenantId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user of the current request in the active tenant: built from the membership on every request.
 */
public record CurrentUser(String username, TenantId tenant, String tenantName, boolean allOffices,
                          Set<OfficeId> offices, Set<Role> roles, Set<String> privileges, boolean mfaRequired,
                          boolean secondFactor) {

    /** Whether this login may reach personal data: the tenant needs no second factor, or the login used one. */
    public boolean mayReadPersonalData() {
        return !mfaRequired || secondFactor;
    }

    public boolean covers(OfficeId office) {
        return allOffices || offices.contains(office);
    }

    public boolean can(String privilege) {
        return privileges.contains(privilege);
    }

    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getDetails() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
