package jp.tsunagu.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The office's claim profile (体制届 as data, #24 point 1): versions per service type checked against the rule tables of
 * their month, the one in force for a month beside what the wages module computes; bad input; isolation.
 */
class ClaimProfileIT extends IntegrationTest {
    private static final String PROFILES = "/api/v1/offices/{o}/claims/profiles";

    private String json(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    private void refused(String body, UUID office, String field, String ja, String en) throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", body(post(PROFILES, office), body).header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo(field);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? ja : en);
        }
    }

    private long count() {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from claim_profile", Long.class));
    }

    private static String typeB(String month, String staffing, int capacity, String tier, String status, String evidence) {
        return """
                {"serviceType": "TYPE_B", "effectiveMonth": "%s", "staffing": "%s", "capacity": %d, "kouchinTier": %s,
                 "revisionStatus": %s, "revisionEvidence": %s, "payImprovement": "I"}"""
                .formatted(month, staffing, capacity, tier == null ? "null" : "\"" + tier + "\"", status == null ? "null" : "\"" + status + "\"",
                        evidence == null ? "null" : "\"" + evidence + "\"");
    }

    @Test
    void versionsFiledAndTheOneInForceBesideTheComputedTier() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "請求の作業所", "TYPE_B", "planning", "workspace", "claims");
        // BL-1's office: B型 (Ⅱ) 7.5:1, capacity 20, tier T7, from April 2026 (R6, before the June revision)
        json("alpha.admin", body(post(PROFILES, office), typeB("2026-04", "II", 20, "T7", null, null)), 201);
        String june = typeB("2026-06", "II", 20, "T7", "IN_SCOPE", null).replace("\"payImprovement\": \"I\"", "\"payImprovement\": \"I_A\"");
        json("alpha.admin", body(post(PROFILES, office), june), 201);
        json("alpha.admin", body(post(PROFILES, office), june), 409);

        String may = json("alpha.admin", get(PROFILES + "/in-force?serviceType=TYPE_B&month=2026-05", office), 200);
        assertThat(JsonPath.<String>read(may, "$.profile.effectiveMonth")).isEqualTo("2026-04");
        assertThat(JsonPath.<String>read(may, "$.profile.revisionStatus")).isEqualTo("STANDARD");
        assertThat(JsonPath.<String>read(may, "$.comparisons[0].source")).as("the wages module is off here").isEqualTo("wages:off");
        String july = json("alpha.admin", get(PROFILES + "/in-force?serviceType=TYPE_B&month=2026-07", office), 200);
        assertThat(JsonPath.<String>read(july, "$.profile.effectiveMonth")).isEqualTo("2026-06");
        assertThat(JsonPath.<String>read(july, "$.profile.payImprovement")).isEqualTo("I_A");
        json("alpha.admin", get(PROFILES + "/in-force?serviceType=TYPE_B&month=2026-03", office), 404);

        String page = mvc.perform(get("/offices/" + office + "/claims/profile").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("体制届", "令和8年6月", "改定対象", "T7", "計算値なし");
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(PROFILES, office), 200), "$[*].effectiveMonth"))
                .containsExactly("2026-06", "2026-04");
    }

    @Test
    void theWagesModulesTierIsShownBesideTheFiledOne() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "工賃のある作業所", "TYPE_B", "planning", "workspace", "wages", "claims");
        json("alpha.admin", body(post(PROFILES, office), typeB("2026-04", "II", 20, "T7", null, null)), 201);
        String may = json("alpha.admin", get(PROFILES + "/in-force?serviceType=TYPE_B&month=2026-05", office), 200);
        // the wages module has no reward profile of its own for the office yet: nothing computed, no warning
        assertThat(JsonPath.<String>read(may, "$.comparisons[0].source")).startsWith("wages:");
        assertThat(JsonPath.<Boolean>read(may, "$.comparisons[0].differs")).isFalse();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "届出の作業所", "TYPE_B", "planning", "workspace", "claims");
        long before = count();
        refused(typeB("2026-04", "II", 20, "T9", null, null), office, "kouchinTier", "区分 T9 は", "Tier T9 is not in the base reward table");
        refused(typeB("2026-07", "II", 20, "T7", null, null), office, "revisionStatus", "2026-06 以降のB型は", "From 2026-06 a type B office");
        refused(typeB("2026-07", "II", 20, "T7", "EXEMPT", null), office, "revisionEvidence", "改定対象外とするには", "Enter the grounds");
        refused(typeB("2026-04", "VII", 20, "T7", null, null), office, "staffing", "人員配置の区分は", "The staffing type is one of");
        refused(typeB("2023-04", "II", 20, "T7", null, null), office, "effectiveMonth", "2023-04 には報酬の規則がありません",
                "There are no reward rules for 2023-04");
        refused(typeB("2026-04", "II", 20, "T7", null, null).replace("\"TYPE_B\"", "\"TYPE_A\""), office, "serviceType",
                "この事業所は TYPE_A を提供していません", "This office does not offer TYPE_A");
        refused(typeB("2026-04", "II", 20, "T7", null, null).replace("\"payImprovement\": \"I\"", "\"payImprovement\": \"I_A\""), office,
                "payImprovement", "処遇改善加算の区分 I_A は", "Pay improvement class I_A is not in the table");
        assertThat(count()).isEqualTo(before);

        // another tenant's office is not there; a member without the privilege is refused
        json("beta.admin", get(PROFILES, office), 404);
        json("beta.admin", body(post(PROFILES, office), typeB("2026-04", "II", 20, "T7", null, null)), 404);
        mvc.perform(get("/offices/" + office + "/claims/profile").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(PROFILES, office), 403);
        json("alpha.auditor", body(post(PROFILES, office), typeB("2026-04", "II", 20, "T7", null, null)), 403);
    }

    /** An addition accepted by the 15th counts from the next month, a later one from the month after (rule data). */
    @Test
    void additionsCountFromTheMonthTheRuleGives() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "加算の作業所", "TYPE_B", "planning", "workspace", "claims");
        json("alpha.admin", body(post(PROFILES, office), typeB("2026-04", "II", 20, "T7", null, null)), 201);
        String byThe15th = json("alpha.admin", body(post(PROFILES + "/additions", office), """
                {"serviceType": "TYPE_B", "addition": "TRANSPORT_I", "acceptedOn": "2026-05-15"}"""), 201);
        assertThat(JsonPath.<String>read(byThe15th, "$.countsFrom")).isEqualTo("2026-06");
        String after = json("alpha.admin", body(post(PROFILES + "/additions", office), """
                {"serviceType": "TYPE_B", "addition": "MEAL_PROVISION", "acceptedOn": "2026-05-16"}"""), 201);
        assertThat(JsonPath.<String>read(after, "$.countsFrom")).isEqualTo("2026-07");
        String june = json("alpha.admin", get(PROFILES + "/in-force?serviceType=TYPE_B&month=2026-06", office), 200);
        assertThat(JsonPath.<List<String>>read(june, "$.additions[*].addition")).containsExactly("TRANSPORT_I");
        String july = json("alpha.admin", get(PROFILES + "/in-force?serviceType=TYPE_B&month=2026-07", office), 200);
        assertThat(JsonPath.<List<String>>read(july, "$.additions[*].addition")).containsExactlyInAnyOrder("TRANSPORT_I", "MEAL_PROVISION");

        long before = inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from claim_addition", Long.class));
        for (String[] bad : new String[][] {
                {"{\"serviceType\": \"TYPE_B\", \"addition\": \"FREE_LUNCH\", \"acceptedOn\": \"2026-05-01\"}", "addition",
                        "加算 FREE_LUNCH は 2026-06 のサービスコード表にありません", "Addition FREE_LUNCH is not in the service-code table of 2026-06"},
                {"{\"serviceType\": \"TYPE_B\", \"addition\": \"TRANSPORT_I\", \"acceptedOn\": \"2099-01-01\"}", "acceptedOn",
                        "まだ来ていない日 (2099-01-01)", "A day still to come (2099-01-01)"},
                {"{\"serviceType\": \"TYPE_A\", \"addition\": \"TRANSPORT_I\", \"acceptedOn\": \"2026-05-01\"}", "serviceType",
                        "この事業所は TYPE_A を提供していません", "This office does not offer TYPE_A"}}) {
            for (String language : new String[] {"ja", "en"}) {
                String problem = json("alpha.admin", body(post(PROFILES + "/additions", office), bad[0]).header("Accept-Language", language), 400);
                assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo(bad[1]);
                assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? bad[2] : bad[3]);
            }
        }
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from claim_addition", Long.class))).isEqualTo(before);
        json("beta.admin", get(PROFILES + "/additions", office), 404);
        json("alpha.auditor", body(post(PROFILES + "/additions", office), """
                {"serviceType": "TYPE_B", "addition": "TRANSPORT_I", "acceptedOn": "2026-05-15"}"""), 403);
    }
}
