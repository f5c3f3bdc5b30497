package jp.tsunagu.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.identity.Member;
import jp.tsunagu.kernel.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Memberships of the current tenant, for tenant admins: who may see which offices in which roles. Every
 * change is audited; a change that would leave the tenant without a tenant admin is refused (409).
 */
@jp.tsunagu.kernel.PersonalData
@RestController
@RequestMapping("/api/v1/memberships")
class MembershipController {
    private final MembershipService memberships;

    MembershipController(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity:membership.read')")
    List<Member> list() {
        return memberships.members();
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasAuthority('identity:membership.manage')")
    Member assign(@PathVariable String username, @Valid @RequestBody AssignRequest request) {
        return memberships.assign(username, Boolean.TRUE.equals(request.allOffices()), request.offices(),
                Set.copyOf(request.roles()));
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('identity:membership.manage')")
    void remove(@PathVariable String username) {
        memberships.remove(username);
    }

    record AssignRequest(Boolean allOffices, @Size(max = 200) List<@NotNull UUID> offices,
                         @NotEmpty @Size(max = 8) List<@NotNull Role> roles) {
    }
}
