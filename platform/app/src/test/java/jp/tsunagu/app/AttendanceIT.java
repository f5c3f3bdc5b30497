package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Check-in and check-out at a multi-function office: contracts, separation, rounding (WS-6), the amount (WS-7). */
class AttendanceIT extends IntegrationTest {

    private UUID created(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        String json = mvc.perform(as(user, request.contentType("application/json").content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    /** A person of the office with a certificate (原則の日数 for the year from April 2026) and a contract. */
    private UUID person(UUID office, String family, String kana, String serviceType, String number) throws Exception {
        UUID person = created("alpha.admin", post("/api/v1/offices/{o}/persons", office), PlanningIT.person(family, "一", kana, "ハジメ"));
        UUID certificate = created("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/certificates", office, person),
                ContractsIT.certificate(number, "2026-04-01", "2027-03-31", ContractsIT.standardDays(serviceType, "2026-04-01", "2027-03-31")));
        created("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/contracts", office, person),
                ContractsIT.contract(certificate, serviceType, "2026-04-01", null, 20));
        return person;
    }

    private static String checkIn(UUID person, String date, String time, UUID group, UUID area) {
        return """
                {"personId": "%s", "date": "%s", "time": "%s", "groupId": "%s"%s}"""
                .formatted(person, date, time, group, area == null ? "" : ", \"areaId\": \"" + area + "\"");
    }

    private long records() {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from service_record", Long.class));
    }

    @Test
    @DisplayName("WS-6 with the office's rounding (start up 15, end down 15): 09:58-15:07, break 45 → 10:00-15:00, 255 minutes; WS-7: the 23rd day of April 2026 is recorded but flagged")
    void ws6RoundingAndWs7Amount() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = created("alpha.admin", post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"B型(出欠)\", \"kind\": \"TYPE_B\"}");
        UUID person = person(works, "出欠", "シュッケツ", "TYPE_B", "1310550001");
        for (String p : new String[] {"attendance-start-rounding:UP_15", "attendance-end-rounding:DOWN_15"}) {
            mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/parameters/{n}", works, p.split(":")[0]).contentType("application/json")
                    .content("{\"value\": \"" + p.split(":")[1] + "\", \"effectiveFrom\": \"2026-04-01\"}"))).andExpect(status().isOk());
        }
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/workspace/attendance/check-in", works).contentType("application/json")
                        .content(checkIn(person, "2026-04-01", "09:58", group, null))))
                .andExpect(status().isNotFound()); // staff of another office
        created("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", works), checkIn(person, "2026-04-01", "09:58", group, null));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-out", works).contentType("application/json")
                        .content("{\"personId\": \"" + person + "\", \"date\": \"2026-04-01\", \"time\": \"15:07\", \"breakMinutes\": 45, \"transportTo\": true}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roundedStart").value("10:00:00"))
                .andExpect(jsonPath("$.roundedEnd").value("15:00:00"))
                .andExpect(jsonPath("$.minutes").value(255))
                .andExpect(jsonPath("$.exceedsAmount").value(false));
        for (int day = 2; day <= 22; day++) {
            created("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", works),
                    checkIn(person, "2026-04-%02d".formatted(day), "10:00", group, null));
        }
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", works).contentType("application/json")
                        .content(checkIn(person, "2026-04-23", "10:00", group, null))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.exceedsAmount").value(true));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/attendance", works).param("date", "2026-04-22")))
                .andExpect(jsonPath("$[?(@.personId=='" + person + "')].exceedsAmount").value(false));
    }

    @Test
    @DisplayName("refusals, nothing stored: an employed A型 user into a B型 area (WS-5), no contract, a future date, check-out before check-in, a break longer than the stay")
    void refusals() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID typeB = created("alpha.admin", post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"B型(分離)\", \"kind\": \"TYPE_B\"}");
        UUID typeA = created("alpha.admin", post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"A型(分離)\", \"kind\": \"EMPLOYED_A\"}");
        UUID roomB = created("alpha.admin", post("/api/v1/offices/{o}/workspace/places", works), "{\"type\": \"AREA\", \"name\": \"作業室B\"}");
        created("alpha.admin", post("/api/v1/offices/{o}/workspace/assignments", works), """
                {"groupId": "%s", "placeId": "%s", "startsAt": "09:00", "endsAt": "16:00", "validFrom": "2026-04-01"}""".formatted(typeB, roomB));
        UUID employee = person(works, "雇用", "コヨウ", "TYPE_A", "1310550002");
        long before = records();
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", works).contentType("application/json")
                        .content(checkIn(employee, "2026-04-10", "10:00", typeA, roomB))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("placeId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("作業場所と作業内容を分けなければなりません")));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", works).contentType("application/json")
                        .content(checkIn(employee, "2026-04-10", "10:00", typeB, null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", works).contentType("application/json")
                        .content(checkIn(employee, "2099-04-10", "10:00", typeA, null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-out", works).contentType("application/json")
                        .content("{\"personId\": \"" + employee + "\", \"date\": \"2026-04-10\", \"time\": \"15:00\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("checkOut"));
        assertThat(records()).isEqualTo(before);
        created("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", works), checkIn(employee, "2026-04-10", "10:00", typeA, null));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-out", works).contentType("application/json")
                        .content("{\"personId\": \"" + employee + "\", \"date\": \"2026-04-10\", \"time\": \"09:30\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("checkOut"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-out", works).contentType("application/json")
                        .content("{\"personId\": \"" + employee + "\", \"date\": \"2026-04-10\", \"time\": \"11:00\", \"breakMinutes\": 60}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("breakMinutes"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", works).contentType("application/json")
                        .content(checkIn(employee, "2026-04-10", "11:00", typeA, null))))
                .andExpect(status().isConflict());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/attendance", works).param("date", "2026-04-10")))
                .andExpect(jsonPath("$[?(@.personId=='" + employee + "')].checkIn").value("10:00:00"))
                .andExpect(jsonPath("$[?(@.personId=='" + employee + "')].breakMinutes").value(0))
                .andExpect(jsonPath("$[?(@.personId=='" + employee + "' && @.checkOut)]").isEmpty()); // the refused check-outs left it open
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/workspace/attendance", works).param("date", "2026-04-10")))
                .andExpect(status().isNotFound());
    }
}
