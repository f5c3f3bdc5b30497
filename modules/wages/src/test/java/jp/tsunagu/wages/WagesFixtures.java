package jp.tsunagu.wages;

import static jp.tsunagu.testsupport.ApiRequests.created;

import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wages module's test fixtures, for its own tests and those of modules or the application that need a ledger: an
 * activity and an entry of the production activity ledger, made through the API as a user would.
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
}
