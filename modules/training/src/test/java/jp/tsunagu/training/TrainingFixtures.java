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
     * A person of {@code office} with a 就労移行支援 decision and contract from {@code firstDay} for a year and that day
     * recorded as the first day of use, so that a placement may be recorded on any later day; the person's id.
     */
    public static UUID placeablePerson(MockMvc mvc, String admin, UUID office, String family, String kana, String firstDay) throws Exception {
        UUID person = transitionUser(mvc, admin, office, family, kana, firstDay,
                java.time.LocalDate.parse(firstDay).plusYears(1).minusDays(1).toString());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/offices/{o}/training/periods/{p}", office, person)
                        .header("Authorization", "Bearer " + jp.tsunagu.testsupport.TestTokens.token(admin))
                        .contentType("application/json").content("{\"firstDay\": \"" + firstDay + "\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        return person;
    }

    /** The JSON of a hire at 株式会社つなぐ物流 (20 hours a week, 1,250 yen an hour), with its end when {@code endedOn} is given. */
    public static String hire(UUID person, String hireDate, String endedOn) {
        return """
                {"personId": "%s", "companyName": "株式会社つなぐ物流", "companyContact": "人事部 佐藤", "hireDate": "%s",
                 "hoursPerWeek": 20, "wageKind": "HOURLY", "wageYen": 1250, "job": "倉庫内の軽作業", "disclosure": "OPEN"%s}"""
                .formatted(person, hireDate, endedOn == null ? "" : ", \"endedOn\": \"" + endedOn + "\", \"endReason\": \"体調不良による退職\"");
    }

    /** A placement recorded through the API; its id. */
    public static UUID placement(MockMvc mvc, String admin, UUID office, UUID person, String hireDate, String endedOn) throws Exception {
        return created(mvc, admin, "/api/v1/offices/{o}/training/placements", hire(person, hireDate, endedOn), office);
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
