package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module switchboard, proven with the fixture modules of the test sources. */
class SwitchboardIT extends IntegrationTest {

    @Test
    @DisplayName("an enabled module answers for its office; disabled, its endpoints answer 404 there")
    void disabledModuleIsNotFound() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + workshop + "/fixture/notes")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes[0]").value("hello"));
        mvc.perform(as("alpha.admin", delete("/api/v1/offices/" + workshop + "/modules/fixture")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key=='fixture')].enabled").value(false));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + workshop + "/fixture/notes")))
                .andExpect(status().isNotFound());
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select disabled_by from office_module where office_id = ? and module_key = 'fixture'", String.class, workshop)))
                .isEqualTo("alpha.admin");
    }

    @Test
    @DisplayName("the module of an office of another tenant, or another office, answers 404")
    void foreignOffice() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID center = office(ALPHA, "1310000002");
        mvc.perform(as("beta.admin", get("/api/v1/offices/" + workshop + "/fixture/notes"))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get("/api/v1/offices/" + workshop + "/modules"))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", put("/api/v1/offices/" + workshop + "/modules/fixture"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + center + "/modules"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + center + "/fixture/notes"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("enabling a module whose required module is off → 409 naming it; enabling in order works; who and when are recorded")
    void requiredModule() throws Exception {
        UUID center = office(ALPHA, "1310000002");
        mvc.perform(as("alpha.admin", put("/api/v1/offices/" + center + "/modules/fixture-reports")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("module.requiredModuleOff"))
                .andExpect(jsonPath("$.detail").value("機能 fixture-reports を有効にするには、先に機能 fixture を有効にしてください。"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/" + center + "/modules/fixture")).header("Accept-Language", "en"))
                .andExpect(status().isOk());
        mvc.perform(as("alpha.admin", put("/api/v1/offices/" + center + "/modules/fixture-reports")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key=='fixture-reports')].enabled").value(true))
                .andExpect(jsonPath("$[?(@.key=='fixture-reports')].enabledBy").value("alpha.admin"));
        mvc.perform(as("alpha.admin", delete("/api/v1/offices/" + center + "/modules/fixture")).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Module fixture cannot be disabled: the enabled module fixture-reports requires it."));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/" + center + "/fixture-reports/summary"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("enabling a module for an office that offers none of its service types → 409; nothing stored")
    void serviceTypeNotOffered() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        mvc.perform(as("alpha.admin", put("/api/v1/offices/" + workshop + "/modules/fixture-a")).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("module.serviceTypeNotOffered"))
                .andExpect(jsonPath("$.detail").value("Module fixture-a serves [TYPE_A], which this office does not offer."));
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from office_module where module_key = 'fixture-a'", Long.class))).isZero();
        mvc.perform(as("alpha.admin", put("/api/v1/offices/" + workshop + "/modules/no-such-module")))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("support staff cannot switch modules (403)")
    void staffCannotSwitch() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        mvc.perform(as("alpha.staff", delete("/api/v1/offices/" + workshop + "/modules/fixture"))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + workshop + "/fixture/notes"))).andExpect(status().isOk());
    }
}
