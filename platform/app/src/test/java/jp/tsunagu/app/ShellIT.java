package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The server-rendered UI shell after an OIDC login. */
class ShellIT extends IntegrationTest {

    private static RequestPostProcessor user(String username) {
        return uiUser(username);
    }

    @Test
    @DisplayName("the shell shows the tenant, the offices of the membership, 和暦 today, and the enabled modules' menu")
    void shell() throws Exception {
        // the workshop chosen by name: other tests add offices to this tenant, and the first office shown is the lowest number
        UUID workshop = office(ALPHA, "1310000001");
        mvc.perform(get("/").param("office", workshop.toString()).with(user("alpha.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("社会福祉法人 アルファ会"), containsString("アルファ作業所"),
                        containsString("アルファ多機能センター"), containsString("令和"), containsString("東京都"), containsString("テスト機能"),
                        containsString("テストメモ"), containsString("機能の有効化・無効化"), containsString("ログアウト"))));
        mvc.perform(get("/").param("lang", "en").param("office", workshop.toString()).with(user("alpha.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fixture notes"), containsString("Sign out"))));
        UUID center = office(ALPHA, "1310000002");
        mvc.perform(get("/").param("office", center.toString()).with(user("alpha.admin")))
                .andExpect(content().string(allOf(containsString("多機能型"), containsString("就労移行支援"),
                        containsString("この事業所で有効な機能はまだありません。"), not(containsString("テストメモ")))));
    }

    @Test
    @DisplayName("support staff see only their office and no module switch")
    void staffShell() throws Exception {
        mvc.perform(get("/").with(user("alpha.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("アルファ作業所"), not(containsString("アルファ多機能センター")),
                        not(containsString("機能の有効化・無効化")))));
        UUID center = office(ALPHA, "1310000002");
        mvc.perform(get("/offices/" + center + "/modules").with(user("alpha.staff"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("a member of two tenants chooses one; the choice is checked against the memberships")
    void chooseTenant() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/").session(session).with(user("both.member"))).andExpect(redirectedUrl("/tenant"));
        mvc.perform(get("/tenant").session(session).with(user("both.member")))
                .andExpect(content().string(allOf(containsString("社会福祉法人 アルファ会"), containsString("株式会社 ベータ"))));
        mvc.perform(post("/tenant").param("tenant", BETA.toString()).session(session).with(user("both.member")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tenant").param("tenant", BETA.toString()).session(session).with(user("both.member")).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session).with(user("both.member")))
                .andExpect(content().string(allOf(containsString("ベータワークス"), not(containsString("アルファ作業所")))));
        mvc.perform(post("/tenant").param("tenant", "0c000000-0000-4000-8000-00000000000c").session(session)
                        .with(user("alpha.admin")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("a tenant admin switches modules on the page (CSRF-protected); a refusal is shown in Japanese")
    void switchModules() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        String url = "/offices/" + workshop + "/modules/fixture-reports";
        mvc.perform(post(url).param("enable", "true").with(user("alpha.admin"))).andExpect(status().isForbidden());
        mvc.perform(post(url).param("enable", "true").with(user("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl("/offices/" + workshop + "/modules"));
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select enabled from office_module where office_id = ? and module_key = 'fixture-reports'", Boolean.class, workshop)))
                .isTrue();
        mvc.perform(post("/offices/" + workshop + "/modules/fixture-a").param("enable", "true").with(user("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("error", "機能 fixture-a は、この事業所が提供していないサービス種別 [TYPE_A] 向けのため有効にできません。"));
        mvc.perform(get("/offices/" + workshop + "/modules").with(user("alpha.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("テスト帳票"), containsString("無効にする"))));
        mvc.perform(post(url).param("enable", "false").with(user("alpha.staff")).with(csrf())).andExpect(status().isForbidden());
    }
}
