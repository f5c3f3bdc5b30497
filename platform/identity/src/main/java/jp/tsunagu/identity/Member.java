package jp.tsunagu.identity;

import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.Role;

/** A member of the current tenant: all offices or the listed ones, and roles. */
public record Member(String username, boolean allOffices, List<UUID> offices, List<Role> roles) {
}
