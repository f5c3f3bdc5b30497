package jp.tsunagu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.identity.MembershipSummary;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.TenantKind;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the user's memberships (to choose a tenant) and, if one is active, the active one. */
@RestController
class MeController {

    @GetMapping("/api/v1/me")
    Me me(Authentication auth, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<MembershipSummary> all = (List<MembershipSummary>) request.getAttribute(ActiveTenantFilter.MEMBERSHIPS);
        CurrentUser user = CurrentUser.get().orElse(null);
        return new Me(ActiveTenantFilter.usernameOf(auth).orElseThrow(),
                user == null ? null : user.tenant().value(),
                user == null ? Set.of() : user.privileges(),
                all == null ? List.of() : all.stream().map(MembershipView::of).toList());
    }

    record Me(String username, java.util.UUID activeTenant, Set<String> privileges, List<MembershipView> memberships) {
    }

    record MembershipView(java.util.UUID tenant, String tenantName, TenantKind kind, boolean allOffices, Set<java.util.UUID> offices,
                          Set<Role> roles) {
        static MembershipView of(MembershipSummary m) {
            return new MembershipView(m.tenant().value(), m.tenantName(), m.tenantKind(), m.allOffices(),
                    m.offices().stream().map(OfficeId::value).collect(java.util.stream.Collectors.toUnmodifiableSet()), m.roles());
        }
    }
}
