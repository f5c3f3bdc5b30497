package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.tsunagu.kernel.TenantId;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The December 2026 data as a user sees it (an office in 群馬), and the warning before a rule table goes stale:
 * the clock moves past a due date with no new version, the operators' page, the office's page, the API and the
 * gauge say so; an uploaded version takes the warning away.
 */
class RuleRevisionsIT extends IntegrationTest {

    @AfterEach
    void putTheClockBack() {
        MovableClock.reset();
    }

    private static final TenantId GUNMA_NPO = TenantId.of("0f000000-0000-4000-8000-00000000000f");

    /** ALPHA's office in 東京 (for the warning tests). */
    private UUID tokyoOffice() {
        return office(ALPHA, "1310000001");
    }

    /** GUNMA_NPO's B型 office in 群馬 (test manifest gunma.yaml). */
    private UUID gunmaOffice() {
        return office(GUNMA_NPO, "1010000001");
    }

    @Test
    @DisplayName("an office in 群馬 on 2026-12-05: its rules page shows 1,120 yen from 2026-10-03 with 群馬労働局's notice; 1,063 on 2026-10-02; a foreign tenant gets 404")
    void gunmaOfficePage() throws Exception {
        UUID office = gunmaOffice();
        MovableClock.moveTo(LocalDate.parse("2026-12-05"));
        mvc.perform(get("/offices/{id}/rules", office).with(uiUser("gunma.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("(群馬県)"), containsString("1120"),
                        containsString("群馬労働局 群馬県最低賃金の改正決定 (令和8年度)"),
                        containsString("令和8年10月3日 (2026-10-03)"),
                        not(containsString("1063")), not(containsString("改定が未登録の規則表")))));
        mvc.perform(get("/offices/{id}/rules", office).param("date", "2026-10-02").with(uiUser("gunma.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("令和8年10月2日 (2026-10-02)"), containsString("1063"),
                        not(containsString("1120")))));
        mvc.perform(get("/offices/{id}/rules", office).param("date", "2026-10-03").with(uiUser("gunma.admin")))
                .andExpect(content().string(allOf(containsString("1120"), not(containsString("1063")))));
        mvc.perform(as("gunma.admin", get("/api/v1/offices/{id}/rules", office).param("date", "2026-12-05")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1120"), containsString("群馬労働局"))));
        mvc.perform(get("/offices/{id}/rules", office).with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get("/api/v1/offices/{id}/rules", office))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("群馬 on the operators' rules page: 1,063 on 2026-10-02, 1,120 from 10-03 with its bureau's notice; 東京's office page by date; a foreign tenant gets 404")
    void gunmaAndOfficePage() throws Exception {
        UUID office = tokyoOffice();
        MovableClock.moveTo(LocalDate.parse("2026-12-05"));
        mvc.perform(get("/rules").param("table", "minimum-wage").with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("GUNMA"), containsString("1120"),
                        containsString("群馬労働局 群馬県最低賃金の改正決定 (令和8年度)"), containsString("令和8年10月3日 (2026-10-03)"))));
        mvc.perform(get("/rules").param("table", "minimum-wage").param("date", "2026-10-02").with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("1063"), not(containsString("1120")))));
        mvc.perform(get("/offices/{id}/rules", office).with(uiUser("alpha.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("(東京都)"), containsString("1280"),
                        containsString("東京労働局 東京都最低賃金の改正決定 (令和8年度)"), not(containsString("改定が未登録の規則表")))));
        mvc.perform(get("/offices/{id}/rules", office).param("date", "2026-09-30").with(uiUser("alpha.admin")))
                .andExpect(content().string(allOf(containsString("令和8年9月30日 (2026-09-30)"), containsString("1226"),
                        not(containsString("1280")))));
        mvc.perform(get("/offices/{id}/rules", office).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get("/api/v1/offices/{id}/rules", office))).andExpect(status().isNotFound());
    }

    private double tablesDue() throws Exception {
        return gauge("tsunagu_rules_tables_due");
    }

    @Test
    @DisplayName("past 2027-10-01 with no FY2027 minimum wage: the API (ja/en), /rules, the office's page, the trail and the gauge warn; an upload takes it away")
    void warningBeforeStale() throws Exception {
        UUID office = tokyoOffice();
        MovableClock.moveTo(LocalDate.parse("2026-12-05"));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage")))
                .andExpect(jsonPath("$.revision.every").value("FISCAL_YEAR"))
                .andExpect(jsonPath("$.revision.due").value("2027-10-01"))
                .andExpect(jsonPath("$.revision.dueNow").value(false))
                .andExpect(jsonPath("$.revision.warning").doesNotExist());
        double dueToday = tablesDue();

        MovableClock.moveTo(LocalDate.parse("2027-10-05"));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision.dueNow").value(true))
                .andExpect(jsonPath("$.revision.possiblyOutdated").value(true))
                .andExpect(jsonPath("$.revision.warning").value(allOf(containsString("地域別最低賃金: 令和9年度の改定が未登録です"),
                        containsString("令和9年10月1日 (2027-10-01) から適用の見込み"), containsString("最新の版は 令和"))));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.revision.warning").value(allOf(
                        containsString("Minimum wage by prefecture: the FY2027 revision has not been loaded"),
                        containsString("expected from 令和9年10月1日 (2027-10-01)"))));
        mvc.perform(get("/rules").with(uiUser("alpha.staff")))
                .andExpect(content().string(allOf(containsString("改定が未登録の規則表"),
                        containsString("地域別最低賃金: 令和9年度の改定が未登録です"))));
        mvc.perform(get("/offices/{id}/rules", office).with(uiUser("alpha.admin")))
                .andExpect(content().string(allOf(containsString("地域別最低賃金: 令和9年度の改定が未登録です"),
                        containsString("古い可能性あり"))));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{id}/rules", office)))
                .andExpect(jsonPath("$.facts[?(@.key=='minimumWage')].newVersionDue").value(org.hamcrest.Matchers.hasItem("2027-10-01")))
                .andExpect(jsonPath("$.trail.entries[?(@.name=='minimum-wage')].newVersionDue").value(org.hamcrest.Matchers.hasItem("2027-10-01")));
        double dueLater = tablesDue();
        assertThat(dueLater).isGreaterThan(dueToday);

        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions").param("file", "fy2027.yaml")
                        .contentType("application/yaml").content("""
                                table: minimum-wage
                                effectiveFrom: 2027-10-01
                                source: "FY2027 地域別最低賃金 (test version)"
                                rows:
                                  - {prefecture: GUNMA, yenPerHour: 1180, source: "群馬労働局 (test)"}
                                """)))
                .andExpect(status().isCreated());
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage")))
                .andExpect(jsonPath("$.revision.dueNow").value(false))
                .andExpect(jsonPath("$.revision.due").value("2028-10-01"))
                .andExpect(jsonPath("$.revision.warning").doesNotExist());
        mvc.perform(get("/offices/{id}/rules", office).with(uiUser("alpha.admin")))
                .andExpect(content().string(not(containsString("地域別最低賃金: 令和9年度の改定が未登録です"))));
        assertThat(tablesDue()).isEqualTo(dueLater - 1);
    }

    @Test
    @DisplayName("bad input: a prefecture left without a rate, a cadence that cannot be read, a new table already due → 400 naming file, line and field (ja/en); nothing stored")
    void badInput() throws Exception {
        MovableClock.moveTo(LocalDate.parse("2026-12-05"));
        Long versions = tx.execute(s -> jdbc.queryForObject("select count(*) from rule_version_upload", Long.class));
        Long tables = tx.execute(s -> jdbc.queryForObject("select count(*) from rule_table_upload", Long.class));
        String version = """
                table: minimum-wage
                effectiveFrom: 2028-10-01
                source: "FY2028 (test)"
                rows:
                  - {prefecture: GUNMA, yenPerHour: %s}
                """;
        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions").param("file", "empty.yaml")
                        .contentType("application/yaml").content(version.formatted("null"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].yenPerHour"))
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString("受け付けられません"),
                        containsString("empty.yaml:5: rows[0].yenPerHour: is required: [GUNMA] would be left without a rule"))));
        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions").param("file", "cadence.yaml")
                        .header("Accept-Language", "en").contentType("application/yaml")
                        .content(version.formatted("1200") + "revision: {every: MONTHLY}\n")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("revision.every"))
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString("The uploaded version was refused"),
                        containsString("cadence.yaml:6: revision.every: cannot be read: MONTHLY"))));
        String table = """
                table: test-bonus
                title: テスト加算 / Test bonus
                key: [kind]
                columns:
                  kind: enum:A|B
                  units: integer
                revision: {every: FISCAL_YEAR, from: ["04-01"]}
                versions:
                  - effectiveFrom: %s
                    source: "test notice"
                    rows:
                      - {kind: A, units: 10}
                """;
        mvc.perform(as("platform.operator", post("/api/v1/rules").param("file", "bonus.yaml")
                        .contentType("application/yaml").content(table.formatted("2025-04-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("revision"))
                .andExpect(jsonPath("$.errors[0].message", containsString(
                        "bonus.yaml:7: revision: the next version would be due on 2026-04-01, which is not after today (2026-12-05)")));
        mvc.perform(as("platform.operator", post("/api/v1/rules").param("file", "bonus.yaml").header("Accept-Language", "en")
                        .contentType("application/yaml").content(table.formatted("2026-04-01").replace("FISCAL_YEAR", "YEARLY"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("revision.every"))
                .andExpect(jsonPath("$.errors[0].message", containsString("The uploaded version was refused: bonus.yaml:7: revision.every: cannot be read: YEARLY")));
        mvc.perform(as("alpha.admin", post("/api/v1/rules").param("file", "bonus.yaml")
                        .contentType("application/yaml").content(table.formatted("2026-04-01"))))
                .andExpect(status().isForbidden());
        Long versionsAfter = tx.execute(s -> jdbc.queryForObject("select count(*) from rule_version_upload", Long.class));
        Long tablesAfter = tx.execute(s -> jdbc.queryForObject("select count(*) from rule_table_upload", Long.class));
        assertThat(versionsAfter).isEqualTo(versions);
        assertThat(tablesAfter).isEqualTo(tables);
        mvc.perform(as("alpha.staff", get("/api/v1/rules/test-bonus"))).andExpect(status().isNotFound());

        mvc.perform(as("platform.operator", post("/api/v1/rules").param("file", "bonus.yaml")
                        .contentType("application/yaml").content(table.formatted("2026-04-01"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision.due").value("2027-04-01"));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/test-bonus")))
                .andExpect(jsonPath("$.rows[0].units").value(10));
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'rule_table' and resource_id = 'test-bonus'", Long.class))).isOne();
    }
}
