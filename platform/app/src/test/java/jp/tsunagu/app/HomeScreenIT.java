package jp.tsunagu.app;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The platform's own tiles on the first screen: offices, modules and members for a tenant admin; the audit search for an auditor. */
class HomeScreenIT extends IntegrationTest {
    private static final String ADMIN = "data-tile=\"ui.home.admin\"";
    private static final String AUDIT = "data-tile=\"ui.home.audit\"";

    @Test
    @DisplayName("a tenant admin sees the tenant's offices, each with the modules on there and a link to switch them, and the members with a link to manage them")
    void tenantAdminSeesOfficesModulesAndMembers() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID center = office(ALPHA, "1310000002");
        UUID works = office(ALPHA, "1310000005");
        mvc.perform(get("/").with(uiUser("alpha.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ADMIN), containsString("事業所と機能"),
                        containsString("所属メンバー "), containsString("href=\"/admin/members\""), containsString("所属と役割を管理する"),
                        containsString("href=\"/offices/" + workshop + "/modules\""), containsString("テスト機能、利用者・個別支援計画"),
                        containsString("href=\"/offices/" + center + "/modules\""), containsString("有効な機能なし"),
                        containsString("href=\"/offices/" + works + "/modules\""), containsString("利用者・個別支援計画、工賃、作業・出欠"))));
        mvc.perform(get("/").param("lang", "en").with(uiUser("alpha.admin")))
                .andExpect(content().string(allOf(containsString("Offices and modules"), containsString("Offices: "), containsString("Members: "),
                        containsString("Fixture, Persons and support plans"), containsString("no module on"))));
        mvc.perform(get("/").with(uiUser("beta.admin")))
                .andExpect(content().string(allOf(containsString(ADMIN), containsString("ベータワークス"),
                        not(containsString("アルファ作業所")), not(containsString(workshop.toString())))));
    }

    @Test
    @DisplayName("an auditor sees the audit search (a form to /audit) and no admin tile; support staff see neither")
    void auditorSeesTheAuditSearch() throws Exception {
        mvc.perform(get("/").with(uiUser("alpha.auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(AUDIT), containsString("action=\"/audit\""),
                        containsString("利用者ID・ユーザー名・期間で記録を検索し"), not(containsString(ADMIN)))));
        mvc.perform(get("/").with(uiUser("alpha.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(AUDIT)), not(containsString(ADMIN)))));
    }

    @Test
    @DisplayName("a module whose tiles fail shows as unavailable, named; the other modules' tiles still show")
    void aFailingModuleDoesNotTakeTheScreenDown() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/modules/fixture-reports", workshop))).andExpect(status().isOk());
        mvc.perform(get("/").param("office", workshop.toString()).with(uiUser("alpha.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-tile=\"ui.home.unavailable\""), containsString("この欄を表示できませんでした"),
                        containsString("テスト帳票"), containsString("data-tile=\"planning.home.monitoring\""))));
    }
}
