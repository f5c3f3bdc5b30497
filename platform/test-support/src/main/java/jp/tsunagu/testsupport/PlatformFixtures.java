package jp.tsunagu.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The platform's fixtures for the modules' tests, made through the API by a tenant admin as a user would: an office
 * of the admin's tenant that no other test uses (so that what a page counts there is the test's own), with the modules
 * a test needs switched on, and a member with one role.
 */
public final class PlatformFixtures {
    private PlatformFixtures() {
    }

    /** A new office in Tokyo (a fresh office number) offering {@code serviceType}, {@code modules} switched on in order. */
    public static UUID office(MockMvc mvc, String admin, String name, String serviceType, String... modules) throws Exception {
        String number = "13" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = ApiRequests.created(mvc, admin, "/api/v1/offices", """
                {"officeNumber": "%s", "name": "%s", "prefecture": "TOKYO", "regionalClass": "GRADE_1",
                 "services": [{"serviceType": "%s", "capacity": 20}]}""".formatted(number, name, serviceType));
        for (String module : modules) {
            mvc.perform(put("/api/v1/offices/{o}/modules/{m}", office, module)
                            .header("Authorization", "Bearer " + TestTokens.token(admin)))
                    .andExpect(status().isOk());
        }
        return office;
    }

    /** {@code username} a member of the admin's tenant with {@code role} at {@code offices} (created or replaced). */
    public static void member(MockMvc mvc, String admin, String username, String role, UUID... offices) throws Exception {
        String list = Arrays.stream(offices).map(o -> "\"" + o + "\"").collect(Collectors.joining(","));
        mvc.perform(put("/api/v1/memberships/{u}", username).header("Authorization", "Bearer " + TestTokens.token(admin))
                        .contentType("application/json").content("""
                                {"offices": [%s], "roles": ["%s"]}""".formatted(list, role)))
                .andExpect(status().isOk());
    }
}
