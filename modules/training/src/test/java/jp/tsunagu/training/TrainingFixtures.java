package jp.tsunagu.training;

import static jp.tsunagu.testsupport.ApiRequests.created;

import java.util.UUID;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.springframework.test.web.servlet.MockMvc;

/** What the training module's tests (and the application's) set up through the API, as a user would. */
public final class TrainingFixtures {
    private TrainingFixtures() {
    }

    /** A new office in Tokyo offering 就労移行支援 (capacity 20), with planning, workspace and training on. */
    public static UUID transitionOffice(MockMvc mvc, String admin, String name) throws Exception {
        return PlatformFixtures.office(mvc, admin, name, "TRANSITION", "planning", "workspace", "training");
    }

    /**
     * A person of {@code office} with a certificate whose 就労移行支援 decision runs from {@code from} to
     * {@code decisionTo} (原則の日数) and a usage contract from {@code from}; the person's id.
     */
    public static UUID transitionUser(MockMvc mvc, String admin, UUID office, String family, String kana, String from, String decisionTo)
            throws Exception {
        UUID person = created(mvc, admin, "/api/v1/offices/{o}/persons", PlanningFixtures.person(family, "一", kana, "ハジメ"), office);
        UUID certificate = created(mvc, admin, "/api/v1/offices/{o}/persons/{p}/certificates", PlanningFixtures.certificate(
                PlanningFixtures.newNumber(), from, decisionTo, PlanningFixtures.standardDays("TRANSITION", from, decisionTo)), office, person);
        created(mvc, admin, "/api/v1/offices/{o}/persons/{p}/contracts", PlanningFixtures.contract(certificate, "TRANSITION", from, null, 20),
                office, person);
        return person;
    }
}
