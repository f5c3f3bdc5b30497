package jp.tsunagu.claims;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 過誤申立 (#24 point 5): a closed month corrected for one person, the closed claim left as it was, the person's records
 * unlocked while the correction is open and only theirs; the municipality's deadline as tenant data; bad input and
 * isolation.
 */
class ClaimCorrectionIT extends ClaimsIntegrationTest {
    private static final String CORRECTIONS = CLAIMS + "/corrections";
    private static final String DEADLINES = CLAIMS + "/correction-deadlines";
    private static final String RECORDS = "/api/v1/offices/{o}/workspace/attendance";

    /** A June closed at a B型 office (6級地, 送迎 I counting from June): two persons of one municipality, three days each. */
    private record Closed(UUID office, UUID person, UUID other, Map<String, UUID> records, Map<String, UUID> otherRecords, String municipality) {
    }

    private static String municipality() {
        return "13" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    private UUID person(UUID office, String family, String kana, String municipality) throws Exception {
        UUID person = created(mvc, "alpha.admin", "/api/v1/offices/{o}/persons", PlanningFixtures.person(family, "一", kana, "ハジメ"), office);
        UUID certificate = created(mvc, "alpha.admin", "/api/v1/offices/{o}/persons/{p}/certificates",
                PlanningFixtures.certificate(PlanningFixtures.newNumber(), "2026-04-01", "2027-03-31",
                        PlanningFixtures.standardDays("TYPE_B", "2026-04-01", "2027-03-31")).replace("131016", municipality), office, person);
        created(mvc, "alpha.admin", "/api/v1/offices/{o}/persons/{p}/contracts",
                PlanningFixtures.contract(certificate, "TYPE_B", "2026-04-01", null, 20), office, person);
        return person;
    }

    private Closed closedJune(String name) throws Exception {
        String number = "13" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = created(mvc, "alpha.admin", "/api/v1/offices", """
                {"officeNumber": "%s", "name": "%s", "prefecture": "TOKYO", "regionalClass": "GRADE_6",
                 "services": [{"serviceType": "TYPE_B", "capacity": 20}]}""".formatted(number, name));
        for (String module : new String[] {"planning", "workspace", "claims"}) {
            json("alpha.admin", put("/api/v1/offices/{o}/modules/{m}", office, module), 200);
        }
        json("alpha.admin", body(post(CLAIMS + "/profiles", office), """
                {"serviceType": "TYPE_B", "effectiveMonth": "2026-06", "staffing": "II", "capacity": 20, "kouchinTier": "T7",
                 "revisionStatus": "IN_SCOPE", "payImprovement": "I_A"}"""), 201);
        json("alpha.admin", body(post(CLAIMS + "/profiles/additions", office), """
                {"serviceType": "TYPE_B", "addition": "TRANSPORT_I", "acceptedOn": "2026-05-12"}"""), 201);
        String municipality = municipality();
        UUID person = person(office, "過誤", "カゴ", municipality);
        UUID other = person(office, "他人", "タニン", municipality);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "軽作業", "TYPE_B");
        for (UUID p : List.of(person, other)) { // both came in April already: no 初期加算 in June
            WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, p, "2026-04-20", "09:30", group);
            json("alpha.admin", body(post(RECORDS + "/check-out", office), """
                    {"personId": "%s", "date": "2026-04-20", "time": "15:30"}""".formatted(p)), 200);
        }
        Map<String, UUID> records = new LinkedHashMap<>();
        Map<String, UUID> otherRecords = new LinkedHashMap<>();
        for (String d : new String[] {"2026-06-01", "2026-06-02", "2026-06-03"}) {
            for (UUID p : List.of(person, other)) {
                (p == person ? records : otherRecords).put(d, WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, p, d, "09:30", group));
                json("alpha.admin", body(post(RECORDS + "/check-out", office), """
                        {"personId": "%s", "date": "%s", "time": "15:30"}""".formatted(p, d)), 200);
            }
        }
        json("alpha.admin", post("/api/v1/offices/{o}/workspace/months/2026-06/close", office), 200);
        json("alpha.admin", post(CLAIMS + "/months/2026-06/close?serviceType=TYPE_B", office), 200);
        return new Closed(office, person, other, records, otherRecords, municipality);
    }

    /** The workspace's correction after close of a record: the day as it was, with transport both ways (送迎 I counts in June). */
    private MockHttpServletRequestBuilder transportBothWays(UUID office, UUID record) {
        return body(put(RECORDS + "/{r}", office, record), """
                {"checkIn": "09:30", "checkOut": "15:30", "transportTo": true, "transportFrom": true,
                 "reason": "送迎の記録漏れ (過誤申立)", "afterClose": true}""");
    }

    private long count(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + (office == null ? "" : " where office_id = ?"), Long.class,
                office == null ? new Object[0] : new Object[] {office}));
    }

    @Test
    void aClosedMonthIsCorrectedForOnePersonWithTheClosedFiguresKept() throws Exception {
        Closed c = closedJune("過誤の作業所");
        String closedBefore = inTenant(ALPHA, () -> jdbc.queryForObject("select content::text || units || benefit from claim_month where office_id = ?",
                String.class, c.office()));
        // the claimed records are locked: the workspace's own correction after close is refused by the claim
        json("alpha.admin", transportBothWays(c.office(), c.records().get("2026-06-02")), 409);

        // the municipality's deadline, from its notice: by the 10th, no 同月過誤
        String deadline = json("alpha.admin", body(post(DEADLINES, c.office()), """
                {"municipalityCode": "%s", "municipalityName": "テスト市", "deadlineDay": 10, "sameMonth": false,
                 "source": "テスト市 過誤申立の受付について (令和8年4月)", "effectiveFrom": "2026-04-01"}""".formatted(c.municipality())), 201);
        assertThat(JsonPath.<Integer>read(deadline, "$.deadlineDay")).isEqualTo(10);

        // requested on 11 July, after the deadline of July: processed in August's cycle, re-claimed from September
        String requested = json("alpha.admin", body(post(CORRECTIONS, c.office()), """
                {"serviceType": "TYPE_B", "month": "2026-06", "personId": "%s", "reason": "RECORD_ERROR", "details": "送迎の記録漏れ",
                 "requestedOn": "2026-07-11"}""".formatted(c.person())), 201);
        String id = JsonPath.read(requested, "$.id");
        assertThat(JsonPath.<String>read(requested, "$.state")).isEqualTo("REQUESTED");
        assertThat(JsonPath.<String>read(requested, "$.municipalityCode")).isEqualTo(c.municipality());
        assertThat(JsonPath.<String>read(requested, "$.deadline.processingMonth")).isEqualTo("2026-08");
        assertThat(JsonPath.<String>read(requested, "$.deadline.deadline")).isEqualTo("2026-08-10");
        assertThat(JsonPath.<String>read(requested, "$.deadline.reclaimFrom")).isEqualTo("2026-09");
        assertThat(JsonPath.<Map<String, Object>>read(requested, "$")).doesNotContainKey("warning");
        // 3 days: 584 × 3 = 1,752 + 処遇改善 (Ⅰ)イ 184 = 1,936 units (as closed)
        assertThat(JsonPath.<Integer>read(requested, "$.original.units")).isEqualTo(1_936);
        int originalBenefit = JsonPath.read(requested, "$.original.benefit");

        // open: this person's records of June may be fixed, another person's may not
        json("alpha.admin", transportBothWays(c.office(), c.records().get("2026-06-02")), 200);
        json("alpha.admin", transportBothWays(c.office(), c.otherRecords().get("2026-06-02")), 409);
        assertThat(inTenant(ALPHA, () -> {
            try {
                return jdbc.update("update service_record set transport_to = true where person_id = ? and service_date = date '2026-06-03'",
                        c.other());
            } catch (org.springframework.dao.DataIntegrityViolationException locked) {
                return -1;
            }
        })).as("the database refuses a change to the other person's record").isEqualTo(-1);

        // the preview recomputes the person's month from the fixed records: two trips more
        String preview = json("alpha.admin", get(CORRECTIONS + "/{id}", c.office(), id), 200);
        assertThat(JsonPath.<Boolean>read(preview, "$.correctedIsPreview")).isTrue();
        assertThat(JsonPath.<Integer>read(preview, "$.corrected.units")).isGreaterThan(1_936);

        json("alpha.admin", get(CORRECTIONS + "/{id}/claim.csv", c.office(), id), 409); // nothing to re-claim yet
        json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), """
                {"state": "WITHDRAWN", "note": "市から取下げ受理の通知"}"""), 200);
        // not before the withdrawal is processed (the schedule gives September), and not cancelled with the records changed
        String early = json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), """
                {"state": "RECLAIMED", "reclaimMonth": "2026-08"}""").header("Accept-Language", "en"), 400);
        assertThat(JsonPath.<String>read(early, "$.errors[0].field")).isEqualTo("reclaimMonth");
        assertThat(JsonPath.<String>read(early, "$.errors[0].message")).contains("2026-09");
        json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), """
                {"state": "CANCELLED"}"""), 409);
        String reclaimed = json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), """
                {"state": "RECLAIMED", "reclaimMonth": "2026-09"}"""), 200);
        assertThat(JsonPath.<String>read(reclaimed, "$.state")).isEqualTo("RECLAIMED");
        assertThat(JsonPath.<Boolean>read(reclaimed, "$.correctedIsPreview")).isFalse();
        int correctedUnits = JsonPath.read(reclaimed, "$.corrected.units");
        int correctedBenefit = JsonPath.read(reclaimed, "$.corrected.benefit");
        assertThat(correctedUnits).isGreaterThan(1_936);
        assertThat(JsonPath.<Integer>read(reclaimed, "$.original.units")).isEqualTo(1_936);
        assertThat(JsonPath.<Integer>read(reclaimed, "$.difference.units")).isEqualTo(correctedUnits - 1_936);
        assertThat(JsonPath.<Integer>read(reclaimed, "$.difference.benefit")).isEqualTo(correctedBenefit - originalBenefit).isPositive();
        assertThat(JsonPath.<String>read(reclaimed, "$.reclaimMonth")).isEqualTo("2026-09");
        // the re-claim file: the corrected June statement of this person alone, in the claim of September
        var reclaimFile = mvc.perform(as("alpha.admin", get(CORRECTIONS + "/{id}/claim.csv", c.office(), id))).andExpect(status().isOk())
                .andReturn().getResponse();
        List<String> records = List.of(new String(reclaimFile.getContentAsByteArray(), java.nio.charset.Charset.forName("windows-31j")).split("\r\n"));
        assertThat(records.getFirst()).startsWith("1,1,0,").contains(",202609,");
        assertThat(records.stream().filter(r -> r.contains(",J121,01,202606,")).count()).as("one statement, of June").isEqualTo(1);
        assertThat(records.stream().filter(r -> r.contains(",J121,04,202606,")).findFirst().orElseThrow()).contains("," + correctedUnits + ",");
        assertThat(mvc.perform(get("/offices/" + c.office() + "/claims/corrections/" + id + "/claim.csv").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(reclaimFile.getContentAsByteArray());
        json("beta.admin", get(CORRECTIONS + "/{id}/claim.csv", c.office(), id), 404);

        // re-claimed: the person's records are locked again; the closed claim is as it was closed
        json("alpha.admin", transportBothWays(c.office(), c.records().get("2026-06-03")), 409);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select content::text || units || benefit from claim_month where office_id = ?",
                String.class, c.office()))).isEqualTo(closedBefore);
        // every step audited
        assertThat(inTenant(ALPHA, () -> jdbc.queryForList("""
                select details from audit_record where resource = 'claim_correction' and resource_id = ? and action in ('CREATE', 'UPDATE')
                 order by occurred_at""", String.class, id)))
                .satisfiesExactly(d -> assertThat(d).contains("requested", "RECORD_ERROR", "processing=2026-08", "deadline=2026-08-10"),
                        d -> assertThat(d).contains("REQUESTED -> WITHDRAWN"),
                        d -> assertThat(d).contains("WITHDRAWN -> RECLAIMED in 2026-09", "units 1936 -> " + correctedUnits));
        // a finished correction cannot move on
        json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), """
                {"state": "CANCELLED"}"""), 409);

        // the page: state, deadline in 和暦, the figures side by side; linked from the month
        String page = mvc.perform(get("/offices/" + c.office() + "/claims/corrections").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("過誤申立", "過誤 一", "再請求済み", "実績誤り", "令和8年8月10日", "1936", String.valueOf(correctedUnits), "請求済み", "訂正後",
                "テスト市 過誤申立の受付について");
        String month = mvc.perform(get("/offices/" + c.office() + "/claims/months?month=2026-06&serviceType=TYPE_B").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(month).contains("/claims/corrections?month=2026-06&amp;serviceType=TYPE_B");
    }

    @Test
    void withoutADeadlineForTheMunicipalityTheCorrectionSaysSo() throws Exception {
        Closed c = closedJune("締切のない作業所");
        String requested = json("alpha.admin", body(post(CORRECTIONS, c.office()), """
                {"serviceType": "TYPE_B", "month": "2026-06", "personId": "%s", "reason": "CALCULATION_ERROR", "requestedOn": "2026-07-02"}"""
                .formatted(c.other())), 201);
        assertThat(JsonPath.<Map<String, Object>>read(requested, "$")).doesNotContainKey("deadline");
        assertThat(JsonPath.<String>read(requested, "$.warning")).isEqualTo("claims.correction.noDeadline");
        String page = mvc.perform(get("/offices/" + c.office() + "/claims/corrections").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("市町村 " + c.municipality() + " の過誤申立の締切が登録されていません", "申立中", "算定誤り");
        // cancelled, the person's records are locked again
        String id = JsonPath.read(requested, "$.id");
        json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), "{\"state\": \"CANCELLED\"}"), 200);
        json("alpha.admin", transportBothWays(c.office(), c.otherRecords().get("2026-06-01")), 409);
        // the form on the page offers the persons of the closed month
        String form = mvc.perform(get("/offices/" + c.office() + "/claims/corrections?month=2026-06&serviceType=TYPE_B").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("correction-form", c.person().toString(), c.other().toString());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        Closed c = closedJune("入力誤りの作業所");
        String request = """
                {"serviceType": %s, "month": %s, "personId": %s, "reason": %s, "details": %s, "requestedOn": "2026-07-05"}""";
        String person = "\"" + c.person() + "\"";
        String stranger = "\"" + UUID.randomUUID() + "\"";
        record Bad(String body, String field, String ja, String en) {
        }
        List<Bad> corrections = List.of(
                new Bad(request.formatted("null", "\"2026-06\"", person, "\"RECORD_ERROR\"", "null"), "serviceType", "入力してください", "Enter this"),
                new Bad(request.formatted("\"TYPE_B\"", "\"2026-05\"", person, "\"RECORD_ERROR\"", "null"), "month",
                        "TYPE_B の 2026-05 の請求はまだ確定していません", "The claim for TYPE_B in 2026-05 is not closed"),
                new Bad(request.formatted("\"TYPE_B\"", "\"2026-06\"", stranger, "\"RECORD_ERROR\"", "null"), "personId",
                        "この利用者は 2026-06 の確定した請求に含まれていません", "This person is not in the closed claim of 2026-06"),
                new Bad(request.formatted("\"TYPE_B\"", "\"2026-06\"", person, "null", "null"), "reason", "入力してください", "Enter this"),
                new Bad(request.formatted("\"TYPE_B\"", "\"2026-06\"", person, "\"TYPO\"", "null"), "reason", "理由は 実績誤り", "The reason is one of"),
                new Bad(request.formatted("\"TYPE_B\"", "\"2026-06\"", person, "\"OTHER\"", "null"), "details",
                        "理由が「その他」のときは", "When the reason is other"));
        long before = count("claim_correction", c.office());
        for (Bad bad : corrections) {
            for (String language : new String[] {"ja", "en"}) {
                String problem = json("alpha.admin", body(post(CORRECTIONS, c.office()), bad.body()).header("Accept-Language", language), 400);
                assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).as(bad.body()).isEqualTo(bad.field());
                assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? bad.ja() : bad.en());
            }
        }
        assertThat(count("claim_correction", c.office())).isEqualTo(before);

        // transitions: an unknown state, a re-claim without its month, a step that does not follow
        String id = JsonPath.read(json("alpha.admin", body(post(CORRECTIONS, c.office()), request.formatted("\"TYPE_B\"", "\"2026-06\"", person,
                "\"CERTIFICATE_ERROR\"", "null")), 201), "$.id");
        String stored = inTenant(ALPHA, () -> jdbc.queryForObject("select state || version from claim_correction where id = ?", String.class,
                UUID.fromString(id)));
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), "{\"state\": \"PAID\"}")
                    .header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo("state");
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message"))
                    .startsWith(language.equals("ja") ? "状態は WITHDRAWN、RECLAIMED、CANCELLED" : "The state is one of");
        }
        json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), "{\"state\": \"RECLAIMED\"}"), 409);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select state || version from claim_correction where id = ?", String.class,
                UUID.fromString(id)))).isEqualTo(stored);
        json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), "{\"state\": \"WITHDRAWN\"}"), 200);
        for (String language : new String[] {"ja", "en"}) {
            String problem = json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), """
                    {"state": "RECLAIMED", "reclaimMonth": "2026-06"}""").header("Accept-Language", language), 400);
            assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).isEqualTo("reclaimMonth");
            assertThat(JsonPath.<String>read(problem, "$.errors[0].message"))
                    .startsWith(language.equals("ja") ? "再請求の月は、サービス提供月 2026-06 より後" : "The re-claim month must be after");
        }
        json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), "{\"state\": \"RECLAIMED\"}"), 400);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select state || coalesce(corrected_units, -1) from claim_correction where id = ?",
                String.class, UUID.fromString(id)))).isEqualTo("WITHDRAWN-1");
        // a second open correction of the same person and month is a conflict
        json("alpha.admin", body(post(CORRECTIONS, c.office()), request.formatted("\"TYPE_B\"", "\"2026-06\"", person, "\"RECORD_ERROR\"", "null")),
                409);
        assertThat(count("claim_correction", c.office())).isEqualTo(before + 1);

        // deadlines
        String deadline = """
                {"municipalityCode": %s, "municipalityName": "テスト町", "deadlineDay": %s, "sameMonth": true, "source": %s,
                 "effectiveFrom": "2026-04-01"}""";
        List<Bad> deadlines = List.of(
                new Bad(deadline.formatted("\"12345\"", "10", "\"通知\""), "municipalityCode", "市町村番号は 6 桁の数字です", "The municipality code is 6 digits"),
                new Bad(deadline.formatted("\"" + c.municipality() + "\"", "32", "\"通知\""), "deadlineDay", "締切日は 1 から 31 の日です",
                        "The deadline is a day from 1 to 31"),
                new Bad(deadline.formatted("\"" + c.municipality() + "\"", "10", "\" \""), "source", "出典 (市町村の通知の名前やURL) を入力してください",
                        "Enter the source"));
        long deadlinesBefore = count("claim_correction_deadline", null);
        for (Bad bad : deadlines) {
            for (String language : new String[] {"ja", "en"}) {
                String problem = json("alpha.admin", body(post(DEADLINES, c.office()), bad.body()).header("Accept-Language", language), 400);
                assertThat(JsonPath.<String>read(problem, "$.errors[0].field")).as(bad.body()).isEqualTo(bad.field());
                assertThat(JsonPath.<String>read(problem, "$.errors[0].message")).startsWith(language.equals("ja") ? bad.ja() : bad.en());
            }
        }
        assertThat(count("claim_correction_deadline", null)).isEqualTo(deadlinesBefore);
        // the page's form refuses the same way, naming the field, and stores nothing
        mvc.perform(post("/offices/" + c.office() + "/claims/corrections/deadlines").with(uiUser("alpha.admin"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("municipalityCode", "abc").param("municipalityName", "テスト町").param("deadlineDay", "10").param("source", "通知")
                        .param("effectiveFrom", "2026-04-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("errorField", "municipalityCode"));
        assertThat(count("claim_correction_deadline", null)).isEqualTo(deadlinesBefore);
    }

    @Test
    void aForeignTenantAndAForeignOfficeFindNothing() throws Exception {
        Closed c = closedJune("よその作業所");
        String id = JsonPath.read(json("alpha.admin", body(post(CORRECTIONS, c.office()), """
                {"serviceType": "TYPE_B", "month": "2026-06", "personId": "%s", "reason": "RECORD_ERROR", "requestedOn": "2026-07-05"}"""
                .formatted(c.person())), 201), "$.id");
        String correction = """
                {"serviceType": "TYPE_B", "month": "2026-06", "personId": "%s", "reason": "RECORD_ERROR"}""".formatted(c.other());
        String deadline = """
                {"municipalityCode": "%s", "municipalityName": "よその市", "deadlineDay": 10, "sameMonth": false, "source": "通知",
                 "effectiveFrom": "2026-04-01"}""".formatted(c.municipality());
        long corrections = count("claim_correction", null);
        long deadlines = count("claim_correction_deadline", null);
        // beta's admin (another tenant), alpha's staff (a member of another office only)
        for (String user : new String[] {"beta.admin", "alpha.staff"}) {
            json(user, get(CORRECTIONS, c.office()), 404);
            json(user, get(CORRECTIONS + "/{id}", c.office(), id), 404);
            json(user, body(post(CORRECTIONS, c.office()), correction), 404);
            json(user, body(post(CORRECTIONS + "/{id}/transitions", c.office(), id), "{\"state\": \"CANCELLED\"}"), 404);
            json(user, get(DEADLINES, c.office()), 404);
            json(user, body(post(DEADLINES, c.office()), deadline), 404);
            mvc.perform(get("/offices/" + c.office() + "/claims/corrections").with(uiUser(user))).andExpect(status().isNotFound());
        }
        // the correction is not found through another office of the same tenant
        Closed elsewhere = closedJune("となりの作業所");
        json("alpha.admin", get(CORRECTIONS + "/{id}", elsewhere.office(), id), 404);
        json("alpha.admin", body(post(CORRECTIONS + "/{id}/transitions", elsewhere.office(), id), "{\"state\": \"CANCELLED\"}"), 404);
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(CORRECTIONS, elsewhere.office()), 200), "$[*].id")).doesNotContain(id);
        // nor from beta's own office
        UUID betaOffice = office(BETA, inTenantNumber());
        json("beta.admin", get(CORRECTIONS + "/{id}", betaOffice, id), 404);
        assertThat(count("claim_correction", null)).isEqualTo(corrections);
        assertThat(count("claim_correction_deadline", null)).isEqualTo(deadlines);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select state from claim_correction where id = ?", String.class, UUID.fromString(id))))
                .isEqualTo("REQUESTED");
        // a member without the privilege is refused
        json("alpha.auditor", body(post(CORRECTIONS, c.office()), correction), 403);
    }

    private String inTenantNumber() {
        return inTenant(BETA, () -> jdbc.queryForObject("select office_number from office order by office_number limit 1", String.class));
    }
}
