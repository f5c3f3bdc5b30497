package jp.tsunagu.wages;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static jp.tsunagu.testsupport.IntegrationTest.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.tsunagu.planning.PlanningFixtures;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wages module's test fixtures, for its own tests and those of modules or the application that need a ledger: an
 * activity and an entry of the production activity ledger, a B型 user, a day worked, a version of the pay rules and a
 * closed run, made through the API as a user would.
 */
public final class WagesFixtures {
    private WagesFixtures() {
    }

    /** A production activity (e.g. 受託作業) of {@code office}; its id. */
    public static UUID activity(MockMvc mvc, String username, UUID office, String name) throws Exception {
        return created(mvc, username, "/api/v1/offices/{o}/wages/activities", """
                {"name": "%s"}""".formatted(name), office);
    }

    /** The body of a ledger entry ({@code category}: SALES, CONTRACT_INCOME, MATERIALS, OUTSOURCING, UTILITIES, STAFF, EQUIPMENT). */
    public static String entry(UUID activity, String category, String voucher, String date, String partner, long amount) {
        return """
                {"activityId": "%s", "category": "%s", "voucherNumber": "%s", "date": "%s", "partner": "%s", "amount": %d}"""
                .formatted(activity, category, voucher, date, partner, amount);
    }

    /** An entry of {@code month} (e.g. 2026-05) in the ledger of {@code office}; its id. */
    public static UUID entered(MockMvc mvc, String username, UUID office, String month, String body) throws Exception {
        return created(mvc, username, "/api/v1/offices/{o}/wages/ledger/{m}/entries", body, office, month);
    }

    /**
     * A B型 user of {@code office}: a person with a certificate valid from {@code from} to {@code to} (原則の日数) and a
     * contract of 20 days from {@code from}; the person's id.
     */
    public static UUID typeBUser(MockMvc mvc, String username, UUID office, String family, String kana, String from, String to)
            throws Exception {
        UUID person = created(mvc, username, "/api/v1/offices/{o}/persons", PlanningFixtures.person(family, "一", kana, "ハジメ"), office);
        UUID certificate = created(mvc, username, "/api/v1/offices/{o}/persons/{p}/certificates", PlanningFixtures.certificate(
                PlanningFixtures.newNumber(), from, to, PlanningFixtures.standardDays("TYPE_B", from, to)), office, person);
        created(mvc, username, "/api/v1/offices/{o}/persons/{p}/contracts", PlanningFixtures.contract(certificate, "TYPE_B", from, null, 20),
                office, person);
        return person;
    }

    /** {@code person} worked at {@code office} on {@code date} from {@code in} to {@code out} with a break of an hour. */
    public static void workedDay(MockMvc mvc, String username, UUID office, UUID person, UUID group, String date, String in, String out)
            throws Exception {
        created(mvc, username, "/api/v1/offices/{o}/workspace/attendance/check-in", """
                {"personId": "%s", "date": "%s", "time": "%s", "groupId": "%s"}""".formatted(person, date, in, group), office);
        mvc.perform(as(username, post("/api/v1/offices/{o}/workspace/attendance/check-out", office).contentType("application/json")
                .content("""
                        {"personId": "%s", "date": "%s", "time": "%s", "breakMinutes": 60}""".formatted(person, date, out))))
                .andExpect(status().isOk());
    }

    /** Closes the month of service records of {@code office}. */
    public static void attendanceClosed(MockMvc mvc, String username, UUID office, String month) throws Exception {
        mvc.perform(as(username, post("/api/v1/offices/{o}/workspace/months/{m}/close", office, month))).andExpect(status().isOk());
    }

    /** Stores the version of the pay rules starting in {@code month} ({@code body}: the rule's JSON). */
    public static void payRule(MockMvc mvc, String username, UUID office, String month, String body) throws Exception {
        mvc.perform(as(username, put("/api/v1/offices/{o}/wages/pay-rules/{m}", office, month).contentType("application/json").content(body)))
                .andExpect(status().isOk());
    }

    /** Closes the monthly run of 工賃 of {@code office} for {@code month} (its service records closed, its pay rules set). */
    public static void runClosed(MockMvc mvc, String username, UUID office, String month) throws Exception {
        mvc.perform(as(username, post("/api/v1/offices/{o}/wages/runs/{m}/close", office, month))).andExpect(status().isOk());
    }

    /** The works office's first pay rules (220 yen an hour, the rest by hours), stored by the first test that needs them. */
    public static final String HOURLY_220 = """
            {"basis": "HOURLY", "ratePerHour": 220, "restBy": "HOURS", "rounding": "TRUNCATE", "note": "工賃規程 第5条"}""";

    /**
     * {@code office}, with its pay rules from 2025-06 ({@link #HOURLY_220}) stored if missing: the wages tests of alpha's works
     * office share them, whichever runs first (a version cannot start in or before a month another test has closed).
     */
    public static java.util.UUID withRulesSince2025June(MockMvc mvc, java.util.UUID office) throws Exception {
        String versions = mvc.perform(as("alpha.admin", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/offices/{o}/wages/pay-rules", office))).andReturn().getResponse().getContentAsString();
        if (!versions.contains("\"2025-06\"")) {
            payRule(mvc, "alpha.admin", office, "2025-06", HOURLY_220);
        }
        return office;
    }
}
