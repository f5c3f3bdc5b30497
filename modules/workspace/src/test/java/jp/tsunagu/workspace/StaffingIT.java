package jp.tsunagu.workspace;

import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff and their hours, the month's full-time equivalent against the staffing ratio (WS-4) and capacity over-use
 * (WS-3). Office 1310000005 (A型 20, non-employed A型 9, B型 10) has the workspace module; 1310000003 (就労移行 10)
 * gets it in the tests that use it. The database is shared with the other tests: months and days are the tests'
 * own, and counts of shared tables are compared before and after.
 */
class StaffingIT extends IntegrationTest {

    private UUID created(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        String json = mvc.perform(as(user, request.contentType("application/json").content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private String json(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID staff(UUID office, String name, String kana) throws Exception {
        return created("alpha.admin", post("/api/v1/offices/{o}/workspace/staff", office), """
                {"name": "%s", "kana": "%s"}""".formatted(name, kana));
    }

    private UUID assign(UUID office, UUID staff, String role, String serviceType, String hours, String from, String to) throws Exception {
        return created("alpha.admin", post("/api/v1/offices/{o}/workspace/staff/{s}/assignments", office, staff),
                assignment(role, serviceType, hours, from, to));
    }

    private static String assignment(String role, String serviceType, String hours, String from, String to) {
        return """
                {"role": "%s", "serviceType": "%s", "hoursPerWeek": %s, "validFrom": "%s"%s}"""
                .formatted(role, serviceType, hours, from, to == null ? "" : ", \"validTo\": \"" + to + "\"");
    }

    /** A person of the office with a certificate, a benefit decision and a usage contract for the period. */
    private UUID person(UUID office, String kana, String serviceType, String from, String to) throws Exception {
        UUID person = created("alpha.admin", post("/api/v1/offices/{o}/persons", office), PlanningFixtures.person("定員", "試験", kana, "シケン"));
        UUID certificate = created("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/certificates", office, person),
                PlanningFixtures.certificate(PlanningFixtures.newNumber(), from, to, PlanningFixtures.standardDays(serviceType, from, to)));
        created("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/contracts", office, person),
                PlanningFixtures.contract(certificate, serviceType, from, null, 20));
        return person;
    }

    private List<UUID> persons(UUID office, int n, String serviceType, String from, String to) throws Exception {
        List<UUID> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(person(office, "テイイン", serviceType, from, to));
        }
        return list;
    }

    private void checkIn(UUID office, UUID person, String date, UUID group) throws Exception {
        created("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-in", office), """
                {"personId": "%s", "date": "%s", "time": "10:00", "groupId": "%s"}""".formatted(person, date, group));
    }

    private UUID group(UUID office, String name, String kind) throws Exception {
        return WorkspaceFixtures.group(mvc, "alpha.admin", office, name, kind);
    }

    /** 就労移行センター 1310000003 with the workspace module (the manifests leave it off; each test's provisioning resets it). */
    private UUID transitionOffice() throws Exception {
        UUID office = office(ALPHA, "1310000003");
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/modules/workspace", office))).andExpect(status().is2xxSuccessful());
        return office;
    }

    private long rows(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    @SuppressWarnings("unchecked")
    private <T> T first(String json, String path) {
        List<T> found = JsonPath.read(json, path);
        assertThat(found).as(path).hasSize(1);
        return found.getFirst();
    }

    /** The one number at {@code path} (under a filter), whatever JSON type it came as (3.0, 40, 87.5). */
    private double number(String json, String path) {
        Object value = JsonPath.read(json, path);
        if (value instanceof List<?> list) {
            assertThat(list).as(path).hasSize(1);
            value = list.getFirst();
        }
        return ((Number) value).doubleValue();
    }

    /** A request made afresh for each call (a builder keeps the headers it was given). */
    @FunctionalInterface
    private interface Request {
        MockHttpServletRequestBuilder make();
    }

    @Test
    @DisplayName("WS-4: full time 40 h a week, staff of 40, 32, 20 and 30 h → 3.0 (a service manager does not count); A型 without last year's records uses its capacity 20 + 9 → 2.9 required at the default (Ⅱ) 10:1: no shortage; B型 with no staff: shortage")
    void ws4FullTimeEquivalent() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/parameters/{n}", works, "full-time-hours-per-week").contentType("application/json")
                .content("{\"value\": \"40\", \"effectiveFrom\": \"2031-04-01\"}"))).andExpect(status().isOk());
        String[][] team = {{"常勤 一", "ジョウキン ハジメ", "VOCATIONAL_INSTRUCTOR", "40"}, {"非常勤 二", "ヒジョウキン フタバ", "LIFE_SUPPORT_WORKER", "32"},
                {"非常勤 三", "ひじょうきん みつ", "LIFE_SUPPORT_WORKER", "20"}, {"非常勤 四", "ヒジョウキン ヨツ", "VOCATIONAL_INSTRUCTOR", "30"},
                {"管理 五", "カンリ イツ", "SERVICE_MANAGER", "40"}};
        for (String[] member : team) {
            assign(works, staff(works, member[0], member[1]), member[2], "TYPE_A", member[3], "2031-04-01", "2031-04-30");
        }
        String report = json("alpha.admin", get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2031-04"));
        assertThat(number(report, "$.fullTimeHoursPerWeek")).isEqualTo(40);
        assertThat(JsonPath.<String>read(report, "$.month")).isEqualTo("2031-04");
        String a = "$.services[?(@.serviceType == 'TYPE_A')]";
        assertThat(JsonPath.<List<String>>read(report, a + ".pooledServiceTypes[*]")).containsExactly("TYPE_A", "TYPE_A_NON_EMPLOYED");
        assertThat(number(report, a + ".capacity")).isEqualTo(29);
        assertThat(this.<String>first(report, a + ".level")).isEqualTo("II");
        assertThat(this.<String>first(report, a + ".levelOrigin")).isEqualTo("DEFAULT");
        assertThat(this.<String>first(report, a + ".averageUsersBasis")).isEqualTo("CAPACITY");
        assertThat(number(report, a + ".averageUsers")).isEqualTo(29.0);
        assertThat(this.<String>first(report, a + ".fiscalYearFrom")).isEqualTo("2030-04-01");
        assertThat(number(report, a + ".requirements[0].fte")).isEqualTo(3.0);
        assertThat(number(report, a + ".requirements[0].staffCount")).isEqualTo(4);
        assertThat(number(report, a + ".requirements[0].requiredFte")).isEqualTo(2.9);
        assertThat(this.<Boolean>first(report, a + ".shortage")).isFalse();
        String b = "$.services[?(@.serviceType == 'TYPE_B')]";
        assertThat(this.<String>first(report, b + ".level")).isEqualTo("III");
        assertThat(number(report, b + ".requirements[0].requiredFte")).isEqualTo(1.0);
        assertThat(number(report, b + ".requirements[0].fte")).isEqualTo(0.0);
        assertThat(this.<Boolean>first(report, b + ".shortage")).isTrue();
        assertThat(JsonPath.<Boolean>read(report, "$.shortage")).isTrue();
        assertThat(JsonPath.<List<String>>read(report, "$.rules.entries[*].name"))
                .contains("staffing-ratio", "full-time-equivalent", "full-time-hours-per-week");
        assertThat(JsonPath.<List<String>>read(report, "$.rules.entries[?(@.name == 'full-time-hours-per-week')].value")).containsExactly("40 (OFFICE)");
    }

    @Test
    @DisplayName("shortage by the office's staffing level: one B型 staff member of 30 + 20 h counts full time (1.0): enough at (Ⅲ) 10:1 for 10 users, short at (Ⅰ) 6:1 (1.7) from the month the office files it")
    void shortageByLevel() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID member = staff(works, "兼務 六", "ケンム ロク");
        assign(works, member, "VOCATIONAL_INSTRUCTOR", "TYPE_B", "30", "2031-05-01", null);
        assign(works, member, "LIFE_SUPPORT_WORKER", "TYPE_B", "20", "2031-05-01", null);
        String b = "$.services[?(@.serviceType == 'TYPE_B')]";
        String may = json("alpha.admin", get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2031-05"));
        assertThat(number(may, b + ".requirements[0].fte")).isEqualTo(1.0);
        assertThat(number(may, b + ".requirements[0].countedHoursPerWeek")).isEqualTo(40.0);
        assertThat(this.<Boolean>first(may, b + ".shortage")).isFalse();

        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/workspace/staffing/levels", works).contentType("application/json")
                        .content("{\"serviceType\": \"TYPE_B\", \"level\": \"I\", \"effectiveFrom\": \"2031-06-01\"}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value("I")).andExpect(jsonPath("$.origin").value("OFFICE"));
        String june = json("alpha.admin", get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2031-06"));
        assertThat(this.<String>first(june, b + ".level")).isEqualTo("I");
        assertThat(this.<String>first(june, b + ".levelOrigin")).isEqualTo("OFFICE");
        assertThat(number(june, b + ".requirements[0].requiredFte")).isEqualTo(1.7);
        assertThat(number(june, b + ".requirements[0].fte")).isEqualTo(1.0);
        assertThat(this.<Boolean>first(june, b + ".shortage")).isTrue();
        assertThat(this.<Boolean>first(json("alpha.admin", get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2031-05")),
                b + ".shortage")).isFalse(); // the month before keeps the default (Ⅲ)
        String levels = json("alpha.admin", get("/api/v1/offices/{o}/workspace/staffing/levels", works).param("date", "2031-06-01"));
        assertThat(this.<String>first(levels, "$[?(@.serviceType == 'TYPE_B')].level")).isEqualTo("I");
        assertThat(this.<List<String>>first(levels, "$[?(@.serviceType == 'TYPE_B')].allowed")).containsExactly("I", "II", "III", "IV", "V", "VI");
        assertThat(this.<String>first(levels, "$[?(@.serviceType == 'TYPE_A')].origin")).isEqualTo("DEFAULT");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'office_staffing_level'"
                + " and office_id = ? and details like 'level=I from=2031-06-01%'", Long.class, works))).isEqualTo(1);
    }

    @Test
    @DisplayName("last year's records: 14 + 14 + 3 user-days on 3 opening days of FY2025 → 10.4 users (rounded up); 就労移行 in April 2026 needs 1.8 of 職業指導員 + 生活支援員 (40 + 32 h: met) and 0.7 of 就労支援員 (20 h = 0.5: short, until a 30 h one for half the month adds 0.375)")
    void shortageFromLastYearsRecords() throws Exception {
        UUID center = transitionOffice();
        UUID group = group(center, "移行(人員)", "TRANSITION");
        List<UUID> users = persons(center, 14, "TRANSITION", "2025-04-01", "2026-03-31");
        for (UUID p : users) {
            checkIn(center, p, "2025-10-01", group);
            checkIn(center, p, "2025-10-02", group);
        }
        for (UUID p : users.subList(0, 3)) {
            checkIn(center, p, "2025-11-04", group);
        }
        assign(center, staff(center, "指導 七", "シドウ ナナ"), "VOCATIONAL_INSTRUCTOR", "TRANSITION", "40", "2026-04-01", null);
        assign(center, staff(center, "生活 八", "セイカツ ハチ"), "LIFE_SUPPORT_WORKER", "TRANSITION", "32", "2026-04-01", null);
        assign(center, staff(center, "就労 九", "シュウロウ キュウ"), "EMPLOYMENT_SUPPORT_WORKER", "TRANSITION", "20", "2026-04-01", null);

        String report = json("alpha.admin", get("/api/v1/offices/{o}/workspace/staffing", center).param("month", "2026-04"));
        String t = "$.services[?(@.serviceType == 'TRANSITION')]";
        assertThat(this.<String>first(report, t + ".averageUsersBasis")).isEqualTo("RECORDS");
        assertThat(number(report, t + ".userDays")).isEqualTo(31);
        assertThat(number(report, t + ".openingDays")).isEqualTo(3);
        assertThat(number(report, t + ".averageUsers")).isEqualTo(10.4);
        assertThat(this.<String>first(report, t + ".level")).isEqualTo("STANDARD");
        String direct = t + ".requirements[?(@.staff == 'DIRECT_SUPPORT')]";
        String placement = t + ".requirements[?(@.staff == 'EMPLOYMENT_SUPPORT')]";
        assertThat(number(report, direct + ".requiredFte")).isEqualTo(1.8);
        assertThat(number(report, direct + ".fte")).isEqualTo(1.8);
        assertThat(this.<Boolean>first(report, direct + ".shortage")).isFalse();
        assertThat(number(report, placement + ".requiredFte")).isEqualTo(0.7);
        assertThat(number(report, placement + ".fte")).isEqualTo(0.5);
        assertThat(this.<Boolean>first(report, placement + ".shortage")).isTrue();
        assertThat(JsonPath.<Boolean>read(report, "$.shortage")).isTrue();

        assign(center, staff(center, "就労 十", "シュウロウ トオ"), "EMPLOYMENT_SUPPORT_WORKER", "TRANSITION", "30", "2026-04-16", null);
        String after = json("alpha.admin", get("/api/v1/offices/{o}/workspace/staffing", center).param("month", "2026-04"));
        assertThat(number(after, placement + ".fte")).isEqualTo(0.8); // (20 + 30 × 15/30) ÷ 40 = 0.875
        assertThat(JsonPath.<Boolean>read(after, "$.shortage")).isFalse();
    }

    @Test
    @DisplayName("WS-3: A型 capacity 20 → 30 users in a day are not flagged, 31 are; the three-month test of the multi-function office uses its combined capacity 39; the answer names the rule version")
    void ws3DailyOverCapacity() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = group(works, "A型(定員)", "EMPLOYED_A");
        List<UUID> users = persons(works, 31, "TYPE_A", "2026-04-01", "2027-03-31");
        for (UUID p : users.subList(0, 30)) {
            checkIn(works, p, "2026-10-19", group);
        }
        String at30 = json("alpha.admin", get("/api/v1/offices/{o}/workspace/capacity", works).param("date", "2026-10-19"));
        String a = "$.day.tests[?(@.scope == 'TYPE_A')]";
        assertThat(number(at30, a + ".users")).isEqualTo(30);
        assertThat(number(at30, a + ".capacity")).isEqualTo(20);
        assertThat(number(at30, a + ".limit")).isEqualTo(30);
        assertThat(this.<Boolean>first(at30, a + ".flagged")).isFalse();
        assertThat(JsonPath.<Boolean>read(at30, "$.day.flagged")).isFalse();

        checkIn(works, users.get(30), "2026-10-19", group);
        String at31 = json("alpha.admin", get("/api/v1/offices/{o}/workspace/capacity", works).param("date", "2026-10-19"));
        assertThat(number(at31, a + ".users")).isEqualTo(31);
        assertThat(this.<Boolean>first(at31, a + ".flagged")).isTrue();
        assertThat(JsonPath.<Boolean>read(at31, "$.day.flagged")).isTrue();
        assertThat(JsonPath.<Boolean>read(at31, "$.flagged")).isTrue();
        assertThat(number(at31, "$.day.usersByService.TYPE_A")).isEqualTo(31);
        assertThat(number(at31, "$.day.usersByService.TYPE_B")).isZero();
        assertThat(number(at31, "$.day.users")).isEqualTo(31);
        assertThat(number(at31, "$.day.tests[?(@.scope == 'TYPE_B')].limit")).isEqualTo(15);
        assertThat(JsonPath.<Boolean>read(at31, "$.multiFunction")).isTrue();
        assertThat(JsonPath.<String>read(at31, "$.day.basis")).isEqualTo("PER_SERVICE");
        assertThat(JsonPath.<String>read(at31, "$.threeMonths.basis")).isEqualTo("COMBINED");
        assertThat(JsonPath.<String>read(at31, "$.threeMonths.from")).isEqualTo("2026-08-01");
        assertThat(JsonPath.<String>read(at31, "$.threeMonths.to")).isEqualTo("2026-10-31");
        Map<String, Object> combined = JsonPath.<List<Map<String, Object>>>read(at31, "$.threeMonths.tests").getFirst();
        assertThat(combined).containsEntry("scope", "OFFICE").containsEntry("capacity", 39);
        int openingDays = (Integer) combined.get("openingDays");
        assertThat(((Number) combined.get("limit")).doubleValue()).isEqualTo(39 * openingDays * 1.25);
        assertThat(((Number) combined.get("userDays")).intValue()).isGreaterThanOrEqualTo(31);
        assertThat(number(at31, "$.reductionPercent")).isEqualTo(70);
        assertThat(JsonPath.<List<String>>read(at31, "$.rules.entries[*].name")).containsExactly("over-capacity");
        assertThat(JsonPath.<List<String>>read(at31, "$.rules.entries[*].effectiveFrom")).containsExactly("2024-04-01");
    }

    @Test
    @DisplayName("WS-3 three months at a capacity of 10 ((10 + 3) × opening days): 14 users on the one opening day are within the daily limit of 15 but above 13 for the three months")
    void ws3ThreeMonths() throws Exception {
        UUID center = transitionOffice();
        UUID group = group(center, "移行(定員)", "TRANSITION");
        for (UUID p : persons(center, 14, "TRANSITION", "2026-04-01", "2027-03-31")) {
            checkIn(center, p, "2026-08-03", group);
        }
        String report = json("alpha.admin", get("/api/v1/offices/{o}/workspace/capacity", center).param("date", "2026-08-20"));
        assertThat(JsonPath.<Boolean>read(report, "$.multiFunction")).isFalse();
        assertThat(number(report, "$.day.users")).isZero();
        String day = json("alpha.admin", get("/api/v1/offices/{o}/workspace/capacity", center).param("date", "2026-08-03"));
        assertThat(number(day, "$.day.tests[?(@.scope == 'TRANSITION')].users")).isEqualTo(14);
        assertThat(number(day, "$.day.tests[?(@.scope == 'TRANSITION')].limit")).isEqualTo(15);
        assertThat(JsonPath.<Boolean>read(day, "$.day.flagged")).isFalse();
        String period = "$.threeMonths.tests[?(@.scope == 'TRANSITION')]";
        assertThat(number(report, period + ".userDays")).isEqualTo(14);
        assertThat(number(report, period + ".openingDays")).isEqualTo(1);
        assertThat(number(report, period + ".limit")).isEqualTo(13);
        assertThat(this.<Boolean>first(report, period + ".flagged")).isTrue();
        assertThat(JsonPath.<Boolean>read(report, "$.flagged")).isTrue();
        String november = json("alpha.admin", get("/api/v1/offices/{o}/workspace/capacity", center).param("date", "2026-11-01"));
        assertThat(JsonPath.<Boolean>read(november, "$.threeMonths.flagged")).isFalse(); // September to November: no record
    }

    @Test
    @DisplayName("staff CRUD: listed by kana, read, renamed, an assignment ended and one deleted, a staff member without assignments deleted; every read and write of staff names is audited")
    void staffCrud() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID sato = staff(works, "佐藤 花子", "さとう はなこ");
        UUID abe = staff(works, "安部 一郎", "アベ イチロウ");
        UUID assignment = assign(works, sato, "LIFE_SUPPORT_WORKER", "TYPE_B", "32.5", "2026-04-01", null);
        UUID wrong = assign(works, sato, "VOCATIONAL_INSTRUCTOR", "TYPE_B", "8", "2026-04-01", null);

        String list = json("alpha.admin", get("/api/v1/offices/{o}/workspace/staff", works));
        List<String> ids = JsonPath.read(list, "$[*].id");
        assertThat(ids.indexOf(abe.toString())).isLessThan(ids.indexOf(sato.toString())); // アベ before サトウ
        assertThat(this.<String>first(list, "$[?(@.id == '" + sato + "')].kana")).isEqualTo("サトウ ハナコ");
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/staff/{s}", works, sato)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("佐藤 花子"))
                .andExpect(jsonPath("$.assignments.length()").value(2))
                .andExpect(jsonPath("$.assignments[?(@.id == '" + assignment + "')].hoursPerWeek").value(32.5));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/workspace/staff/{s}", works, sato).contentType("application/json")
                        .content("{\"name\": \"鈴木 花子\", \"kana\": \"スズキ ハナコ\"}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("鈴木 花子"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/workspace/staff/{s}/assignments/{a}", works, sato, assignment)
                        .contentType("application/json").content(assignment("LIFE_SUPPORT_WORKER", "TYPE_B", "32.5", "2026-04-01", "2026-09-30"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.validTo").value("2026-09-30"));
        mvc.perform(as("alpha.admin", delete("/api/v1/offices/{o}/workspace/staff/{s}/assignments/{a}", works, sato, wrong)))
                .andExpect(status().isNoContent());
        mvc.perform(as("alpha.admin", delete("/api/v1/offices/{o}/workspace/staff/{s}", works, sato)).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("give the assignments an end date")));
        mvc.perform(as("alpha.admin", delete("/api/v1/offices/{o}/workspace/staff/{s}", works, abe))).andExpect(status().isNoContent());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/staff/{s}", works, abe))).andExpect(status().isNotFound());

        Map<String, Long> audited = new java.util.HashMap<>();
        inTenant(ALPHA, () -> {
            jdbc.query("select action || ' ' || resource as what, count(*) as n from audit_record where office_id = ?"
                        + " and (resource_id in (?, ?, ?, ?) or resource = 'staff_list') group by 1", rs -> {
                    audited.put(rs.getString("what"), rs.getLong("n"));
                }, works, sato.toString(), abe.toString(), assignment.toString(), wrong.toString());
            return null;
        });
        assertThat(audited).containsEntry("CREATE staff_member", 2L).containsEntry("UPDATE staff_member", 1L)
                .containsEntry("DELETE staff_member", 1L).containsEntry("CREATE staff_assignment", 2L)
                .containsEntry("UPDATE staff_assignment", 1L).containsEntry("DELETE staff_assignment", 1L)
                .containsKey("READ staff_list");
        assertThat(audited.get("READ staff_member")).isGreaterThanOrEqualTo(1L);
    }

    @Test
    @DisplayName("bad input on every new endpoint → 400 naming the field, in Japanese and English; nothing stored")
    void badInput() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID member = staff(works, "入力 確認", "ニュウリョク カクニン");
        UUID kept = assign(works, member, "VOCATIONAL_INSTRUCTOR", "TYPE_B", "20", "2026-04-01", "2026-04-30");
        long staffBefore = rows("staff_member");
        long assignmentsBefore = rows("staff_assignment");
        long levelsBefore = rows("office_staffing_level");

        expect400(() -> post("/api/v1/offices/{o}/workspace/staff", works), "{\"name\": \" \", \"kana\": \"テスト\"}", "name", "氏名 は必須です", "name is required");
        expect400(() -> post("/api/v1/offices/{o}/workspace/staff", works), "{\"name\": \"山田 太郎\", \"kana\": \"Yamada\"}", "kana",
                "フリガナはカタカナ", "Enter the kana reading in katakana");
        expect400(() -> put("/api/v1/offices/{o}/workspace/staff/{s}", works, member), "{\"name\": \"山田 太郎\", \"kana\": \"山田\"}", "kana",
                "フリガナはカタカナ", "katakana");
        String path = "/api/v1/offices/{o}/workspace/staff/{s}/assignments";
        expect400(() -> post(path, works, member), assignment("CHEF", "TYPE_B", "20", "2026-04-01", null), "role", "role の値の型", "role has the wrong type");
        expect400(() -> post(path, works, member), assignment("LIFE_SUPPORT_WORKER", "TYPE_B", "-1", "2026-04-01", null), "hoursPerWeek",
                "週の勤務時間 -1 時間は 0 より多く 60 時間以下", "Hours a week of -1 must be more than 0 and at most 60");
        expect400(() -> post(path, works, member), assignment("LIFE_SUPPORT_WORKER", "TYPE_B", "0", "2026-04-01", null), "hoursPerWeek",
                "0 より多く", "more than 0");
        expect400(() -> post(path, works, member), assignment("LIFE_SUPPORT_WORKER", "TYPE_B", "169", "2026-04-01", null), "hoursPerWeek",
                "60 時間以下", "at most 60");
        expect400(() -> post(path, works, member), assignment("LIFE_SUPPORT_WORKER", "TYPE_B", "20.125", "2026-04-01", null), "hoursPerWeek",
                "小数第2位まで", "at most two decimals");
        expect400(() -> post(path, works, member), assignment("LIFE_SUPPORT_WORKER", "TYPE_B", "20", "2026-04-01", "2026-03-31"), "validTo",
                "終了日 2026-03-31 が開始日 2026-04-01 より前", "The end 2026-03-31 is before the start 2026-04-01");
        expect400(() -> post(path, works, member), assignment("LIFE_SUPPORT_WORKER", "TRANSITION", "20", "2026-04-01", null), "serviceType",
                "サービス種別 TRANSITION を提供していません", "does not offer service type TRANSITION");
        expect400(() -> post(path, works, member), "{\"role\": \"LIFE_SUPPORT_WORKER\", \"serviceType\": \"TYPE_B\", \"validFrom\": \"2026-04-01\"}",
                "hoursPerWeek", "週の勤務時間 は必須です", "hours a week is required");
        expect400(() -> put(path + "/{a}", works, member, kept), assignment("VOCATIONAL_INSTRUCTOR", "TYPE_B", "200", "2026-04-01", "2026-04-30"),
                "hoursPerWeek", "60 時間以下", "at most 60");

        String levels = "/api/v1/offices/{o}/workspace/staffing/levels";
        expect400(() -> put(levels, works), "{\"serviceType\": \"TYPE_A\", \"level\": \"III\", \"effectiveFrom\": \"2031-04-01\"}", "level",
                "人員配置区分 III は TYPE_A にはありません。選べる区分: I, II", "Staffing level III does not exist for TYPE_A; the levels are: I, II");
        expect400(() -> put(levels, works), "{\"serviceType\": \"TYPE_B\", \"level\": \"II\", \"effectiveFrom\": \"2031-04-15\"}", "effectiveFrom",
                "月の初日から適用", "from the first day of a month");
        expect400(() -> put(levels, works), "{\"serviceType\": \"TRANSITION\", \"level\": \"STANDARD\", \"effectiveFrom\": \"2031-04-01\"}",
                "serviceType", "提供していません", "does not offer");
        expect400(() -> put(levels, works), "{\"serviceType\": \"TYPE_B\", \"level\": \"II\", \"effectiveFrom\": \"2020-04-01\"}", "effectiveFrom",
                "規則", "No rule found");

        expect400(() -> get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2026-13"), null, "month", "month の値の型", "month has the wrong type");
        expect400(() -> get("/api/v1/offices/{o}/workspace/staffing", works), null, "month", "必須", "required");
        expect400(() -> get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2023-04"), null, "month", "規則", "No rule found");
        expect400(() -> get("/api/v1/offices/{o}/workspace/capacity", works).param("date", "2026-02-30"), null, "date", "date の値の型", "date has the wrong type");
        expect400(() -> get("/api/v1/offices/{o}/workspace/capacity", works).param("date", "2024-03-31"), null, "date", "規則", "No rule found");
        expect400(() -> get("/api/v1/offices/{o}/workspace/staffing/levels", works).param("date", "2020-01-01"), null, "date", "規則", "No rule found");

        assertThat(rows("staff_member")).isEqualTo(staffBefore);
        assertThat(rows("staff_assignment")).isEqualTo(assignmentsBefore);
        assertThat(rows("office_staffing_level")).isEqualTo(levelsBefore);
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/staff/{s}", works, member)))
                .andExpect(jsonPath("$.kana").value("ニュウリョク カクニン"))
                .andExpect(jsonPath("$.assignments[0].hoursPerWeek").value(20));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/staff/{s}", works, UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", put(path + "/{a}", works, member, UUID.randomUUID()).contentType("application/json")
                .content(assignment("VOCATIONAL_INSTRUCTOR", "TYPE_B", "20", "2026-04-01", null)))).andExpect(status().isNotFound());
    }

    /** The request answers 400 naming {@code field}, with the Japanese text by default and the English one on request. */
    private void expect400(Request request, String body, String field, String japanese, String english) throws Exception {
        for (String language : new String[] {"ja", "en"}) {
            MockHttpServletRequestBuilder r = request.make().header("Accept-Language", language);
            if (body != null) {
                r = r.contentType("application/json").content(body);
            }
            mvc.perform(as("alpha.admin", r))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.errors[0].message", containsString(language.equals("ja") ? japanese : english)));
        }
    }

    @Test
    @DisplayName("another tenant, staff of another office, an auditor and a login without a second factor are refused; the figures need no second factor")
    void access() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID member = staff(works, "権限 確認", "ケンゲン カクニン");
        List<Request> reads = List.of(() -> get("/api/v1/offices/{o}/workspace/staff", works),
                () -> get("/api/v1/offices/{o}/workspace/staff/{s}", works, member),
                () -> get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2026-04"),
                () -> get("/api/v1/offices/{o}/workspace/staffing/levels", works),
                () -> get("/api/v1/offices/{o}/workspace/capacity", works).param("date", "2026-04-01"));
        for (Request r : reads) {
            mvc.perform(as("beta.admin", r.make())).andExpect(status().isNotFound());
            mvc.perform(as("alpha.staff", r.make())).andExpect(status().isNotFound());
        }
        mvc.perform(as("beta.admin", put("/api/v1/offices/{o}/workspace/staff/{s}", works, member).contentType("application/json")
                .content("{\"name\": \"乗っ取り\", \"kana\": \"ノットリ\"}"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get("/api/v1/offices/{o}/workspace/staff", works))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2026-04")))
                .andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", post("/api/v1/offices/{o}/workspace/staff", works).contentType("application/json")
                .content("{\"name\": \"監査 人\", \"kana\": \"カンサ ヒト\"}"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offices/{o}/workspace/staff", works)
                        .header("Authorization", "Bearer " + TestTokens.withoutSecondFactor("alpha.admin")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("mfa.required"));
        mvc.perform(get("/api/v1/offices/{o}/workspace/staffing", works).param("month", "2026-04")
                        .header("Authorization", "Bearer " + TestTokens.withoutSecondFactor("alpha.admin")))
                .andExpect(status().isOk());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/staff/{s}", works, member)))
                .andExpect(jsonPath("$.name").value("権限 確認"));
        // in the OpenAPI document, so that the access matrix (AccessMatrixIT) calls every one of them
        String api = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Map<String, Object>>read(api, "$.paths")).containsKeys("/api/v1/offices/{officeId}/workspace/staff",
                "/api/v1/offices/{officeId}/workspace/staff/{staffId}", "/api/v1/offices/{officeId}/workspace/staff/{staffId}/assignments",
                "/api/v1/offices/{officeId}/workspace/staff/{staffId}/assignments/{assignmentId}",
                "/api/v1/offices/{officeId}/workspace/staffing", "/api/v1/offices/{officeId}/workspace/staffing/levels",
                "/api/v1/offices/{officeId}/workspace/capacity");
    }
}
