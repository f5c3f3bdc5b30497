package jp.tsunagu.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.identity.Member;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.tenancy.Offices;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
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
    private final Offices offices;

    MembershipController(MembershipService memberships, Offices offices) {
        this.memberships = memberships;
        this.offices = offices;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity:membership.read')")
    List<Member> list() {
        return memberships.members();
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasAuthority('identity:membership.manage')")
    @Transactional
    Member assign(@PathVariable @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}") String username,
                          @Valid @RequestBody AssignRequest request) {
        boolean all = Boolean.TRUE.equals(request.allOffices());
        List<UUID> listed = request.offices() == null ? List.of() : request.offices();
        if (all == !listed.isEmpty()) {
            throw new Problem.Invalid("offices", "membership.scope");
        }
        Set<OfficeId> scope = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            OfficeId office = new OfficeId(listed.get(i));
            if (offices.find(office).isEmpty()) {
                throw new Problem.Invalid("offices[" + i + "]", "membership.unknownOffice", listed.get(i));
            }
            scope.add(office);
        }
        memberships.upsert(username, all, scope, Set.copyOf(request.roles()));
        return new Member(MembershipService.normalize(username), all, scope.stream().map(OfficeId::value).sorted().toList(),
                request.roles().stream().distinct().sorted().toList());
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
