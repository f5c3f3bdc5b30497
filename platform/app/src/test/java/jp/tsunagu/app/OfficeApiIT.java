package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The tenant and office API: scoping, 404 for foreign resources, and bad input that stores nothing. */
class OfficeApiIT extends IntegrationTest {

    private static final String VALID = """
            {"officeNumber":"%s","name":"アルファ第二作業所","prefecture":"TOKYO","regionalClass":"GRADE_1",
             "services":[{"serviceType":"TYPE_B","capacity":20},{"serviceType":"TRANSITION","capacity":6}]}""";

    @Test
    @DisplayName("a tenant admin sees every office of the tenant, a staff member only their own")
    void listIsScopedByMembership() throws Exception {
        mvc.perform(as("alpha.admin", get("/api/v1/offices")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].officeNumber", hasItem("1310000001")))
                .andExpect(jsonPath("$[*].officeNumber", hasItem("1310000002")))
                .andExpect(jsonPath("$[?(@.officeNumber=='1310000002')].multiFunction").value(true))
                .andExpect(jsonPath("$[*].officeNumber", not(hasItem("2710000001"))));
        mvc.perform(as("alpha.staff", get("/api/v1/offices")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].officeNumber").value("1310000001"));
    }

    @Test
    @DisplayName("another tenant's office and another office of the same tenant answer 404")
    void foreignOfficesAreNotFound() throws Exception {
        UUID betaOffice = office(BETA, "2710000001");
        UUID alphaSecond = office(ALPHA, "1310000002");
        mvc.perform(as("alpha.admin", get("/api/v1/offices/" + betaOffice)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + alphaSecond))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", put("/api/v1/offices/" + betaOffice).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("2710000009"))))
                .andExpect(status().isNotFound());
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, betaOffice)))
                .isEqualTo("2710000001");
        mvc.perform(as("alpha.admin", get("/api/v1/offices/not-a-uuid"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("a tenant admin creates an office; it belongs to the tenant and is multi-function")
    void createOffice() throws Exception {
        String number = "13" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted(number))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.officeNumber").value(number))
                .andExpect(jsonPath("$.multiFunction").value(true))
                .andExpect(jsonPath("$.services.length()").value(2));
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from office where office_number = ?", Long.class, number)))
                .isOne();
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from office where office_number = ?", Long.class, number)))
                .isZero();
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted(number))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(number)));
    }

    @Test
    @DisplayName("WS-1: an A型 office with 20 employed places may have 9 non-employed, not 10 (400 naming the capacity and the rule, ja/en); nothing stored")
    void ws1NonEmployedCapacityIsChecked() throws Exception {
        long before = officeCount();
        String body = """
                {"officeNumber": "%s", "name": "A型センター", "prefecture": "TOKYO", "regionalClass": "GRADE_1",
                 "services": [{"serviceType": "TYPE_A", "capacity": 20}, {"serviceType": "TYPE_A_NON_EMPLOYED", "capacity": %d}]}""";
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON).content(body.formatted("1388800001", 10))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("services[1].capacity"))
                .andExpect(jsonPath("$.errors[0].message", containsString("上限 9 人")));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body.formatted("1388800001", 10))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("exceeds the limit of 9 for an employed capacity of 20")));
        assertThat(officeCount()).isEqualTo(before);
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON).content(body.formatted("1388800001", 9))))
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("support staff may not create offices (403)")
    void staffCannotCreate() throws Exception {
        mvc.perform(as("alpha.staff", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("1399999999"))))
                .andExpect(status().isForbidden());
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from office where office_number = '1399999999'", Long.class)))
                .isZero();
    }

    @Test
    @DisplayName("an office number that is not 10 digits → 400 naming the field, in Japanese and English; nothing stored")
    void officeNumberMustHaveTenDigits() throws Exception {
        long before = officeCount();
        String body = VALID.formatted("131234567");
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON).content(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("officeNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("Pattern"))
                .andExpect(jsonPath("$.errors[0].message").value("事業所番号は10桁の数字で入力してください。"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Accept-Language", "en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officeNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("The office number must be exactly 10 digits."));
        assertThat(officeCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("capacity ≤ 0, over-long name, wrong types, invalid JSON → 400 naming the field; nothing stored")
    void badInput() throws Exception {
        long before = officeCount();
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("1311111111").replace("\"capacity\":20", "\"capacity\":0"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("services[0].capacity"))
                .andExpect(jsonPath("$.errors[0].rule").value("Positive"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("1311111111").replace("アルファ第二作業所", "あ".repeat(101)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].rule").value("Size"))
                .andExpect(jsonPath("$.errors[0].message").value("名称 は 1 以上 100 以下の長さで入力してください。"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("1311111111").replace("\"capacity\":20", "\"capacity\":\"many\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("services[0].capacity"))
                .andExpect(jsonPath("$.errors[0].rule").value("type"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("1311111111").replace("\"TOKYO\"", "\"ATLANTIS\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("prefecture"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"officeNumber\": ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.unreadable"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.formatted("1311111111").replace("\"TRANSITION\"", "\"TYPE_B\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("services[1].serviceType"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices").contentType(MediaType.APPLICATION_JSON).content("{}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5));
        assertThat(officeCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("the active tenant is the user's: GET /api/v1/tenant, rename by admin, 400 for a blank name")
    void tenant() throws Exception {
        mvc.perform(as("beta.admin", get("/api/v1/tenant")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("株式会社 ベータ"))
                .andExpect(jsonPath("$.kind").value("CORPORATION"));
        mvc.perform(as("beta.admin", patch("/api/v1/tenant").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select name from tenant", String.class))).isEqualTo("株式会社 ベータ");
        // the user's kept membership lookup shows the new name on the next request
        mvc.perform(as("beta.admin", get("/api/v1/me"))).andExpect(jsonPath("$.memberships[0].tenantName").value("株式会社 ベータ"));
        mvc.perform(as("beta.admin", patch("/api/v1/tenant").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"株式会社 ベータ東\"}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("株式会社 ベータ東"));
        mvc.perform(as("beta.admin", get("/api/v1/me"))).andExpect(jsonPath("$.memberships[0].tenantName").value("株式会社 ベータ東"));
    }

    private long officeCount() {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from office", Long.class));
    }
}
