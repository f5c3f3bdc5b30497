package jp.tsunagu.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.modules.ModuleRegistry;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/** Every privilege (platform and modules) and which roles hold it. */
@Component
class PrivilegeCatalog {
    private final List<Privilege> privileges;

    PrivilegeCatalog(ModuleRegistry modules) {
        this.privileges = Stream.concat(PlatformPrivileges.ALL.stream(),
                modules.all().stream().flatMap(m -> m.privileges().stream())).toList();
    }

    Set<String> privilegesOf(Set<Role> roles) {
        Set<String> result = new TreeSet<>();
        for (Privilege p : privileges) {
            if (roles.stream().anyMatch(p::grantedTo)) {
                result.add(p.key());
            }
        }
        return Set.copyOf(result);
    }

    List<Privilege> all() {
        return privileges;
    }
}
