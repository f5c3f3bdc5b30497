package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What operations and API clients rely on: probes, metrics, the OpenAPI document, the UI login redirect. */
class OperationsIT extends IntegrationTest {

    @Test
    @DisplayName("liveness and readiness probes are up and need no login")
    void probes() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    @DisplayName("Prometheus metrics include the HTTP and connection-pool series")
    void prometheus() throws Exception {
        mvc.perform(as("alpha.admin", get("/api/v1/offices"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hikaricp_connections")))
                .andExpect(content().string(containsString("http_server_requests_seconds")));
    }

    @Test
    @DisplayName("the OpenAPI document lists the platform's endpoints; Swagger UI is served")
    void openApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/offices")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/offices/{officeId}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/offices/{officeId}/modules/{key}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/tenant")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/me")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("a page without a session redirects to the Keycloak login; the API answers 401 instead")
    void loginRedirect() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/tenant")).andExpect(status().isUnauthorized());
    }
}
