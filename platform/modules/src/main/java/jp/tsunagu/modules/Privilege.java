package jp.tsunagu.modules;

import java.util.Set;
import jp.tsunagu.kernel.Role;

/**
 * A named privilege such as {@code planning:plan.approve}; checks are made on privileges, never on roles.
 *
 * @param key         {@code <module>:<resource>.<action>}
 * @param grantedTo   the roles that hold it
 */
public record Privilege(String key, String descriptionJa, String descriptionEn, Set<jp.tsunagu.kernel.Role> grantedTo) {
    public Privilege {
        if (key == null || !key.matches("[a-z][a-z0-9-]*:[a-z][a-zA-Z0-9-]*\\.[a-z][a-zA-Z0-9-]*")) {
            throw new IllegalArgumentException("a privilege key looks like module:resource.action, not " + key);
        }
        grantedTo = Set.copyOf(grantedTo);
    }

    public boolean grantedTo(Role role) {
        return grantedTo.contains(role);
    }
}
