package jp.tsunagu.tenancy;

import java.util.Set;
import jp.tsunagu.kernel.OfficeId;

/**
 * Which offices of the current tenant the current user may see: all of them for tenant-wide
 * memberships, or the listed ones. Implemented by the identity module from the membership; an office
 * outside the scope answers 404, exactly like one that does not exist.
 */
public interface OfficeScope {

    boolean allOffices();

    Set<OfficeId> offices();

    default boolean covers(OfficeId office) {
        return allOffices() || offices().contains(office);
    }
}
