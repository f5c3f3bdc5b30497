package jp.tsunagu.planning;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.testsupport.TestTokens;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The planning module's test fixtures, for its own tests and for those of the modules that require it: request bodies
 * of a person, a recipient certificate, its decisions and a contract, and a person served by an office (registered,
 * with a certificate for the year from April 2026 and a contract), and a support plan through its cycle to delivery,
 * made through the API as a user would.
 */
public final class PlanningFixtures {
    private PlanningFixtures() {
    }

    public static String person(String family, String given, String familyKana, String givenKana) {
        return """
                {"familyName": "%s", "givenName": "%s", "familyNameKana": "%s", "givenNameKana": "%s",
                 "birthDate": "1990-05-01", "phone": "03-1234-5678", "supportLevel": "LEVEL_3",
                 "emergencyContacts": [{"name": "山田 花子", "relation": "母", "phone": "090-1111-2222"}],
                 "disabilityCertificates": [{"kind": "MENTAL", "grade": "2", "validUntil": "2027-03-31"}]}"""
                .formatted(family, given, familyKana, givenKana);
    }

    public static String newNumber() {
        return "9" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    public static String certificate(String number, String validFrom, String validTo, String decisions) {
        return """
                {"certificateNumber": "%s", "municipalityCode": "131016", "municipalityName": "千代田区",
                 "validFrom": "%s", "validTo": "%s", "monthlyCopayCap": 9300, "decisions": [%s]}"""
                .formatted(number, validFrom, validTo, decisions);
    }

    public static String standardDays(String serviceType, String from, String to) {
        return """
                {"serviceType": "%s", "amountKind": "STANDARD_DAYS", "periodFrom": "%s", "periodTo": "%s"}"""
                .formatted(serviceType, from, to);
    }

    public static String contract(UUID certificate, String serviceType, String start, String end, int days) {
        return """
                {"serviceType": "%s", "startDate": "%s", %s "contractedDays": %d, "certificateId": "%s"}"""
                .formatted(serviceType, start, end == null ? "" : "\"endDate\": \"" + end + "\",", days, certificate);
    }

    /**
     * A person of {@code office} with a certificate (原則の日数 of {@code serviceType} for the year from April 2026, number
     * {@code number}) and a contract of 20 days from 2026-04-01, made through the API by {@code username}.
     */
    public static UUID servedPerson(MockMvc mvc, String username, UUID office, String family, String kana, String serviceType,
                                    String number) throws Exception {
        UUID person = created(mvc, username, "/api/v1/offices/{o}/persons", person(family, "一", kana, "ハジメ"), office);
        UUID certificate = created(mvc, username, "/api/v1/offices/{o}/persons/{p}/certificates",
                certificate(number, "2026-04-01", "2027-03-31", standardDays(serviceType, "2026-04-01", "2027-03-31")), office, person);
        created(mvc, username, "/api/v1/offices/{o}/persons/{p}/contracts", contract(certificate, serviceType, "2026-04-01", null, 20),
                office, person);
        return person;
    }

    /** A support plan of {@code person} for {@code serviceType}, its first version a draft, made through the API; the plan's id. */
    public static UUID draftPlan(MockMvc mvc, String username, UUID office, UUID person, String serviceType, java.time.LocalDate goalsBy)
            throws Exception {
        return created(mvc, username, "/api/v1/offices/{o}/persons/{p}/plans", """
                {"serviceType": "%s", "content": {"personWishes": "作業を続けたい", "longTermGoal": "一般就労",
                 "shortTermGoals": [{"goal": "週4日通所する", "targetDate": "%s"}],
                 "items": [{"priority": 1, "need": "生活リズム", "goal": "遅刻をなくす", "content": "朝の声かけ", "frequency": "毎日",
                            "personRole": "目覚ましを使う", "staffInCharge": "佐藤", "evaluationDate": "%s"}]}}"""
                .formatted(serviceType, goalsBy, goalsBy), office, person);
    }

    /**
     * A support plan of {@code person} for {@code serviceType} through meeting and consent (two days and one day before)
     * to its delivery on {@code deliveredOn}, made through the API by {@code username}; the plan's id.
     */
    public static UUID deliveredPlan(MockMvc mvc, String username, UUID office, UUID person, String serviceType,
                                     java.time.LocalDate deliveredOn) throws Exception {
        UUID plan = draftPlan(mvc, username, office, person, serviceType, deliveredOn.plusMonths(6));
        step(mvc, username, office, plan, "meeting", """
                {"heldOn": "%s", "attendees": ["佐藤 誠 (サービス管理責任者)", "本人"], "personAttended": true, "opinions": "本人の希望どおり"}"""
                .formatted(deliveredOn.minusDays(2)));
        step(mvc, username, office, plan, "consent", """
                {"agreedBy": "本人", "relation": "本人", "agreedOn": "%s", "method": "SIGNED_PAPER"}""".formatted(deliveredOn.minusDays(1)));
        step(mvc, username, office, plan, "delivery", """
                {"deliveredOn": "%s", "specialistCopyOn": "%s"}""".formatted(deliveredOn, deliveredOn));
        return plan;
    }

    private static void step(MockMvc mvc, String username, UUID office, UUID plan, String step, String body) throws Exception {
        mvc.perform(post("/api/v1/offices/{o}/plans/{p}/versions/1/" + step, office, plan)
                        .header("Authorization", "Bearer " + TestTokens.token(username)).contentType("application/json").content(body))
                .andExpect(status().isOk());
    }
}
