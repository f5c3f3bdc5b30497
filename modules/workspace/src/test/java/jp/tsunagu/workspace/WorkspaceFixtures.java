package jp.tsunagu.workspace;

import static jp.tsunagu.testsupport.ApiRequests.created;

import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workspace module's test fixtures, for its own tests and for those of the modules that require it (wages will
 * read its months): a work group, and a person's day checked in, made through the API as a user would.
 */
public final class WorkspaceFixtures {
    private WorkspaceFixtures() {
    }

    /** A work group of {@code office} ({@code kind}: the service type it serves, e.g. TYPE_B). */
    public static UUID group(MockMvc mvc, String username, UUID office, String name, String kind) throws Exception {
        return created(mvc, username, "/api/v1/offices/{o}/workspace/groups", """
                {"name": "%s", "kind": "%s"}""".formatted(name, kind), office);
    }

    /** The body of a tablet or staff check-in. */
    public static String checkIn(UUID person, String date, String time, UUID group) {
        return """
                {"personId": "%s", "date": "%s", "time": "%s", "groupId": "%s"}""".formatted(person, date, time, group);
    }

    /** {@code person} checked in at {@code office} on {@code date} at {@code time}; the service record's id. */
    public static UUID checkedIn(MockMvc mvc, String username, UUID office, UUID person, String date, String time, UUID group)
            throws Exception {
        return created(mvc, username, "/api/v1/offices/{o}/workspace/attendance/check-in", checkIn(person, date, time, group), office);
    }
}
