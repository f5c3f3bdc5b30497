package jp.tsunagu.claims;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the claims module's integration tests share: requests with a user, a B型 office of BL-2's kind, a month of records. */
abstract class ClaimsIntegrationTest extends IntegrationTest {
    static final String CLAIMS = "/api/v1/offices/{o}/claims";

    String json(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    /** A B型 office of capacity 20 in a 6級地 with planning, workspace and claims on (BL-1's and BL-2's office). */
    UUID office(String name) throws Exception {
        return office(name, "planning", "workspace", "claims");
    }

    UUID office(String name, String... modules) throws Exception {
        String number = "13" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = created(mvc, "alpha.admin", "/api/v1/offices", """
                {"officeNumber": "%s", "name": "%s", "prefecture": "TOKYO", "regionalClass": "GRADE_6",
                 "services": [{"serviceType": "TYPE_B", "capacity": 20}]}""".formatted(number, name));
        for (String module : modules) {
            json("alpha.admin", put("/api/v1/offices/{o}/modules/{m}", office, module), 200);
        }
        return office;
    }

    /** BL-2's claim profile from June 2026: B型 (Ⅱ), capacity 20, tier T7, in scope of the revision, 処遇改善 (Ⅰ)イ. */
    void bl2Profile(UUID office) throws Exception {
        json("alpha.admin", body(post(CLAIMS + "/profiles", office), """
                {"serviceType": "TYPE_B", "effectiveMonth": "2026-06", "staffing": "II", "capacity": 20, "kouchinTier": "T7",
                 "revisionStatus": "IN_SCOPE", "payImprovement": "I_A"}"""), 201);
    }

    /**
     * A day of use on 2026-04-20, more than 30 days before June and less than 3 months: the person's period of use began
     * then, so June has no 初期加算 (BL-2's person came in May already).
     */
    void usedSinceApril(UUID office, UUID person, UUID group) throws Exception {
        presentOnWeekdays(office, person, group, LocalDate.of(2026, 4, 20), 1);
    }

    /** The person present 09:30–15:30 on each of the weekdays from {@code from}, {@code days} of them; the group's id. */
    void presentOnWeekdays(UUID office, UUID person, UUID group, LocalDate from, int days) throws Exception {
        int present = 0;
        for (LocalDate d = from; present < days; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, d.toString(), "09:30", group);
            json("alpha.admin", body(post("/api/v1/offices/{o}/workspace/attendance/check-out", office), """
                    {"personId": "%s", "date": "%s", "time": "15:30"}""".formatted(person, d)), 200);
            present++;
        }
    }
}
