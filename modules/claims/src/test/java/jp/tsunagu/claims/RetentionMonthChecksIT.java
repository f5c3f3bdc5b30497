package jp.tsunagu.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.training.TrainingFixtures;
import org.junit.jupiter.api.Test;

/**
 * 就労定着支援 before the claim (TR-3): a person's month without a face-to-face contact is named and not billable; the
 * filed retention tier is shown beside the training module's.
 */
class RetentionMonthChecksIT extends ClaimsIntegrationTest {
    private static final String SUPPORTS = "/api/v1/offices/{o}/training/retention-support";

    @Test
    void tr3AMonthWithoutAFaceToFaceContactIsNamedAndNotBillable() throws Exception {
        UUID office = TrainingFixtures.retentionOffice(mvc, "alpha.admin", "定着の事業所 (請求)");
        json("alpha.admin", put("/api/v1/offices/{o}/modules/{m}", office, "claims"), 200);
        json("alpha.admin", body(post(CLAIMS + "/profiles", office), """
                {"serviceType": "RETENTION", "effectiveMonth": "2026-04", "staffing": "I", "capacity": 40, "retentionTier": "95_PLUS"}"""), 201);
        UUID person = TrainingFixtures.retentionUser(mvc, "alpha.admin", office, "定着", "テイチャク", "2026-04-01", "2027-03-31");
        UUID support = TrainingFixtures.retentionSupport(mvc, "alpha.admin", office, person, "株式会社みらい物流", "2025-10-01", "2026-04-01",
                "2029-03-31", true);
        json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-04-10", "faceToFace": true, "withWhom": "PERSON", "issues": "通勤の疲れ"}"""), 201);
        json("alpha.admin", body(post(SUPPORTS + "/{s}/contacts", office, support), """
                {"date": "2026-05-12", "faceToFace": false, "withWhom": "EMPLOYER", "issues": "勤怠は安定"}"""), 201);

        String may = json("alpha.admin", get(CLAIMS + "/months/2026-05/checks?serviceType=RETENTION", office).header("Accept-Language", "ja"), 200);
        assertThat(JsonPath.<Integer>read(may, "$.persons")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(may, "$.findings[?(@.messageKey == 'claims.check.noFaceToFace')].name")).containsExactly("定着 一");
        assertThat(JsonPath.<List<String>>read(may, "$.findings[?(@.messageKey == 'claims.check.noFaceToFace')].link"))
                .containsExactly("/offices/" + office + "/training/retention-support");
        String april = json("alpha.admin", get(CLAIMS + "/months/2026-04/checks?serviceType=RETENTION", office), 200);
        assertThat(JsonPath.<List<String>>read(april, "$.findings[*].messageKey")).doesNotContain("claims.check.noFaceToFace");
        String page = mvc.perform(get("/offices/" + office + "/claims/months?month=2026-05&serviceType=RETENTION").with(uiUser("alpha.admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2026-05 に対面での支援がありません。就労定着支援のこの月は請求できません。");

        // the filed tier beside the training module's computation for FY2026 (no users in FY2023-FY2025 here)
        String inForce = json("alpha.admin", get(CLAIMS + "/profiles/in-force?serviceType=RETENTION&month=2026-05", office), 200);
        assertThat(JsonPath.<List<String>>read(inForce, "$.comparisons[*].field")).containsExactly("retentionTier");
        assertThat(JsonPath.<List<String>>read(inForce, "$.comparisons[*].source").getFirst()).startsWith("training");
        json("beta.admin", get(CLAIMS + "/months/2026-05/checks?serviceType=RETENTION", office), 404);
    }
}
