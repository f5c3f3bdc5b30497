package jp.tsunagu.planning;

import static jp.tsunagu.testsupport.ApiRequests.created;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The planning module's test fixtures, for its own tests and for those of the modules that require it: request bodies
 * of a person, a recipient certificate, its decisions and a contract, and a person served by an office (registered,
 * with a certificate for the year from April 2026 and a contract), made through the API as a user would.
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
}
