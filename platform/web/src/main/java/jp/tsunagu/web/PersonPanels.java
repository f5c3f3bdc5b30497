package jp.tsunagu.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.OfficeSummary;

/**
 * What a business module shows on a person's page (planning's, the one place a person is looked up) for the office
 * it is opened under: a few panels in the shape of the first screen's tiles ({@link HomeTile}), saying what the module
 * knows that needs attention (the end of a usage period, say) and linking to its own page. One bean per module; asked
 * only where the module is on at the office, each panel offered only to a user holding the privilege its page needs
 * ({@link Request#can(String)}, named literally). A panel that fails to load is shown as unavailable; the page still
 * shows. The person's page is personal data already: a panel may name the person's dates.
 */
public interface PersonPanels {

    /** The key of the module whose panels these are. */
    String module();

    /** The panels for {@code request}'s office, person and user, in the order they should show; none when nothing applies. */
    List<HomeTile> panels(Request request);

    /** One office, one person, today, the user's privileges and language (for a line's own text). */
    record Request(OfficeSummary office, PersonId person, LocalDate today, Set<String> privileges, java.util.Locale locale) {
        public Request {
            privileges = Set.copyOf(privileges);
        }

        public boolean can(String privilege) {
            return privileges.contains(privilege);
        }

        /** The path of a page of this office, e.g. {@code path("/training/periods/" + person)}. */
        public String path(String below) {
            return "/offices/" + office.id().value() + below;
        }
    }
}
