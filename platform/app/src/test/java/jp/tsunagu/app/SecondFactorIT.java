package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.TestTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Personal data needs a login with a second factor where the tenant requires it (the default). */
class SecondFactorIT extends IntegrationTest {
    @org.springframework.beans.factory.annotation.Autowired
    private jp.tsunagu.tenancy.TenantAdministration tenants;

    private static MockHttpServletRequestBuilder passwordOnly(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TestTokens.withoutSecondFactor(username));
    }

    @Test
    @DisplayName("without a second factor: offices yes, personal data no (403 naming the reason); with it: yes")
    void requiredByDefault() throws Exception {
        String notes = "/api/v1/offices/" + office(ALPHA, "1310000001") + "/fixture/notes";
        mvc.perform(passwordOnly("alpha.admin", get("/api/v1/tenant")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mfaRequired").value(true));
        mvc.perform(passwordOnly("alpha.admin", get("/api/v1/offices"))).andExpect(status().isOk());
        mvc.perform(passwordOnly("alpha.staff", get(notes)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("mfa.required"))
                .andExpect(jsonPath("$.detail").value("個人情報を扱うには二要素認証（認証アプリのワンタイムパスワード）でログインしてください。"));
        mvc.perform(passwordOnly("alpha.admin", get("/api/v1/memberships"))).andExpect(status().isForbidden());
        mvc.perform(passwordOnly("alpha.auditor", get("/api/v1/audit-records"))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.staff", get(notes))).andExpect(status().isOk());
        mvc.perform(as("alpha.admin", get("/api/v1/memberships"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("a tenant whose manifest makes the second factor optional lets a password login through")
    void optionalPerTenant() throws Exception {
        mvc.perform(passwordOnly("beta.admin", get("/api/v1/tenant")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mfaRequired").value(false));
        mvc.perform(passwordOnly("beta.admin", get("/api/v1/memberships"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("a tenant that starts to require the second factor refuses a password login on the next request (the kept lookup is forgotten)")
    void requirementTurnedOn() throws Exception {
        mvc.perform(passwordOnly("beta.admin", get("/api/v1/memberships"))).andExpect(status().isOk());
        inTenant(BETA, () -> tenants.upsertTenant(jp.tsunagu.kernel.TenantKind.CORPORATION, "株式会社 ベータ",
                jp.tsunagu.kernel.Prefecture.OSAKA, true));
        mvc.perform(passwordOnly("beta.admin", get("/api/v1/memberships")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("mfa.required"));
        mvc.perform(passwordOnly("beta.admin", get("/api/v1/tenant")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mfaRequired").value(true));
    }
}
