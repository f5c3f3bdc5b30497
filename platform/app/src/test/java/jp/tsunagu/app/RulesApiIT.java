package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule tables through the API: what is in force on a date, differences, and operators' uploads. */
class RulesApiIT extends IntegrationTest {
    private static final String VERSION = """
            table: minimum-wage
            effectiveFrom: %s
            source: "FY2026 地域別最低賃金 (test upload)"
            rows:
              - {prefecture: GUNMA, yenPerHour: %s}
            """;

    @Test
    @DisplayName("members read the rows in force on a date with their sources; a date before the first version is 404 naming it")
    void readInForce() throws Exception {
        mvc.perform(as("alpha.staff", get("/api/v1/rules"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].table", hasItem("minimum-wage")));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage").param("date", "2026-02-15")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.prefecture=='GUNMA')].yenPerHour").value(985))
                .andExpect(jsonPath("$.version.source", startsWith("FY2025")));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage").param("date", "2020-01-01")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("2020-01-01")));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/employment-insurance-rate/diff")
                        .param("from", "2025-04-01").param("to", "2026-04-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed[?(@.column=='workerPerMille')].after").value(5));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/employment-insurance-rate/diff").param("from", "2025-04-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("to は必須です。"));
    }

    @Test
    @DisplayName("an operator's upload takes effect on its date without a restart, is scheduled until then, stored and audited")
    void operatorUploads() throws Exception {
        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions").param("file", "fy2027.yaml")
                        .contentType("application/yaml").content(VERSION.formatted("2027-01-01", "1111"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scheduled").value(true));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage").param("date", "2027-01-01")))
                .andExpect(jsonPath("$.rows[?(@.prefecture=='GUNMA')].yenPerHour").value(1111))
                .andExpect(jsonPath("$.rows[?(@.prefecture=='TOKYO')].yenPerHour").value(1280));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage").param("date", "2026-12-31")))
                .andExpect(jsonPath("$.rows[?(@.prefecture=='GUNMA')].yenPerHour").value(1120));
        Long stored = tx.execute(status -> jdbc.queryForObject(
                "select count(*) from rule_version_upload where effective_from = '2027-01-01'", Long.class));
        assertThat(stored).isOne();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select username from audit_record where resource = 'rule_version' and resource_id = 'minimum-wage@2027-01-01'",
                String.class))).isEqualTo("platform.operator");
    }

    @Test
    @DisplayName("a bad upload → 400 naming file, line and field; a non-operator → 403; nothing stored")
    void badUploads() throws Exception {
        Long before = tx.execute(status -> jdbc.queryForObject("select count(*) from rule_version_upload", Long.class));
        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions").param("file", "bad.yaml")
                        .contentType("application/yaml").content(VERSION.formatted("2027-02-01", "-5"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].yenPerHour"))
                .andExpect(jsonPath("$.errors[0].message",
                        org.hamcrest.Matchers.containsString("bad.yaml:5: rows[0].yenPerHour: a rate or amount cannot be negative")));
        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions").param("file", "same.yaml")
                        .contentType("application/yaml").content(VERSION.formatted("2025-10-01", "1000"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        mvc.perform(as("alpha.admin", post("/api/v1/rules/minimum-wage/versions")
                        .contentType("application/yaml").content(VERSION.formatted("2027-03-01", "1200"))))
                .andExpect(status().isForbidden());
        mvc.perform(as("platform.operator", post("/api/v1/rules/monitoring-interval/versions")
                        .contentType("application/yaml").content(VERSION.formatted("2027-04-01", "1200"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("table"));
        Long after = tx.execute(status -> jdbc.queryForObject("select count(*) from rule_version_upload", Long.class));
        assertThat(after).isEqualTo(before);
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage").param("date", "2027-02-15")))
                .andExpect(jsonPath("$.rows[?(@.prefecture=='GUNMA')].yenPerHour").value(org.hamcrest.Matchers.not(hasItem(-5))));
    }

    @Test
    @DisplayName("an operator uploads a version as CSV (text/csv, *.csv); a bad CSV → 400 naming file, line and field, nothing stored")
    void csvUploads() throws Exception {
        String csv = """
                # table: minimum-wage
                # effectiveFrom: 2027-05-01
                # source: 令和9年度地域別最低賃金 (test upload as CSV)
                prefecture,yenPerHour,from
                GUNMA,%s,
                """;
        Long before = tx.execute(status -> jdbc.queryForObject("select count(*) from rule_version_upload", Long.class));
        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions").param("file", "bad.csv")
                        .contentType("text/csv").content(csv.formatted("1,2"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("bad.csv:5: rows[0]: 4 fields, but the header names 3")));
        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions").param("file", "fy2027.yaml")
                        .contentType("text/csv").content(csv.formatted("1150"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        Long after = tx.execute(status -> jdbc.queryForObject("select count(*) from rule_version_upload", Long.class));
        assertThat(after).isEqualTo(before);
        mvc.perform(as("platform.operator", post("/api/v1/rules/minimum-wage/versions")
                        .contentType("text/csv").content(csv.formatted("1150"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.effectiveFrom").value("2027-05-01"));
        mvc.perform(as("alpha.staff", get("/api/v1/rules/minimum-wage").param("date", "2027-05-01")))
                .andExpect(jsonPath("$.rows[?(@.prefecture=='GUNMA')].yenPerHour").value(1150));
        String stored = tx.execute(status -> jdbc.queryForObject(
                "select file_name from rule_version_upload where effective_from = '2027-05-01'", String.class));
        assertThat(stored).isEqualTo("upload.csv");
    }
}
