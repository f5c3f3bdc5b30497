package jp.tsunagu.workspace;

import jp.tsunagu.app.EmbeddedDatabase;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;

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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Check-in and check-out at a multi-function office: contracts, separation, rounding (WS-6), the amount (WS-7). */
class AttendanceIT extends IntegrationTest {
    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private UUID created(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        String json = mvc.perform(as(user, request.contentType("application/json").content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    /** A person of the office with a certificate (原則の日数 for the year from April 2026) and a contract. */
    private UUID person(UUID office, String family, String kana, String serviceType, String number) throws Exception {
        return PlanningFixtures.servedPerson(mvc, "alpha.admin", office, family, kana, serviceType, number);
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
    @DisplayName("check-ins sent at once, written in shared transactions while the office's audit trail is held: each request"
            + " gets its own answer (a second check-in of a person's day is a conflict, an unknown group a 400 naming the"
            + " field), each record is stored once, with an audit record of its own request")
    void checkInsAtOnce() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = created("alpha.admin", post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"B型(同時)\", \"kind\": \"TYPE_B\"}");
        UUID[] persons = new UUID[6];
        for (int k = 0; k < persons.length; k++) {
            persons[k] = person(works, "同時" + k, "ドウジ", "TYPE_B", "13105600%02d".formatted(k));
        }
        record Sent(String requestId, String body, int expected) {
        }
        java.util.List<Sent> sent = new java.util.ArrayList<>();
        for (int k = 0; k < persons.length; k++) {
            sent.add(new Sent("at-once-" + k, checkIn(persons[k], "2026-05-11", "09:0" + k, group, null), 201));
        }
        sent.add(new Sent("at-once-again", checkIn(persons[0], "2026-05-11", "09:30", group, null), 409)); // one of the two
        sent.add(new Sent("at-once-next-day", checkIn(persons[1], "2026-05-12", "09:00", group, null), 201));
        sent.add(new Sent("at-once-bad-group", checkIn(persons[2], "2026-05-13", "09:00", UUID.randomUUID(), null), 400));
        String lock = "select pg_advisory_lock(hashtextextended('audit_record:' || '" + ALPHA.value() + ":" + works + "', 0))";
        java.util.Map<String, org.springframework.mock.web.MockHttpServletResponse> answers = new java.util.concurrent.ConcurrentHashMap<>();
        var batches = meters.get("tsunagu.workspace.check-in.batch").summary();
        long transactions = batches.count();
        double written = batches.totalAmount();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(sent.size());
        try (java.sql.Connection c = EmbeddedDatabase.start(null).superuser(); java.sql.Statement holder = c.createStatement()) {
            holder.execute(lock); // the first batches wait at the audit trail, the others queue up behind them
            for (Sent one : sent) {
                pool.submit(() -> answers.put(one.requestId(), mvc.perform(as("alpha.admin",
                        post("/api/v1/offices/{o}/workspace/attendance/check-in", works).header("X-Request-Id", one.requestId())
                                .contentType("application/json").content(one.body()))).andReturn().getResponse()));
            }
            awaitLockWaits(holder, 1); // the first batch waits at the audit trail
            Thread.sleep(1_000); // the others queue up behind it (a batch gives up after 2 s)
            assertThat(answers.values()).noneMatch(r -> r.getStatus() == 201); // no success before its record is committed
            holder.execute(lock.replace("pg_advisory_lock", "pg_advisory_unlock"));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(answers).hasSize(sent.size());
        assertThat(batches.totalAmount() - written).as("check-ins in shared transactions")
                .isGreaterThan(batches.count() - transactions);
        int firstOfPerson0 = answers.get("at-once-0").getStatus() == 201 ? 1 : 0;
        assertThat(firstOfPerson0 + (answers.get("at-once-again").getStatus() == 201 ? 1 : 0)).isEqualTo(1);
        assertThat(answers.get(firstOfPerson0 == 1 ? "at-once-again" : "at-once-0").getContentAsString())
                .contains("workspace.attendance.alreadyIn");
        for (Sent one : sent) {
            if (!one.requestId().equals("at-once-0") && !one.requestId().equals("at-once-again")) {
                assertThat(answers.get(one.requestId()).getStatus()).as(one.requestId()).isEqualTo(one.expected());
            }
        }
        assertThat(answers.get("at-once-bad-group").getContentAsString()).contains("groupId");
        String stored = "select count(*) from service_record where person_id::text = any(?)";
        Object ids = java.util.Arrays.stream(persons).map(UUID::toString).toArray(String[]::new);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(stored, Long.class, ids))).isEqualTo(7L);
        for (var answer : answers.entrySet()) {
            if (answer.getValue().getStatus() == 201) {
                String id = JsonPath.read(answer.getValue().getContentAsString(), "$.id");
                assertThat(inTenant(ALPHA, () -> jdbc.queryForList("select request_id from audit_record where resource_id = ?",
                        String.class, id))).as(answer.getKey()).containsExactly(answer.getKey());
            }
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    @DisplayName("a shared transaction that waits for a lock longer than the lock timeout gives up, and its check-ins are"
            + " written one by one: every one answered 201 and stored once")
    void batchPastTheLockTimeout(CapturedOutput output) throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = created("alpha.admin", post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"B型(待ち)\", \"kind\": \"TYPE_B\"}");
        UUID[] persons = new UUID[5];
        for (int k = 0; k < persons.length; k++) {
            persons[k] = person(works, "待機" + k, "タイキ", "TYPE_B", "13105700%02d".formatted(k));
        }
        var batches = meters.get("tsunagu.workspace.check-in.batch").summary();
        long transactions = batches.count();
        double written = batches.totalAmount();
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(persons.length);
        try (java.sql.Connection first = EmbeddedDatabase.start(null).superuser();
             java.sql.Connection second = EmbeddedDatabase.start(null).superuser()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            String hold = "select 1 from person where id = '%s' for update";
            first.createStatement().execute(hold.formatted(persons[0])); // the first check-in (alone) waits for this row
            answers.add(pool.submit(() -> checkInStatus(works, persons[0], group)));
            awaitLockWaits(second, 1);
            second.createStatement().execute(hold.formatted(persons[1])); // the batch behind it will wait for this one
            for (int k = 1; k < persons.length; k++) {
                UUID person = persons[k];
                answers.add(pool.submit(() -> checkInStatus(works, person, group)));
            }
            Thread.sleep(1_000); // they queue up behind the first
            first.commit(); // the first is written; the others go together and wait for the second row
            long giveUp = System.nanoTime() + 20_000_000_000L;
            while (!output.toString().contains("check-ins failed") && System.nanoTime() < giveUp) {
                Thread.sleep(50); // until the batch has given up (lock timeout 2 s)
            }
            second.commit();
        } finally {
            pool.shutdown();
        }
        for (var answer : answers) {
            assertThat(answer.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(201);
        }
        assertThat(output).contains("check-ins failed");
        assertThat(batches.count() - transactions).isEqualTo(5); // the first alone, then the others one by one
        assertThat(batches.totalAmount() - written).isEqualTo(5.0);
        String stored = "select count(*) from service_record where person_id::text = any(?)";
        Object ids = java.util.Arrays.stream(persons).map(UUID::toString).toArray(String[]::new);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(stored, Long.class, ids))).isEqualTo(5L);
    }

    /** Waits (20 s at most) until at least {@code n} sessions of the database wait for a lock. */
    private static void awaitLockWaits(java.sql.Statement observer, int n) throws Exception {
        long giveUp = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < giveUp) {
            try (java.sql.ResultSet rs = observer.executeQuery("select count(*) from pg_locks where not granted")) {
                if (rs.next() && rs.getInt(1) >= n) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no session waited for a lock");
    }

    private static void awaitLockWaits(java.sql.Connection observer, int n) throws Exception {
        try (java.sql.Statement s = observer.createStatement()) {
            awaitLockWaits(s, n);
        }
    }

    private int checkInStatus(UUID office, UUID person, UUID group) throws Exception {
        return mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", office)
                .contentType("application/json").content(checkIn(person, "2026-05-18", "09:00", group, null))))
                .andReturn().getResponse().getStatus();
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
