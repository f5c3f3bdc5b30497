package jp.tsunagu.workspace;

import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.workspace.api.AttendanceQueries;
import jp.tsunagu.workspace.events.AttendanceCorrected;
import jp.tsunagu.workspace.events.AttendanceMonthClosed;
import jp.tsunagu.workspace.events.AttendanceRecorded;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The day's records beyond check-in and check-out: absences with the response given, staff corrections with a
 * reason, lateness only for employed A型 users, overlaps, voluntary insurance, the monthly record sheet, its
 * confirmation and the month's close, the events and the api query.
 */
@RecordApplicationEvents
class AttendanceRecordsIT extends IntegrationTest {
    private static final String ATTENDANCE = "/api/v1/offices/{o}/workspace/attendance";

    @Autowired
    ApplicationEvents events;

    @Autowired
    AttendanceQueries queries;

    private String body(String user, MockHttpServletRequestBuilder request, String body, int status) throws Exception {
        return mvc.perform(as(user, request.contentType("application/json").content(body)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private UUID created(MockHttpServletRequestBuilder request, String body) throws Exception {
        return UUID.fromString(JsonPath.read(body("alpha.admin", request, body, 201), "$.id"));
    }

    private UUID group(UUID office, String name, String kind) throws Exception {
        return WorkspaceFixtures.group(mvc, "alpha.admin", office, name, kind);
    }

    private UUID person(UUID office, String family, String kana, String type, String number) throws Exception {
        return PlanningFixtures.servedPerson(mvc, "alpha.admin", office, family, kana, type, number);
    }

    private UUID checkIn(UUID office, UUID person, String date, String time, UUID group) throws Exception {
        return WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, person, date, time, group);
    }

    private String checkOut(UUID office, UUID person, String date, String time, String extra, int status) throws Exception {
        return body("alpha.admin", post(ATTENDANCE + "/check-out", office), """
                {"personId": "%s", "date": "%s", "time": "%s"%s}""".formatted(person, date, time, extra), status);
    }

    private long count(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    @Test
    @DisplayName("an absence keeps how it was notified and the response given, does not count as a day used, and is refused without the notice")
    void absence() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = group(works, "B型(欠席)", "TYPE_B");
        UUID person = person(works, "欠席", "ケッセキ", "TYPE_B", "1310550101");
        long before = count("service_record");
        mvc.perform(as("alpha.admin", post(ATTENDANCE + "/absence", works).header("Accept-Language", "en").contentType("application/json")
                        .content("{\"personId\": \"%s\", \"date\": \"2026-06-02\", \"groupId\": \"%s\", \"contact\": \" \"}".formatted(person, group))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contact"));
        assertThat(count("service_record")).isEqualTo(before);
        String absent = body("alpha.admin", post(ATTENDANCE + "/absence", works), """
                {"personId": "%s", "date": "2026-06-02", "groupId": "%s", "contact": "8:40 母より電話。発熱のため欠席", "response": "体調を確認し、受診を勧めた。明日の送迎を調整"}"""
                .formatted(person, group), 201);
        assertThat((String) JsonPath.read(absent, "$.status")).isEqualTo("ABSENT");
        assertThat((String) JsonPath.read(absent, "$.absenceResponse")).contains("受診を勧めた");
        body("alpha.admin", post(ATTENDANCE + "/check-in", works), """
                {"personId": "%s", "date": "2026-06-02", "time": "10:00", "groupId": "%s"}""".formatted(person, group), 409);
        checkIn(works, person, "2026-06-03", "10:00", group);
        inTenant(ALPHA, () -> {
            assertThat(queries.month(new jp.tsunagu.kernel.OfficeId(works), new jp.tsunagu.kernel.PersonId(person), YearMonth.of(2026, 6)))
                    .containsExactly(new AttendanceQueries.MonthOfService(new jp.tsunagu.kernel.PersonId(person), jp.tsunagu.kernel.ServiceType.TYPE_B, YearMonth.of(2026, 6), 1, 0, 1, false));
            return null;
        });
    }

    @Test
    @DisplayName("opening days (wages' divisor): the days with somebody present under the types asked; two users on one day make one day, an absence alone none, another type or month nothing")
    void openingDays() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "開所日作業所", "TYPE_B", "planning", "workspace");
        UUID group = group(office, "B型(開所日)", "TYPE_B");
        UUID first = person(office, "開所", "カイショ", "TYPE_B", PlanningFixtures.newNumber());
        UUID second = person(office, "開所二", "カイショニ", "TYPE_B", PlanningFixtures.newNumber());
        checkIn(office, first, "2026-07-01", "10:00", group);
        checkIn(office, second, "2026-07-01", "10:05", group);
        checkIn(office, first, "2026-07-02", "10:00", group);
        body("alpha.admin", post(ATTENDANCE + "/absence", office), """
                {"personId": "%s", "date": "2026-07-03", "groupId": "%s", "contact": "電話で欠席の連絡"}""".formatted(second, group), 201);
        OfficeId id = new OfficeId(office);
        Set<ServiceType> typeB = Set.of(ServiceType.TYPE_B);
        inTenant(ALPHA, () -> {
            assertThat(queries.openingDays(id, YearMonth.of(2026, 7), typeB)).isEqualTo(2);
            assertThat(queries.openingDays(id, YearMonth.of(2026, 7), Set.of(ServiceType.TYPE_A))).isZero();
            assertThat(queries.openingDays(id, YearMonth.of(2026, 8), typeB)).isZero();
            return null;
        });
    }

    @Test
    @DisplayName("a correction needs a reason, recomputes the minutes, keeps before and after, is audited and announced")
    void correction() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = group(works, "B型(訂正)", "TYPE_B");
        UUID person = person(works, "訂正", "テイセイ", "TYPE_B", "1310550102");
        UUID record = checkIn(works, person, "2026-06-04", "10:00", group);
        checkOut(works, person, "2026-06-04", "15:00", ", \"breakMinutes\": 60", 200);
        assertThat(events.stream(AttendanceRecorded.class).filter(e -> e.personId().value().equals(person)))
                .singleElement().satisfies(e -> assertThat(e.minutes()).isEqualTo(240));
        long corrections = count("service_record_correction");
        String ja = body("alpha.admin", put(ATTENDANCE + "/{r}", works, record), "{\"checkIn\": \"09:30\", \"checkOut\": \"15:00\", \"reason\": \"\"}", 400);
        assertThat((String) JsonPath.read(ja, "$.errors[0].field")).isEqualTo("reason");
        String en = mvc.perform(as("alpha.admin", put(ATTENDANCE + "/{r}", works, record).header("Accept-Language", "en").contentType("application/json")
                .content("{\"checkIn\": \"09:30\", \"checkOut\": \"09:00\", \"reason\": \"打刻忘れ\"}"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(en, "$.errors[0].field")).isEqualTo("checkOut");
        assertThat(count("service_record_correction")).isEqualTo(corrections);
        String corrected = body("alpha.admin", put(ATTENDANCE + "/{r}", works, record), """
                {"checkIn": "09:30", "checkOut": "15:00", "breakMinutes": 60, "meal": true, "reason": "到着時にタブレットの打刻を忘れた (送迎記録で確認)"}""", 200);
        assertThat((Integer) JsonPath.read(corrected, "$.minutes")).isEqualTo(270);
        assertThat((Boolean) JsonPath.read(corrected, "$.corrected")).isTrue();
        mvc.perform(as("alpha.admin", get(ATTENDANCE + "/{r}/corrections", works, record)))
                .andExpect(jsonPath("$[0].reason").value(containsString("打刻を忘れた")))
                .andExpect(jsonPath("$[0].before.checkIn").value("10:00"))
                .andExpect(jsonPath("$[0].after.checkIn").value("09:30"))
                .andExpect(jsonPath("$[0].after.meal").value(true))
                .andExpect(jsonPath("$[0].afterClose").value(false));
        assertThat(events.stream(AttendanceCorrected.class).filter(e -> e.personId().value().equals(person)))
                .singleElement().satisfies(e -> assertThat(List.of(e.minutesBefore(), e.minutesAfter())).containsExactly(240, 270));
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource_id = ? and details like 'correction:%'", Long.class, record.toString())))
                .isEqualTo(1);
        mvc.perform(as("beta.admin", get(ATTENDANCE + "/{r}/corrections", works, record))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", put(ATTENDANCE + "/{r}", works, record).contentType("application/json")
                .content("{\"checkIn\": \"09:30\", \"reason\": \"x\"}"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("labour-ness guard rails: lateness and early leave for employed A型 users only; no working hours, and so no marks, for B型 users, not even by the database")
    void labourGuardRails() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID employed = group(works, "A型(所定)", "EMPLOYED_A");
        UUID typeB = group(works, "B型(自由)", "TYPE_B");
        UUID worker = person(works, "所定", "ショテイ", "TYPE_A", "1310550103");
        UUID free = person(works, "自由", "ジユウ", "TYPE_B", "1310550104");
        body("alpha.admin", put("/api/v1/offices/{o}/workspace/persons/{p}/working-hours", works, worker),
                "{\"effectiveFrom\": \"2026-06-01\", \"start\": \"09:00\", \"end\": \"16:00\", \"breakMinutes\": 60}", 200);
        long hours = count("working_hours");
        String refused = mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/workspace/persons/{p}/working-hours", works, free)
                        .header("Accept-Language", "en").contentType("application/json")
                        .content("{\"effectiveFrom\": \"2026-06-01\", \"start\": \"09:00\", \"end\": \"16:00\"}")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(refused, "$.errors[0].field")).isEqualTo("personId");
        assertThat((String) JsonPath.read(refused, "$.errors[0].message")).contains("free attendance and hours");
        assertThat(count("working_hours")).isEqualTo(hours);
        checkIn(works, worker, "2026-06-05", "09:20", employed);
        checkIn(works, free, "2026-06-05", "11:45", typeB);
        String w = checkOut(works, worker, "2026-06-05", "15:30", ", \"breakMinutes\": 60", 200);
        String f = checkOut(works, free, "2026-06-05", "13:00", "", 200);
        assertThat((Integer) JsonPath.read(w, "$.lateMinutes")).isEqualTo(20);
        assertThat((Integer) JsonPath.read(w, "$.earlyLeaveMinutes")).isEqualTo(30);
        assertThat(f).doesNotContain("lateMinutes").doesNotContain("earlyLeaveMinutes"); // null: never measured
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update(
                "update service_record set late_minutes = 5 where person_id = ?", free)))
                .hasMessageContaining("service_record_lateness_employed_only");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("""
                insert into working_hours (tenant_id, id, office_id, person_id, service_type, effective_from, start_time, end_time,
                                           break_minutes, recorded_at, recorded_by)
                values (?, gen_random_uuid(), ?, ?, 'TYPE_B', '2026-06-01', '09:00', '16:00', 0, now(), 'test')""",
                ALPHA.value(), works, free))).hasMessageContaining("working_hours_service_type_check");
    }

    @Test
    @DisplayName("one person's stays never overlap, even at two offices; off-site work needs its place (April: StaffingIT counts the transition office's other months)")
    void overlap() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID transition = office(ALPHA, "1310000003");
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/modules/workspace", transition))).andExpect(status().is2xxSuccessful());
        UUID group = group(works, "B型(重複)", "TYPE_B");
        UUID training = group(transition, "移行(重複)", "TRANSITION");
        UUID person = person(works, "重複", "チョウフク", "TYPE_B", "1310550105");
        inTenant(ALPHA, () -> jdbc.update( // the person also attends the transition office (the planning API links at registration)
                "insert into person_office (tenant_id, id, person_id, office_id, registered_at, registered_by)"
                        + " values (?, gen_random_uuid(), ?, ?, now(), 'alpha.admin')",
                ALPHA.value(), person, transition));
        UUID cert = created(post("/api/v1/offices/{o}/persons/{p}/certificates", transition, person),
                PlanningFixtures.certificate("1310550108", "2026-04-01", "2027-03-31", PlanningFixtures.standardDays("TRANSITION", "2026-04-01", "2027-03-31")));
        body("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/contracts", transition, person),
                PlanningFixtures.contract(cert, "TRANSITION", "2026-04-01", null, 5), 201);
        checkIn(works, person, "2026-04-08", "09:00", group);
        long before = count("service_record");
        String refused = body("alpha.admin", post(ATTENDANCE + "/check-in", transition), """
                {"personId": "%s", "date": "2026-04-08", "time": "13:00", "groupId": "%s"}""".formatted(person, training), 400);
        assertThat((String) JsonPath.read(refused, "$.errors[0].field")).isEqualTo("time");
        assertThat((String) JsonPath.read(refused, "$.errors[0].message")).contains("同時に二つの場所");
        assertThat(count("service_record")).isEqualTo(before);
        String offsite = checkOut(works, person, "2026-04-08", "12:00", ", \"offsite\": \"WORK\"", 400);
        assertThat((String) JsonPath.read(offsite, "$.errors[0].field")).isEqualTo("offsitePlace");
        checkOut(works, person, "2026-04-08", "12:00", ", \"offsite\": \"WORK\", \"offsitePlace\": \"株式会社みどり 物流センター\"", 200);
        checkIn(transition, person, "2026-04-08", "13:00", training);
        String overlapOut = body("alpha.admin", put(ATTENDANCE + "/{r}", works,
                UUID.fromString(JsonPath.read(body("alpha.admin", get(ATTENDANCE, works).param("date", "2026-04-08"), "", 200),
                        "$[?(@.personId=='" + person + "')].id").toString().replaceAll("[\\[\\]\"]", ""))),
                "{\"checkIn\": \"09:00\", \"checkOut\": \"14:00\", \"reason\": \"退所時刻の誤り\"}", 400);
        assertThat((String) JsonPath.read(overlapOut, "$.errors[0].field")).isEqualTo("checkIn");
    }

    @Test
    @DisplayName("the board flags a non-worker without voluntary insurance, never an employed A型 user; with insurance the flag goes")
    void voluntaryInsurance() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = group(works, "B型(保険)", "TYPE_B");
        UUID person = person(works, "保険", "ホケン", "TYPE_B", "1310550106");
        checkIn(works, person, "2026-06-09", "10:00", group);
        String board = body("alpha.admin", get(ATTENDANCE + "/board", works).param("date", "2026-06-09"), "", 200);
        assertThat((List<Boolean>) JsonPath.read(board, "$[*].persons[?(@.personId=='" + person + "')].uninsured")).containsExactly(true);
        assertThat((List<String>) JsonPath.read(board, "$[*].persons[?(@.personId=='" + person + "')].state")).containsExactly("IN");
        long before = count("voluntary_insurance");
        body("alpha.admin", post("/api/v1/offices/{o}/workspace/persons/{p}/voluntary-insurance", works, person),
                "{\"insurer\": \"全国社会福祉協議会\", \"validFrom\": \"2026-06-01\", \"validTo\": \"2026-05-31\"}", 400);
        assertThat(count("voluntary_insurance")).isEqualTo(before);
        body("alpha.admin", post("/api/v1/offices/{o}/workspace/persons/{p}/voluntary-insurance", works, person),
                "{\"insurer\": \"全国社会福祉協議会 (しせつの損害補償)\", \"policyNumber\": \"R8-0001\", \"validFrom\": \"2026-04-01\", \"validTo\": \"2027-03-31\"}", 201);
        board = body("alpha.admin", get(ATTENDANCE + "/board", works).param("date", "2026-06-09"), "", 200);
        assertThat((List<Boolean>) JsonPath.read(board, "$[*].persons[?(@.personId=='" + person + "')].uninsured")).containsExactly(false);
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/workspace/persons/{p}/voluntary-insurance", works, person)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("the monthly record sheet as JSON, CSV and A4 PDF; the person's confirmation; closing the month locks it, also in the database; a later correction is explicit and reasoned")
    void monthlySheetAndClose() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = group(works, "B型(締め)", "TYPE_B");
        UUID person = person(works, "締切", "シメキリ", "TYPE_B", "1310550107");
        UUID first = checkIn(works, person, "2026-07-01", "09:58", group);
        checkOut(works, person, "2026-07-01", "15:07", ", \"breakMinutes\": 45, \"transportTo\": true, \"transportFrom\": true, \"meal\": true", 200);
        checkIn(works, person, "2026-07-02", "10:00", group);
        body("alpha.admin", post(ATTENDANCE + "/absence", works), """
                {"personId": "%s", "date": "2026-07-03", "groupId": "%s", "contact": "本人より電話", "response": "生活リズムについて相談%s"}"""
                .formatted(person, group, "。次回の通所日を確認".repeat(150)), 201); // a long response is cut to its cell on the sheet
        String months = "/api/v1/offices/{o}/workspace/months/{m}";
        body("alpha.admin", post(months + "/close", works, "2026-07"), "", 400); // 2026-07-02 is still open
        checkOut(works, person, "2026-07-02", "12:00", "", 200);
        String sheet = body("alpha.admin", get(months + "/sheets/{p}", works, "2026-07", person), "", 200);
        assertThat((Integer) JsonPath.read(sheet, "$.totals.daysPresent")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(sheet, "$.totals.absencesWithResponse")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(sheet, "$.usage.TYPE_B.daysUsed")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(sheet, "$.usage.TYPE_B.daysAllowed")).isEqualTo(23); // 31 − 8
        assertThat((Integer) JsonPath.read(sheet, "$.days[0].minutes")).isEqualTo(264); // no rounding set: 09:58-15:07 − 45
        String csv = mvc.perform(as("alpha.admin", get(months + "/sheets/csv", works, "2026-07")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF事業所番号,受給者証番号,氏名").contains("1310550107,締切 一,シメキリ ハジメ,2026-07")
                .contains("2026-07-03,金,TYPE_B,欠席");
        byte[] pdf = mvc.perform(as("alpha.admin", get(months + "/sheets/{p}/pdf", works, "2026-07", person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f); // A4
            assertThat(text).contains("サービス提供実績記録票").contains("締切 一").contains("令和8年7月").contains("欠席時対応")
                    .contains("生活リズムについて相談").contains("利用者署名").contains("就労継続支援B型 2日 / 23日").contains("4:24");
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots")); // for a look at the printed page
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110),
                    "png", java.nio.file.Path.of("target/screenshots/monthly-sheet.png").toFile());
        }
        body("alpha.admin", post(months + "/sheets/{p}/confirmation", works, "2026-07", person), "{\"method\": \"TABLET\"}", 400);
        body("alpha.admin", post(months + "/sheets/{p}/confirmation", works, "2026-07", person), "{\"method\": \"PAPER\"}", 201);
        body("alpha.admin", post(months + "/sheets/{p}/confirmation", works, "2026-07", person), "{\"method\": \"PAPER\"}", 409);
        body("alpha.staff", post(months + "/close", works, "2026-07"), "", 404);
        body("alpha.admin", post(months + "/close", works, "2099-07"), "", 400);
        body("alpha.admin", post(months + "/close", works, "2026-07"), "", 200);
        assertThat(events.stream(AttendanceMonthClosed.class)).contains(new AttendanceMonthClosed(ALPHA, new jp.tsunagu.kernel.OfficeId(works), YearMonth.of(2026, 7)));
        body("alpha.admin", post(ATTENDANCE + "/check-in", works), """
                {"personId": "%s", "date": "2026-07-06", "time": "10:00", "groupId": "%s"}""".formatted(person, group), 409);
        String locked = body("alpha.admin", put(ATTENDANCE + "/{r}", works, first), "{\"checkIn\": \"09:30\", \"checkOut\": \"15:07\", \"breakMinutes\": 45, \"reason\": \"打刻の誤り\"}", 409);
        assertThat((String) JsonPath.read(locked, "$.detail")).contains("締め後の訂正");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update service_record set meal = false where id = ?", first)))
                .hasMessageContaining("are closed");
        String after = body("alpha.admin", put(ATTENDANCE + "/{r}", works, first), """
                {"checkIn": "09:30", "checkOut": "15:07", "breakMinutes": 45, "transportTo": true, "transportFrom": true, "meal": true, "reason": "打刻の誤り (送迎記録で確認)", "afterClose": true}""", 200);
        assertThat((Integer) JsonPath.read(after, "$.minutes")).isEqualTo(292);
        mvc.perform(as("alpha.admin", get(ATTENDANCE + "/{r}/corrections", works, first))).andExpect(jsonPath("$[0].afterClose").value(true));
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update service_record set meal = false where id = ?", first)))
                .hasMessageContaining("are closed"); // the correction's permission ended with its transaction
        sheet = body("alpha.admin", get(months + "/sheets/{p}", works, "2026-07", person), "", 200);
        assertThat((Boolean) JsonPath.read(sheet, "$.closed")).isTrue();
        assertThat((String) JsonPath.read(sheet, "$.confirmation.method")).isEqualTo("PAPER");
        mvc.perform(as("beta.admin", get(months + "/sheets/{p}", works, "2026-07", person))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get(months + "/sheets/pdf", works, "2026-07"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("bad input, nothing stored: an unknown area or content, a person of another office, each naming the field in Japanese and English")
    void unknownAreaAndForeignPerson() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID group = group(works, "B型(入力)", "TYPE_B");
        UUID person = person(works, "入力", "ニュウリョク", "TYPE_B", "1310550109");
        UUID elsewhere = created(post("/api/v1/offices/{o}/persons", office(ALPHA, "1310000001")), PlanningFixtures.person("他所", "一", "ヨソ", "ハジメ"));
        long before = count("service_record");
        String area = body("alpha.admin", post(ATTENDANCE + "/check-in", works), """
                {"personId": "%s", "date": "2026-04-20", "time": "10:00", "groupId": "%s", "areaId": "%s"}"""
                .formatted(person, group, UUID.randomUUID()), 400);
        assertThat((String) JsonPath.read(area, "$.errors[0].field")).isEqualTo("placeId");
        assertThat((String) JsonPath.read(area, "$.errors[0].message")).startsWith("この事業所に");
        String content = mvc.perform(as("alpha.admin", post(ATTENDANCE + "/check-in", works).header("Accept-Language", "en")
                .contentType("application/json").content("""
                {"personId": "%s", "date": "2026-04-20", "time": "10:00", "groupId": "%s", "contentId": "%s"}"""
                .formatted(person, group, UUID.randomUUID())))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(content, "$.errors[0].message")).startsWith("This office has no");
        String foreign = body("alpha.admin", post(ATTENDANCE + "/check-in", works), """
                {"personId": "%s", "date": "2026-04-20", "time": "10:00", "groupId": "%s"}""".formatted(elsewhere, group), 400);
        assertThat((String) JsonPath.read(foreign, "$.errors[0].field")).isEqualTo("personId");
        assertThat((String) JsonPath.read(foreign, "$.errors[0].message")).contains("この事業所の利用契約がある利用者ではありません");
        String foreignEn = mvc.perform(as("alpha.admin", post(ATTENDANCE + "/absence", works).header("Accept-Language", "en")
                .contentType("application/json").content("""
                {"personId": "%s", "date": "2026-04-20", "groupId": "%s", "contact": "電話"}""".formatted(elsewhere, group))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(foreignEn, "$.errors[0].message")).contains("has no usage contract with this office");
        assertThat(count("service_record")).isEqualTo(before);
    }
}
