package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Local parameters: a tenant or an office chooses among the allowed values from a date; the lookup answers
 * with the choice that applies and says so; a value outside the allowed ones is 400 and nothing is stored.
 */
class LocalParametersIT extends IntegrationTest {

    private static String change(String value, String from) {
        return """
                {"value": %s, "effectiveFrom": "%s", "reason": "就業規則 第12条"}""".formatted(value == null ? "null" : "\"" + value + "\"", from);
    }

    private long stored() {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from rule_override", Long.class));
    }

    @Test
    @DisplayName("an office's rounding applies from its date and says so; before it, and in other offices, the default")
    void officeOverride() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID centre = office(ALPHA, "1310000002");
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{id}/parameters", workshop).param("date", "2026-05-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name=='attendance-start-rounding')].value").value("NONE"))
                .andExpect(jsonPath("$[?(@.name=='attendance-start-rounding')].origin").value("NATIONAL"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/attendance-start-rounding", workshop)
                        .contentType("application/json").content(change("UP_15", "2026-06-01"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("UP_15"))
                .andExpect(jsonPath("$.origin").value("OFFICE"))
                .andExpect(jsonPath("$.overridden").value(true));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{id}/parameters", workshop).param("date", "2026-06-01")))
                .andExpect(jsonPath("$[?(@.name=='attendance-start-rounding')].value").value("UP_15"))
                .andExpect(jsonPath("$[?(@.name=='attendance-start-rounding')].setBy").value("alpha.admin"))
                .andExpect(jsonPath("$[?(@.name=='attendance-start-rounding')].source").value("就業規則 第12条"));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{id}/parameters", workshop).param("date", "2026-05-31")))
                .andExpect(jsonPath("$[?(@.name=='attendance-start-rounding')].value").value("NONE"));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{id}/parameters", centre).param("date", "2026-06-01")))
                .andExpect(jsonPath("$[?(@.name=='attendance-start-rounding')].origin").value("NATIONAL"));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{id}/parameters/history", workshop)))
                .andExpect(jsonPath("$[?(@.name=='attendance-start-rounding')].effectiveFrom").value("2026-06-01"));
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'rule_override'"
                + " and resource_id = 'attendance-start-rounding@2026-06-01' and username = 'alpha.admin'", Long.class))).isOne();
    }

    @Test
    @DisplayName("a tenant-wide choice applies to every office until an office sets its own; clearing goes back to the default")
    void tenantThenOffice() throws Exception {
        UUID centre = office(ALPHA, "1310000002");
        mvc.perform(as("alpha.admin", put("/api/v1/tenant/parameters/full-time-hours-per-week")
                        .contentType("application/json").content(change("38", "2026-04-01"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.origin").value("TENANT"));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{id}/parameters", centre).param("date", "2026-04-01")))
                .andExpect(jsonPath("$[?(@.name=='full-time-hours-per-week')].value").value("38"))
                .andExpect(jsonPath("$[?(@.name=='full-time-hours-per-week')].origin").value("TENANT"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/full-time-hours-per-week", centre)
                        .contentType("application/json").content(change("32.5", "2026-07-01"))))
                .andExpect(jsonPath("$.value").value("32.5")).andExpect(jsonPath("$.origin").value("OFFICE"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/full-time-hours-per-week", centre)
                        .contentType("application/json").content(change(null, "2026-10-01"))))
                .andExpect(jsonPath("$.value").value("38")).andExpect(jsonPath("$.origin").value("TENANT"));
        mvc.perform(as("alpha.admin", get("/api/v1/tenant/parameters").param("date", "2026-03-31")))
                .andExpect(jsonPath("$[?(@.name=='full-time-hours-per-week')].value").value("40"))
                .andExpect(jsonPath("$[?(@.name=='full-time-hours-per-week')].origin").value("NATIONAL"))
                .andExpect(jsonPath("$[?(@.name=='yen-rounding')].value").value("TRUNCATE"));
    }

    @Test
    @DisplayName("outside the allowed values or range, or the wrong scope → 400 naming the field and rule (ja/en), nothing stored")
    void refusals() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        long before = stored();
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/attendance-end-rounding", workshop)
                        .contentType("application/json").content(change("UP_15", "2026-06-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message", containsString("選べる値 (NONE, DOWN_5, DOWN_10, DOWN_15, DOWN_30)")));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/full-time-hours-per-week", workshop)
                        .header("Accept-Language", "en").contentType("application/json").content(change("30", "2026-06-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message", containsString("outside the allowed range (32 to 40)")));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/yen-rounding", workshop)
                        .contentType("application/json").content(change("HALF_UP", "2026-06-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officeId"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/full-time-hours-per-week", workshop)
                        .contentType("application/json").content("{\"value\": \"38\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/no-such-thing", workshop)
                        .contentType("application/json").content(change("1", "2026-06-01"))))
                .andExpect(status().isNotFound());
        mvc.perform(as("alpha.staff", put("/api/v1/offices/{id}/parameters/attendance-end-rounding", workshop)
                        .contentType("application/json").content(change("DOWN_15", "2026-06-01"))))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @DisplayName("another tenant's office → 404 for reading and for setting, nothing stored")
    void foreignOffice() throws Exception {
        UUID beta = office(BETA, "2710000001");
        long before = stored();
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{id}/parameters", beta))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{id}/rules", beta))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{id}/parameters/history", beta))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{id}/parameters/attendance-end-rounding", beta)
                        .contentType("application/json").content(change("DOWN_15", "2026-06-01"))))
                .andExpect(status().isNotFound());
        assertThat(stored()).isEqualTo(before);
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from rule_override", Long.class))).isZero();
    }

    @Test
    @DisplayName("the rules in force for an office: figures with sources (東京 1,226 yen; 1級地 11.14; 3 months for 就労移行) and the trail")
    void officeRules() throws Exception {
        UUID centre = office(ALPHA, "1310000002");
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{id}/rules", centre).param("date", "2026-05-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts[?(@.key=='minimumWage')].value").value("1226"))
                .andExpect(jsonPath("$.facts[?(@.key=='minimumWage')].source", hasItem(containsString("令和7年度"))))
                .andExpect(jsonPath("$.facts[?(@.key=='unitPrice' && @.qualifier=='TYPE_B')].value").value("11.14"))
                .andExpect(jsonPath("$.facts[?(@.key=='unitPrice' && @.qualifier=='TRANSITION')].missing",
                        hasItem(containsString("no row"))))
                .andExpect(jsonPath("$.facts[?(@.key=='monitoringInterval' && @.qualifier=='TRANSITION')].value").value("3"))
                .andExpect(jsonPath("$.facts[?(@.key=='overCapacityDaily' && @.qualifier=='TYPE_B')].value").value("21"))
                .andExpect(jsonPath("$.trail.entries[?(@.kind=='TABLE')].name", hasItem("minimum-wage")))
                .andExpect(jsonPath("$.trail.entries[?(@.kind=='PARAMETER')].name", hasItem("attendance-start-rounding")))
                .andExpect(jsonPath("$.facts[?(@.key=='kouchinMinimumAverage')].value").value("3000"));
        mvc.perform(as("beta.admin", get("/api/v1/offices/{id}/rules", office(BETA, "2710000001")).param("date", "2026-05-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts[?(@.key=='minimumWage')].value").value("1177"))
                .andExpect(jsonPath("$.facts[?(@.key=='unitPrice' && @.qualifier=='TYPE_A')].value").value("10.91"))
                .andExpect(jsonPath("$.facts[?(@.key=='healthInsurance')].value").value("10.13"))
                .andExpect(jsonPath("$.facts[?(@.key=='pension')].value").value("18.3"))
                .andExpect(jsonPath("$.facts[?(@.key=='employmentInsuranceWorker')].value").value("5"))
                .andExpect(jsonPath("$.trail.entries[?(@.name=='health-insurance-rate')].effectiveFrom").value("2026-03-01"));
    }
}
