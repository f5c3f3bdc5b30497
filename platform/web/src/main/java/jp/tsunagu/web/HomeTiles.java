package jp.tsunagu.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tsunagu.tenancy.OfficeSummary;

/**
 * What a business module shows on the first screen after login (the shell at {@code /}) for the office chosen there:
 * a few tiles, each saying what needs the user today and linking to the page where it is done. One bean per module.
 * The shell asks only for an office where the module is on, and each tile is offered only to a user who holds the
 * privilege its page needs: the bean checks it with {@link Request#can(String)} (named literally, so that the
 * privileges' test checks the name). A tile that fails to load is shown as unavailable; the others still show.
 */
public interface HomeTiles {

    /** The key of the module whose tiles these are. */
    String module();

    /** The tiles for {@code request}'s office and user, in the order they should show; none when nothing applies. */
    List<HomeTile> tiles(Request request);

    /**
     * One office, today, and what the user may see.
     *
     * @param privileges   the privileges the user holds in the tenant
     * @param personalData whether this login may see personal data (names): false where the tenant requires a second
     *                     factor and the login had none; a tile then shows its figures without its lines
     */
    record Request(OfficeSummary office, LocalDate today, Set<String> privileges, boolean personalData) {
        public Request {
            privileges = Set.copyOf(privileges);
        }

        public boolean can(String privilege) {
            return privileges.contains(privilege);
        }

        /** The path of a page of this office, e.g. {@code path("/planning/monitoring")}. */
        public String path(String below) {
            return "/offices/" + office.id().value() + below;
        }
    }
}
