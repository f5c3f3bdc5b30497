package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Tenant admins manage memberships: scope and roles, never leaving the tenant without an admin. */
class MembershipApiIT extends IntegrationTest {

    private String newUser() {
        return "member." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("a new member scoped to one office sees that office only; the list shows them")
    void assignAndUse() throws Exception {
        String user = newUser();
        UUID workshop = office(ALPHA, "1310000001");
        mvc.perform(as("alpha.admin", put("/api/v1/memberships/" + user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offices\":[\"" + workshop + "\"],\"roles\":[\"SERVICE_MANAGER\"]}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("SERVICE_MANAGER"));
        mvc.perform(as(user, get("/api/v1/offices"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].officeNumber").value("1310000001"));
        String requestId = "members-" + UUID.randomUUID();
        mvc.perform(as("alpha.admin", get("/api/v1/memberships")).header("X-Request-Id", requestId)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem(user)));
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select action || ' ' || resource || ' ' || username from audit_record where request_id = ?", String.class, requestId)))
                .isEqualTo("READ membership alpha.admin");
        mvc.perform(as("alpha.admin", delete("/api/v1/memberships/" + user))).andExpect(status().isNoContent());
        mvc.perform(as(user, get("/api/v1/offices"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("removing or demoting the last tenant admin → 409; nothing changes")
    void lastAdmin() throws Exception {
        mvc.perform(as("alpha.admin", delete("/api/v1/memberships/alpha.admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("membership.lastAdmin"));
        mvc.perform(as("alpha.admin", put("/api/v1/memberships/alpha.admin").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allOffices\":true,\"roles\":[\"AUDITOR\"]}")))
                .andExpect(status().isConflict());
        assertThat(inTenant(ALPHA, () -> jdbc.queryForList(
                "select r.role from membership_role r join membership m on m.id = r.membership_id where m.username = 'alpha.admin'",
                String.class))).containsExactly("TENANT_ADMIN");
    }

    @Test
    @DisplayName("bad input → 400 naming the field; nothing stored")
    void badInput() throws Exception {
        String user = newUser();
        UUID betaOffice = office(BETA, "2710000001");
        String[][] cases = {
                {"{\"allOffices\":true,\"roles\":[]}", "roles"},
                {"{\"allOffices\":true,\"roles\":[\"KING\"]}", "roles[0]"},
                {"{\"allOffices\":true,\"offices\":[\"" + office(ALPHA, "1310000001") + "\"],\"roles\":[\"AUDITOR\"]}", "offices"},
                {"{\"roles\":[\"AUDITOR\"]}", "offices"},
                {"{\"offices\":[\"" + betaOffice + "\"],\"roles\":[\"AUDITOR\"]}", "offices[0]"},
                {"{\"offices\":[\"nope\"],\"roles\":[\"AUDITOR\"]}", "offices[0]"}};
        for (String[] c : cases) {
            mvc.perform(as("alpha.admin", put("/api/v1/memberships/" + user).contentType(MediaType.APPLICATION_JSON).content(c[0])))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(c[1]));
        }
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from membership where username = ?", Long.class, user)))
                .isZero();
    }

    @Test
    @DisplayName("staff may not manage memberships (403); another tenant's member is not found (404)")
    void accessControl() throws Exception {
        mvc.perform(as("alpha.staff", put("/api/v1/memberships/someone").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allOffices\":true,\"roles\":[\"TENANT_ADMIN\"]}")))
                .andExpect(status().isForbidden());
        mvc.perform(as("alpha.staff", get("/api/v1/memberships"))).andExpect(status().isForbidden());
        mvc.perform(as("beta.admin", delete("/api/v1/memberships/alpha.staff"))).andExpect(status().isNotFound());
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from membership where username = 'alpha.staff'", Long.class))).isOne();
    }
}
