package jp.tsunagu.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.checkin.CheckInService;
import jp.tsunagu.workspace.internal.domain.CheckInRules;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The check-in's two paths, given the same inputs, store the same thing: the entity path ({@link AttendanceService},
 * repositories and an entity, as inside a caller's transaction) and the batch path (the queue's transaction in
 * hand-written SQL, as every tablet and API check-in is written). Each case goes through the entity path first, in a
 * transaction that is rolled back after its rows are read, then through the batch path against the same stored state;
 * the service records are compared column by column (all but the id and the time of recording, which is also that of
 * creation) and so are their audit records, or the refusals (status, field, message key and arguments). The
 * workspace's internals are used directly because no endpoint chooses the entity path.
 */
class CheckInPathsIT extends IntegrationTest {
    private static final String ATTENDANCE = "/api/v1/offices/{o}/workspace/attendance";

    @Autowired
    AttendanceService entities;
    @Autowired
    CheckInService checkIns;
    @Autowired
    MeterRegistry meters;

    /** What a path did with a check-in: its stored row and audit record (without ids and times), or its refusal. */
    private record Result(Map<String, Object> row, Map<String, Object> audit, List<Object> refusal) {
        static Result refused(Problem p) {
            return new Result(null, null, List.of(p.getClass().getSimpleName(),
                    p instanceof Problem.Invalid i ? i.field() : "-", p.code(), Arrays.asList(p.args())));
        }
    }

    private Map<String, Object> row(UUID id) {
        Map<String, Object> row = new HashMap<>(jdbc.queryForMap("select * from service_record where id = ?", id));
        assertThat(row.remove("id")).isEqualTo(id);
        Object recordedAt = row.remove("recorded_at");
        assertThat(recordedAt).isNotNull();
        assertThat(row.remove("created_at")).as("a check-in's creation is its recording").isEqualTo(recordedAt);
        return row;
    }

    private Map<String, Object> audit(UUID id) {
        return jdbc.queryForMap("select tenant_id, username, office_id, subject_person_id, action, resource, request_id, outcome,"
                + " purpose, details from audit_record where resource_id = ?", id.toString());
    }

    /** The entity path, its rows read in its own transaction, which is then rolled back. */
    private Result viaEntities(CheckInRules.Request request) {
        return TenantContext.callAs(ALPHA, () -> tx.execute(status -> {
            status.setRollbackOnly();
            try {
                ServiceRecord r = entities.checkIn(request);
                return new Result(row(r.id()), audit(r.id()), null);
            } catch (Problem p) {
                return Result.refused(p);
            }
        }));
    }

    /** The batch path: outside a transaction, through the queue, committed. */
    private Result viaBatch(CheckInRules.Request request) {
        DistributionSummary batches = meters.get("tsunagu.workspace.check-in.batch").summary();
        long before = batches.count();
        Result result;
        try {
            ServiceRecord r = TenantContext.callAs(ALPHA, () -> checkIns.checkIn(request.office(), new PersonId(request.personId()), request.date(),
                    request.time(), request.groupId(), request.areaId(), request.contentId(), request.by()));
            result = inTenant(ALPHA, () -> new Result(row(r.id()), audit(r.id()), null));
        } catch (Problem p) {
            result = Result.refused(p);
        }
        boolean queued = result.refusal() == null || !result.refusal().get(2).equals("workspace.attendance.future");
        assertThat(batches.count()).as("decided in a batch of the queue (a future day is refused before)")
                .isEqualTo(before + (queued ? 1 : 0));
        return result;
    }

    /** Both paths with the same request: the same result, which is returned. */
    private Result same(CheckInRules.Request request) {
        Result entity = viaEntities(request);
        Result batch = viaBatch(request);
        assertThat(batch).as("the batch path's result against the entity path's").isEqualTo(entity);
        return batch;
    }

    private CheckInRules.Request request(UUID office, UUID person, String date, String time, UUID group, UUID area) {
        return new CheckInRules.Request(new OfficeId(office), person, LocalDate.parse(date), LocalTime.parse(time), group, area, null,
                "alpha.admin");
    }

    private UUID created(MockHttpServletRequestBuilder request, String body) throws Exception {
        String json = mvc.perform(as("alpha.admin", request.contentType("application/json").content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private void ok(MockHttpServletRequestBuilder request, String body) throws Exception {
        mvc.perform(as("alpha.admin", request.contentType("application/json").content(body))).andExpect(status().is2xxSuccessful());
    }

    /** A person of the office with a certificate from April 2026 (its decision {@code decision}) and a contract. */
    private UUID person(UUID office, String family, String kana, String type, String number, String decision, int days) throws Exception {
        UUID person = created(post("/api/v1/offices/{o}/persons", office), PlanningFixtures.person(family, "一", kana, "ハジメ"));
        contract(office, person, type, number, decision, days);
        return person;
    }

    private void contract(UUID office, UUID person, String type, String number, String decision, int days) throws Exception {
        UUID certificate = created(post("/api/v1/offices/{o}/persons/{p}/certificates", office, person),
                PlanningFixtures.certificate(number, "2026-04-01", "2027-03-31", decision));
        created(post("/api/v1/offices/{o}/persons/{p}/contracts", office, person),
                PlanningFixtures.contract(certificate, type, "2026-04-01", null, days));
    }

    private void rounding(UUID office, String start, String end) throws Exception {
        ok(put("/api/v1/offices/{o}/parameters/attendance-start-rounding", office),
                start == null ? "{\"value\": null, \"effectiveFrom\": \"2026-09-01\"}" : "{\"value\": \"" + start + "\", \"effectiveFrom\": \"2026-09-01\"}");
        ok(put("/api/v1/offices/{o}/parameters/attendance-end-rounding", office),
                end == null ? "{\"value\": null, \"effectiveFrom\": \"2026-09-01\"}" : "{\"value\": \"" + end + "\", \"effectiveFrom\": \"2026-09-01\"}");
    }

    @Test
    @DisplayName("the same check-ins through the entity path and the batch path store the same service record and audit record"
            + " (WS-6 rounding by the office, WS-7 beyond the amount, an area, lateness of an employed A型 user, a stay at another"
            + " office before it) or are refused for the same reason (WS-5 separation, no contract, not served, unknown group or"
            + " area, a second check-in of the day, an overlap with a stay at another office, a future day)")
    void bothPathsStoreTheSame() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID transition = office(ALPHA, "1310000003");
        ok(put("/api/v1/offices/{o}/modules/workspace", transition), "");
        UUID typeB = created(post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"B型(経路)\", \"kind\": \"TYPE_B\"}");
        UUID employed = created(post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"A型(経路)\", \"kind\": \"EMPLOYED_A\"}");
        UUID training = created(post("/api/v1/offices/{o}/workspace/groups", transition), "{\"name\": \"移行(経路)\", \"kind\": \"TRANSITION\"}");
        UUID room = created(post("/api/v1/offices/{o}/workspace/places", works), "{\"type\": \"AREA\", \"name\": \"作業室(経路)\"}");
        created(post("/api/v1/offices/{o}/workspace/assignments", works), """
                {"groupId": "%s", "placeId": "%s", "startsAt": "09:00", "endsAt": "16:00", "validFrom": "2026-09-01"}""".formatted(typeB, room));
        // B型, two days a month; also a 就労移行 user of the transition office
        UUID b = person(works, "経路", "ケイロ", "TYPE_B", "1310590001", """
                {"serviceType": "TYPE_B", "amountKind": "DAYS", "daysPerMonth": 2, "periodFrom": "2026-04-01", "periodTo": "2027-03-31"}""", 2);
        inTenant(ALPHA, () -> jdbc.update("insert into person_office (tenant_id, id, person_id, office_id, registered_at, registered_by)"
                + " values (?, gen_random_uuid(), ?, ?, now(), 'alpha.admin')",
                ALPHA.value(), b, transition));
        contract(transition, b, "TRANSITION", "1310590002", PlanningFixtures.standardDays("TRANSITION", "2026-04-01", "2027-03-31"), 5);
        // employed A型 with working hours from 09:00
        UUID a = person(works, "経路雇用", "ケイロコヨウ", "TYPE_A", "1310590003", PlanningFixtures.standardDays("TYPE_A", "2026-04-01", "2027-03-31"), 20);
        ok(put("/api/v1/offices/{o}/workspace/persons/{p}/working-hours", works, a),
                "{\"effectiveFrom\": \"2026-09-01\", \"start\": \"09:00\", \"end\": \"16:00\", \"breakMinutes\": 60}");
        UUID stranger = created(post("/api/v1/offices/{o}/persons", office(ALPHA, "1310000001")), PlanningFixtures.person("他所経路", "一", "ヨソ", "ハジメ"));
        rounding(works, "UP_10", "DOWN_30");
        try {
            // two days of September used, through the API
            for (String day : List.of("2026-09-01", "2026-09-02")) {
                created(post(ATTENDANCE + "/check-in", works), """
                        {"personId": "%s", "date": "%s", "time": "09:00", "groupId": "%s"}""".formatted(b, day, typeB));
            }

            Result third = same(request(works, b, "2026-09-03", "09:07:45", typeB, room));
            assertThat(third.row().get("check_in")).hasToString("09:07:00");
            assertThat(third.row().get("rounded_start")).hasToString("09:10:00");
            assertThat(third.row()).containsEntry("rounding", "UP_10/DOWN_30")
                    .containsEntry("exceeds_amount", true).containsEntry("area_id", room).containsEntry("service_type", "TYPE_B")
                    .containsEntry("status", "PRESENT").containsEntry("recorded_by", "alpha.admin").containsEntry("created_by", "alpha.admin")
                    .containsEntry("version", 0L);
            assertThat(third.row().get("late_minutes")).isNull();
            assertThat((String) third.audit().get("details")).isEqualTo("date=2026-09-03 in=09:07 exceeds the decided amount");

            Result late = same(request(works, a, "2026-09-03", "09:20", employed, null));
            assertThat(late.row()).containsEntry("late_minutes", 20).containsEntry("exceeds_amount", false)
                    .containsEntry("service_type", "TYPE_A");
            assertThat(late.row().get("rounded_start")).hasToString("09:20:00");

            assertThat(same(request(works, a, "2026-09-04", "10:00", employed, room)).refusal())
                    .containsExactly("Invalid", "placeId", "workspace.separation", List.of("作業室(経路)", "B型(経路)",
                            LocalTime.of(9, 0), LocalTime.of(16, 0)));
            assertThat(same(request(works, a, "2026-09-04", "10:00", typeB, null)).refusal())
                    .containsExactly("Invalid", "personId", "workspace.attendance.noContract", List.of(jp.tsunagu.kernel.ServiceType.TYPE_B,
                            LocalDate.of(2026, 9, 4)));
            assertThat(same(request(works, stranger, "2026-09-04", "10:00", typeB, null)).refusal())
                    .containsExactly("Invalid", "personId", "workspace.attendance.notServed", List.of(LocalDate.of(2026, 9, 4)));
            UUID noGroup = UUID.randomUUID();
            assertThat(same(request(works, b, "2026-09-04", "10:00", noGroup, null)).refusal())
                    .containsExactly("Invalid", "groupId", "workspace.unknown", List.of(noGroup));
            UUID noPlace = UUID.randomUUID();
            assertThat(same(request(works, b, "2026-09-04", "10:00", typeB, noPlace)).refusal())
                    .containsExactly("Invalid", "placeId", "workspace.unknown", List.of(noPlace));
            assertThat(same(request(works, b, "2026-09-01", "11:00", typeB, null)).refusal())
                    .containsExactly("Conflict", "-", "workspace.attendance.alreadyIn", List.of(LocalDate.of(2026, 9, 1), LocalTime.of(9, 0)));
            assertThat(same(request(works, b, "2099-09-01", "11:00", typeB, null)).refusal().subList(0, 3))
                    .containsExactly("Invalid", "date", "workspace.attendance.future");

            // at the transition office the same afternoon: refused while the person is still at the works, let in after
            assertThat(same(request(transition, b, "2026-09-03", "13:00", training, null)).refusal())
                    .containsExactly("Invalid", "time", "workspace.attendance.overlap", List.of(LocalTime.of(9, 7), "—"));
            ok(post(ATTENDANCE + "/check-out", works), """
                    {"personId": "%s", "date": "2026-09-03", "time": "12:00"}""".formatted(b));
            assertThat(same(request(transition, b, "2026-09-03", "11:00", training, null)).refusal())
                    .containsExactly("Invalid", "time", "workspace.attendance.overlap", List.of(LocalTime.of(9, 7), LocalTime.of(12, 0)));
            Result afternoon = same(request(transition, b, "2026-09-03", "13:00", training, null));
            assertThat(afternoon.row()).containsEntry("service_type", "TRANSITION").containsEntry("office_id", transition)
                    .containsEntry("rounding", "NONE/NONE").containsEntry("exceeds_amount", false);
        } finally {
            rounding(works, null, null); // back to what the office had before this test
        }
    }
}
