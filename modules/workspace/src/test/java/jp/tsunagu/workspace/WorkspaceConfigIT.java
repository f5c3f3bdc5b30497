package jp.tsunagu.workspace;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Workspace configuration of a multi-function office: groups, areas, contents, slots, separation (WS-5). */
class WorkspaceConfigIT extends IntegrationTest {

    private UUID create(String user, UUID office, String what, String body) throws Exception {
        String json = mvc.perform(as(user, post("/api/v1/offices/{o}/workspace/" + what, office).contentType("application/json").content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private static String slot(UUID group, UUID place, String from, String to) {
        return """
                {"groupId": "%s", "placeId": "%s", "startsAt": "%s", "endsAt": "%s", "validFrom": "2026-04-01"}"""
                .formatted(group, place, from, to);
    }

    private long assignments() {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from work_assignment", Long.class));
    }

    @Test
    @DisplayName("WS-5: 作業室1 and 箱折り belong to the B型 group, 作業室2 and 清掃受託 to employed A型; giving 作業室1 to A型 in the B型 slot is refused naming the rule; each group's shift table is its own")
    void ws5Separation() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID typeB = create("alpha.admin", works, "groups", "{\"name\": \"B型グループ\", \"kind\": \"TYPE_B\"}");
        UUID typeA = create("alpha.admin", works, "groups", "{\"name\": \"A型(雇用)グループ\", \"kind\": \"EMPLOYED_A\"}");
        UUID room1 = create("alpha.admin", works, "places", "{\"type\": \"AREA\", \"name\": \"作業室1\", \"location\": \"1階\", \"floorArea\": 42.5}");
        UUID room2 = create("alpha.admin", works, "places", "{\"type\": \"AREA\", \"name\": \"作業室2\", \"location\": \"2階\"}");
        UUID boxes = create("alpha.admin", works, "places", "{\"type\": \"CONTENT\", \"name\": \"箱折り\"}");
        UUID cleaning = create("alpha.admin", works, "places", "{\"type\": \"CONTENT\", \"name\": \"清掃受託\", \"offsite\": true}");
        create("alpha.admin", works, "assignments", slot(typeB, room1, "09:00", "16:00"));
        create("alpha.admin", works, "assignments", slot(typeB, boxes, "09:00", "16:00"));
        create("alpha.admin", works, "assignments", slot(typeA, room2, "09:00", "17:00"));
        create("alpha.admin", works, "assignments", slot(typeA, cleaning, "09:00", "17:00"));

        long before = assignments();
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/assignments", works).contentType("application/json")
                        .content(slot(typeA, room1, "10:00", "12:00"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("作業場所・作業内容の分離")))
                .andExpect(jsonPath("$.detail", containsString("作業室1")));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/assignments", works).header("Accept-Language", "en")
                        .contentType("application/json").content(slot(typeA, boxes, "15:00", "18:00"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Separate work places")));
        assertThat(assignments()).isEqualTo(before);
        create("alpha.admin", works, "assignments", slot(typeA, room1, "16:00", "17:00")); // after the B型 slot ends

        String bTable = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/groups/{g}/shift-table", works, typeB)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((java.util.List<String>) JsonPath.read(bTable, "$.slots[*].placeName")).containsExactlyInAnyOrder("作業室1", "箱折り");
        String aTable = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/groups/{g}/shift-table", works, typeA)))
                .andReturn().getResponse().getContentAsString();
        assertThat((java.util.List<String>) JsonPath.read(aTable, "$.slots[*].placeName")).containsExactlyInAnyOrder("作業室2", "清掃受託", "作業室1");
    }

    @Test
    @DisplayName("bad input: a slot ending before it starts, an unknown area, a group for a service the office lacks → 400 naming the field; nothing stored")
    void badInput() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = create("alpha.admin", works, "groups", "{\"name\": \"B型午後\", \"kind\": \"TYPE_B\"}");
        UUID area = create("alpha.admin", works, "places", "{\"type\": \"AREA\", \"name\": \"作業室3\"}");
        long before = assignments();
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/assignments", works).contentType("application/json")
                        .content(slot(group, area, "13:00", "12:00"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsAt"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/assignments", works).contentType("application/json")
                        .content(slot(group, UUID.randomUUID(), "13:00", "15:00"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("placeId"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/groups", works).contentType("application/json")
                        .content("{\"name\": \"移行\", \"kind\": \"TRANSITION\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(assignments()).isEqualTo(before);
    }

    @Test
    @DisplayName("another tenant's office, an office where workspace is off → 404; support staff cannot configure (403)")
    void guarded() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/workspace/groups", works))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/groups", office(ALPHA, "1310000001")))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/workspace/groups", works))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/groups/{g}/shift-table", works, UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/groups", works).contentType("application/json")
                        .content("{\"name\": \"\", \"kind\": \"TYPE_B\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }
}
