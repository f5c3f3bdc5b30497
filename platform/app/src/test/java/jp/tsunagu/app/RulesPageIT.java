package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The rules page: what applies on a date with its source, in Japanese; operators upload versions there. */
class RulesPageIT extends IntegrationTest {

    private static RequestPostProcessor user(String username) {
        return uiUser(username);
    }

    @Test
    @DisplayName("staff see the rows in force on a date, 和暦 beside ISO, with the source; no upload form")
    void staffReadRules() throws Exception {
        mvc.perform(get("/rules").param("table", "minimum-wage").param("date", "2026-02-15").with(user("alpha.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("令和8年2月15日 (2026-02-15)"), containsString("GUNMA"),
                        containsString("985"), containsString("令和7年度"), containsString("出典"),
                        not(containsString("新しい版の登録")))));
    }

    @Test
    @DisplayName("an operator uploads a version on the page; a refused one shows file, line and field")
    void operatorUploads() throws Exception {
        String yaml = """
                table: monitoring-interval
                effectiveFrom: 2027-04-01
                source: "test revision"
                rows:
                  - {serviceType: TYPE_B, months: %s}
                """;
        mvc.perform(post("/rules/versions").param("file", "bad.yaml").param("content", yaml.formatted("often"))
                        .with(user("platform.operator")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("bad.yaml:5: rows[0].months: often is not of type integer")));
        mvc.perform(post("/rules/versions").param("file", "gap.yaml").param("content", yaml.formatted("4"))
                        .with(user("platform.operator")).with(csrf()))
                .andExpect(flash().attribute("error", allOf(containsString("gap.yaml:2: effectiveFrom: key [TRANSITION]"),
                        containsString("requires continuity"))));
        String csv = """
                # table: monitoring-interval
                # effectiveFrom: 2027-04-01
                # source: test revision
                serviceType,months
                TRANSITION,3
                TYPE_A,6
                TYPE_A_NON_EMPLOYED,6
                TYPE_B,4
                RETENTION,6
                """;
        mvc.perform(multipart("/rules/versions").file(new MockMultipartFile("upload", "r9.csv", "text/csv",
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user("platform.operator")).with(csrf()))
                .andExpect(flash().attribute("message", containsString("令和9年4月1日")));
        mvc.perform(get("/rules").param("table", "monitoring-interval").param("date", "2027-04-01").with(user("alpha.staff")))
                .andExpect(content().string(containsString("test revision")));
        mvc.perform(post("/rules/versions").param("file", "x.yaml").param("content", yaml.formatted("5"))
                        .with(user("alpha.admin")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("an operator adds a new table on the page: a bad one is refused naming file, line and field and nothing is stored; a good one is listed with its schedule; office staff may not")
    void operatorAddsTable() throws Exception {
        String table = """
                table: test-page-table
                title: 画面で追加した表 / Table added on the page
                key: [kind]
                columns:
                  kind: enum:A|B
                  units: integer
                revision: {every: %s}
                versions:
                  - effectiveFrom: 2026-06-01
                    source: "page test notice"
                    rows:
                      - {kind: A, units: 12}
                """;
        mvc.perform(post("/rules/tables").param("file", "page.yaml").param("content", table.formatted("SOMETIMES"))
                        .with(user("platform.operator")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("page.yaml:7: revision.every: cannot be read: SOMETIMES")));
        mvc.perform(get("/rules").param("table", "test-page-table").with(user("platform.operator")))
                .andExpect(content().string(not(containsString("page test notice"))));
        mvc.perform(post("/rules/tables").param("content", table.formatted("WHEN_AMENDED"))
                        .with(user("alpha.admin")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/rules/tables").file(new MockMultipartFile("upload", "page.yaml", "application/yaml",
                                table.formatted("WHEN_AMENDED").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user("platform.operator")).with(csrf()))
                .andExpect(flash().attribute("message", containsString("test-page-table")));
        mvc.perform(get("/rules").param("table", "test-page-table").with(user("alpha.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("画面で追加した表"), containsString("page test notice"),
                        containsString("12"), containsString("令和8年6月1日 (2026-06-01)"))));
    }

    @Test
    @DisplayName("office staff see the rules in force for their office today with sources and origins; admins set a parameter")
    void officeRulesPage() throws Exception {
        java.util.UUID workshop = office(ALPHA, "1310000001");
        mvc.perform(get("/offices/{id}/rules", workshop).with(user("alpha.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("アルファ作業所"), containsString("地域別最低賃金"),
                        containsString("(東京都)"), containsString("1280"), containsString("円/時間"), containsString("令和8年度"),
                        containsString("11.14"), containsString("円/単位"), containsString("全国標準"),
                        not(containsString("設定を変更する")))));
        mvc.perform(post("/offices/{id}/parameters", workshop).param("name", "attendance-end-rounding").param("value", "UP_15")
                        .param("effectiveFrom", "2026-01-01").with(user("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("選べる値")));
        mvc.perform(post("/offices/{id}/parameters", workshop).param("name", "attendance-end-rounding").param("value", "DOWN_15")
                        .param("effectiveFrom", "2026-01-01").param("reason", "運営規程").with(user("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", containsString("令和8年1月1日")));
        mvc.perform(get("/offices/{id}/rules", workshop).with(user("alpha.admin")))
                .andExpect(content().string(allOf(containsString("DOWN_15"), containsString("この事業所の設定"),
                        containsString("運営規程"), containsString("設定を変更する"))));
        mvc.perform(post("/offices/{id}/parameters", workshop).param("name", "attendance-end-rounding").param("value", "DOWN_5")
                        .param("effectiveFrom", "2026-01-01").with(user("alpha.staff")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/offices/{id}/rules", office(BETA, "2710000001")).with(user("alpha.admin")))
                .andExpect(status().isNotFound());
    }
}
