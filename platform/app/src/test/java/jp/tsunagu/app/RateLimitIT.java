package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Per-tenant request limits: one tenant's flood gets 429, the others are served. */
@TestPropertySource(properties = {
        "tsunagu.rate-limit.tenants.0b000000-0000-4000-8000-00000000000b.per-second=0.5",
        "tsunagu.rate-limit.tenants.0b000000-0000-4000-8000-00000000000b.burst=5"})
class RateLimitIT extends IntegrationTest {

    @Test
    @DisplayName("a tenant over its limit gets 429 with Retry-After, in Japanese; another tenant is still served")
    void floodedTenantOnly() throws Exception {
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 20; i++) {
            int status = mvc.perform(as("beta.admin", get("/api/v1/offices"))).andReturn().getResponse().getStatus();
            if (status == 200) {
                ok++;
            } else if (status == 429) {
                limited++;
            }
        }
        assertThat(ok).isBetween(5, 6);
        assertThat(limited).isEqualTo(20 - ok);
        mvc.perform(as("beta.admin", get("/api/v1/offices")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("rateLimit.exceeded"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("リクエストが多すぎます。")));
        for (int i = 0; i < 20; i++) {
            mvc.perform(as("alpha.admin", get("/api/v1/offices"))).andExpect(status().isOk());
        }
    }
}
