package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.ApiRequests;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Fuzzing (#25 point 6) of the JSON API's request records: fuzzed bodies posted by alpha.admin to representative write
 * endpoints of four modules. Whatever the body: the answer is never 5xx; a 4xx answer is problem+json; after a refusal
 * the endpoint's table holds as many of ALPHA's rows as before; and nothing of tenant BETA (its person's id or name)
 * appears in an answer to ALPHA, even when the body names BETA's person.
 *
 * <p>An input is a raw file: its first character picks the endpoint ({@code '0'} … {@code '5'}, see {@link #ENDPOINTS}),
 * the rest is the body (UTF-8), where {@code @person@}, {@code @beta-person@} and {@code @office@} stand for the ids of
 * this run. Seeds: {@code src/test/resources/jp/tsunagu/app/ApiFuzzTestInputs/requestBodies/}.
 */
class ApiFuzzTest extends IntegrationTest {
    private static final String BETA_NAME = "ベータ秘匿";

    /** An endpoint, the table it writes and the statuses it answers on success. */
    private record Endpoint(String method, String path, String table) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/offices/{o}/persons", "person"),
            new Endpoint("PUT", "/api/v1/offices/{o}/persons/{p}", "person"),
            new Endpoint("POST", "/api/v1/offices/{o}/workspace/attendance/check-in", "service_record"),
            new Endpoint("POST", "/api/v1/offices/{o}/workspace/attendance/absence", "service_record"),
            new Endpoint("POST", "/api/v1/offices/{o}/claims/profiles", "claim_profile"),
            new Endpoint("POST", "/api/v1/offices/{o}/sharing/consents", "sharing_consent"));

    /** The fixture, made once per JVM: an ALPHA office with the four modules and a person, and a person of BETA. */
    private static UUID office;
    private static UUID person;
    private static UUID betaPerson;

    @FuzzTest(maxDuration = "30s")
    void requestBodies(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        fixture();
        Endpoint endpoint = ENDPOINTS.get(Math.floorMod(input[0] - '0', ENDPOINTS.size()));
        String body = new String(input, 1, input.length - 1, StandardCharsets.UTF_8)
                .replace("@person@", person.toString()).replace("@beta-person@", betaPerson.toString())
                .replace("@office@", office.toString());
        long before = rows(ALPHA, endpoint.table());
        long betaBefore = rows(BETA, endpoint.table());

        MockHttpServletRequestBuilder request = (endpoint.method().equals("PUT") ? put(endpoint.path(), office, person)
                : post(endpoint.path(), office)).contentType(MediaType.APPLICATION_JSON).content(body);
        MockHttpServletResponse response = mvc.perform(as("alpha.admin", request)).andReturn().getResponse();
        int status = response.getStatus();
        String answer = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(status).as("%s %s answered %s to %s: %s", endpoint.method(), endpoint.path(), status, body, answer)
                .isLessThan(500);
        if (status >= 400) {
            assertThat(response.getContentType()).as("%s %s answered %s without problem+json: %s", endpoint.method(),
                    endpoint.path(), status, answer).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(rows(ALPHA, endpoint.table())).as("a refused request stored a row in %s", endpoint.table())
                    .isEqualTo(before);
        }
        assertThat(rows(BETA, endpoint.table())).as("ALPHA's request changed BETA's %s", endpoint.table()).isEqualTo(betaBefore);
        // an answer may echo the body, so only what the body did not name counts as a leak
        if (!body.contains(BETA_NAME)) {
            assertThat(answer).doesNotContain(BETA_NAME);
        }
        if (!body.contains(betaPerson.toString())) {
            assertThat(answer).doesNotContain(betaPerson.toString());
        }
        String list = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons", office))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain(betaPerson.toString()).doesNotContain(BETA_NAME);
    }

    private long rows(TenantId tenant, String table) {
        return inTenant(tenant, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    private void fixture() throws Exception {
        if (office != null) {
            return;
        }
        office = PlatformFixtures.office(mvc, "alpha.admin", "ファズの作業所", "TYPE_B", "planning", "workspace", "claims", "sharing");
        person = ApiRequests.created(mvc, "alpha.admin", "/api/v1/offices/{o}/persons",
                PlanningFixtures.person("阿部", "試験", "アベ", "シケン"), office);
        UUID betaOffice = office(BETA, "2710000001");
        betaPerson = ApiRequests.created(mvc, "beta.admin", "/api/v1/offices/{o}/persons",
                PlanningFixtures.person(BETA_NAME, "太郎", "ベータ", "タロウ"), betaOffice);
    }
}
