package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.TestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The token only identifies the user; memberships decide the tenant. */
class TokenAndTenantIT extends IntegrationTest {
    @org.springframework.beans.factory.annotation.Autowired
    private jp.tsunagu.identity.Memberships memberships;

    @Test
    @DisplayName("missing, malformed, expired, foreign-issuer, foreign-audience, foreign-signed and alg:none tokens → 401")
    void badTokens() throws Exception {
        mvc.perform(get("/api/v1/offices")).andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("ログインしていないか、トークンが無効または期限切れです。"));
        for (String token : new String[] {"not-a-jwt", TestTokens.expired("alpha.admin"), TestTokens.wrongIssuer("alpha.admin"),
                TestTokens.wrongAudience("alpha.admin"), TestTokens.foreignSignature("alpha.admin"), TestTokens.unsigned("alpha.admin")}) {
            mvc.perform(get("/api/v1/offices").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    @DisplayName("a valid token for a user with no membership → 403")
    void noMembership() throws Exception {
        mvc.perform(as("stranger", get("/api/v1/offices")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("membership.none"));
    }

    @Test
    @DisplayName("a tenant the user is not a member of → 403, the same whether it exists or not")
    void foreignTenant() throws Exception {
        String existing = mvc.perform(as("alpha.admin", get("/api/v1/offices")).header("X-Tenant-Id", BETA.toString()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(as("alpha.admin", get("/api/v1/offices"))
                        .header("X-Tenant-Id", "0c000000-0000-4000-8000-00000000000c"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(existing).isEqualTo(missing);
    }

    @Test
    @DisplayName("a member of two tenants names the active one; without it → 400 naming the header")
    void chooseTenant() throws Exception {
        mvc.perform(as("both.member", get("/api/v1/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberships.length()").value(2));
        mvc.perform(as("both.member", get("/api/v1/offices")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("X-Tenant-Id"));
        mvc.perform(as("both.member", get("/api/v1/tenant")).header("X-Tenant-Id", BETA.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("株式会社 ベータ"));
        mvc.perform(as("both.member", get("/api/v1/tenant")).header("X-Tenant-Id", ALPHA.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("社会福祉法人 アルファ会"));
    }

    @Test
    @DisplayName("a membership removed in the app is refused on the next request")
    void removedMembership() throws Exception {
        mvc.perform(as("alpha.staff", get("/api/v1/offices"))).andExpect(status().isOk());
        // the lookup is kept a few seconds per user; a removal in the app forgets it at once
        inTenant(ALPHA, () -> {
            memberships.remove("alpha.staff");
            return null;
        });
        mvc.perform(as("alpha.staff", get("/api/v1/offices"))).andExpect(status().isForbidden());
    }
}
