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

    /**
     * A new office in Tokyo offering 就労移行支援 (capacity 20) and 就労定着支援, with planning, workspace and training on:
     * workspace serves no office that offers 就労定着支援 alone, and a retention service is usually run beside a
     * transition one.
     */
    public static UUID retentionOffice(MockMvc mvc, String admin, String name) throws Exception {
        String number = "13" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = created(mvc, admin, "/api/v1/offices", """
                {"officeNumber": "%s", "name": "%s", "prefecture": "TOKYO", "regionalClass": "GRADE_1",
                 "services": [{"serviceType": "TRANSITION", "capacity": 20}, {"serviceType": "RETENTION", "capacity": 40}]}"""
                .formatted(number, name));
        for (String module : new String[] {"planning", "workspace", "training"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/offices/{o}/modules/{m}", office, module)
                            .header("Authorization", "Bearer " + jp.tsunagu.testsupport.TestTokens.token(admin)))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        }
        return office;
    }

    /**
     * A person of {@code office} with a certificate whose 就労定着支援 decision runs from {@code from} to
     * {@code decisionTo} (原則の日数) and a usage contract for 就労定着支援 from {@code from}; the person's id.
     */
    public static UUID retentionUser(MockMvc mvc, String admin, UUID office, String family, String kana, String from, String decisionTo)
            throws Exception {
        UUID person = created(mvc, admin, "/api/v1/offices/{o}/persons", PlanningFixtures.person(family, "一", kana, "ハジメ"), office);
        UUID certificate = created(mvc, admin, "/api/v1/offices/{o}/persons/{p}/certificates", PlanningFixtures.certificate(
                PlanningFixtures.newNumber(), from, decisionTo, PlanningFixtures.standardDays("RETENTION", from, decisionTo)), office, person);
        created(mvc, admin, "/api/v1/offices/{o}/persons/{p}/contracts", PlanningFixtures.contract(certificate, "RETENTION", from, null, 20),
                office, person);
        return person;
    }

    /** A 就労定着支援 support of {@code person} (hired {@code hired}, supported {@code from} to {@code to}) made through the API; its id. */
    public static UUID retentionSupport(MockMvc mvc, String admin, UUID office, UUID person, String employer, String hired, String from,
                                        String to, boolean consentEmployer) throws Exception {
        return created(mvc, admin, "/api/v1/offices/{o}/training/retention-support", """
                {"personId": "%s", "employer": "%s", "hireDate": "%s", "supportFrom": "%s", "supportTo": "%s", "consentEmployer": %s}"""
                .formatted(person, employer, hired, from, to, consentEmployer), office);
    }
}
