package jp.tsunagu.identity;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Role;

/** Memberships of the current tenant (used by provisioning and the admin API). */
public interface Memberships {

    /** Creates or updates the membership of {@code username} in the current tenant; true when something changed. */
    boolean upsert(String username, boolean allOffices, Set<OfficeId> offices, Set<Role> roles);

    /**
     * Checks and applies an assignment from a person (API or page): a well-formed username, at least one role,
     * either all offices or a list of this tenant's offices. Refusals name the field (400) or the conflict
     * (409, the last tenant admin); the result is the member as stored.
     */
    Member assign(String username, boolean allOffices, List<java.util.UUID> offices, Set<Role> roles);

    /** Every member of the current tenant, ordered by username. */
    List<Member> members();

    /** Removes a member of the current tenant (404 if none); refused (409) when it would leave no tenant admin. */
    void remove(String username);

    /** The memberships of {@code username} in every tenant (no tenant needs to be set). */
    List<MembershipSummary> of(String username);
}
