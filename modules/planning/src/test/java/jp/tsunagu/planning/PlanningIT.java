package jp.tsunagu.planning;

import jp.tsunagu.testsupport.IntegrationTest;

import static jp.tsunagu.planning.PlanningFixtures.certificate;
import static jp.tsunagu.planning.PlanningFixtures.contract;
import static jp.tsunagu.planning.PlanningFixtures.newNumber;
import static jp.tsunagu.planning.PlanningFixtures.person;
import static jp.tsunagu.planning.PlanningFixtures.standardDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The planning module through its API: persons, the support plan cycle (PLN-2, PLN-3, PLN-4), audit, isolation. */
@org.springframework.test.context.event.RecordApplicationEvents
class PlanningIT extends IntegrationTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.test.context.event.ApplicationEvents events;


    UUID register(UUID office, String body) throws Exception {
        String json = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons", office).contentType("application/json").content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    UUID plan(UUID office, UUID person, String serviceType) throws Exception {
        String json = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/plans", office, person).contentType("application/json")
                        .content("""
                                {"serviceType": "%s", "content": {"personWishes": "パンの製造を続けたい", "longTermGoal": "一般就労",
                                 "shortTermGoals": [{"goal": "週4日通所する", "targetDate": "2026-09-30"}],
                                 "items": [{"priority": 1, "need": "生活リズム", "goal": "遅刻をなくす", "content": "朝の声かけ",
                                            "frequency": "毎日", "personRole": "目覚ましを使う", "staffInCharge": "佐藤", "evaluationDate": "2026-09-30"}]}}"""
                                .formatted(serviceType))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[0].state").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    void cycle(UUID office, UUID plan, int version, String meeting, String consent, String delivered) throws Exception {
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/{n}/meeting", office, plan, version)
                        .contentType("application/json").content("""
                                {"heldOn": "%s", "attendees": ["佐藤 誠 (サービス管理責任者)", "本人"], "personAttended": true,
                                 "opinions": "本人の希望どおり"}""".formatted(meeting))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versions[%d].state".formatted(version - 1)).value("REVIEWED"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/{n}/consent", office, plan, version)
                        .contentType("application/json").content("""
                                {"agreedBy": "山田 太郎", "relation": "本人", "agreedOn": "%s", "method": "SIGNED_PAPER"}""".formatted(consent))))
                .andExpect(status().isOk());
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/{n}/delivery", office, plan, version)
                        .contentType("application/json").content("""
                                {"deliveredOn": "%s", "specialistCopyOn": "%s"}""".formatted(delivered, delivered))))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("persons: registered for an office, listed by kana, found by kana typed in hiragana; bad kana → 400, nothing stored")
    void persons() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID yamada = register(workshop, person("山田", "太郎", "ヤマダ", "タロウ"));
        register(workshop, person("阿部", "花", "アベ", "ハナ"));
        List<String> kana = JsonPath.read(mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons", workshop)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].kana");
        assertThat(kana).containsSubsequence("アベ ハナ", "ヤマダ タロウ");
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons", workshop).param("q", "やまだ")))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.hasItem("山田 太郎")))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("阿部 花"))));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons/{p}", workshop, yamada)))
                .andExpect(jsonPath("$.details.emergencyContacts[0].relation").value("母"))
                .andExpect(jsonPath("$.details.disabilityCertificates[0].grade").value("2"));
        long before = count("person");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons", workshop).contentType("application/json")
                        .content(person("鈴木", "一", "すずき", "ハジメ"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("familyNameKana"))
                .andExpect(jsonPath("$.errors[0].message").value("フリガナは全角カタカナで入力してください。"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons", workshop).header("Accept-Language", "en")
                        .contentType("application/json").content(person("鈴木", "一", "スズキ", "ハジメ").replace("\"grade\": \"2\"", "\"grade\": \"4\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("disabilityCertificates[0].grade"))
                .andExpect(jsonPath("$.errors[0].message").value("A mental health and welfare certificate has a grade from 1 to 3."));
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/persons", workshop).contentType("application/json")
                        .content(person("鈴木", "一", "スズキ", "ハジメ"))))
                .andExpect(status().isForbidden());
        assertThat(count("person")).isEqualTo(before);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = 'person'"
                + " and subject_person_id = ? and action = 'READ' and username = 'alpha.staff'", Long.class, yamada))).isOne();
    }

    @Test
    @DisplayName("a person of another office or tenant → 404; the module off for an office → 404; nothing of theirs shows")
    void isolation() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID transition = office(ALPHA, "1310000003");
        UUID yamada = register(workshop, person("山田", "次郎", "ヤマダ", "ジロウ"));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons/{p}", transition, yamada))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons", transition))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/persons/{p}", workshop, yamada))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/persons/{p}", office(BETA, "2710000001"), yamada)))
                .andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons", office(ALPHA, "1310000002")))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PLN-4: consent before a meeting → 409 saying the meeting comes first; delivery before consent → 409; nothing changes")
    void pln4OrderOfTheCycle() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID p = register(workshop, person("佐々木", "健", "ササキ", "ケン"));
        UUID plan = plan(workshop, p, "TYPE_B");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/consent", workshop, plan)
                        .contentType("application/json").content("""
                                {"agreedBy": "佐々木 健", "agreedOn": "2026-04-05", "method": "SIGNED_PAPER"}""")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("同意を記録する前に、個別支援計画作成会議を記録してください。"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/delivery", workshop, plan)
                        .contentType("application/json").content("{\"deliveredOn\": \"2026-04-10\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("交付を記録する前に、本人の同意を記録してください。"));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/plans/{p}", workshop, plan)))
                .andExpect(jsonPath("$.versions[0].state").value("DRAFT"))
                .andExpect(jsonPath("$.versions[0].consent").doesNotExist());
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/meeting", workshop, plan)
                        .contentType("application/json").content("""
                                {"heldOn": "2026-04-03", "attendees": ["佐藤"], "personAttended": false}""")))
                .andExpect(status().isOk());
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/consent", workshop, plan)
                        .contentType("application/json").content("""
                                {"agreedBy": "佐々木 健", "agreedOn": "2026-04-02", "method": "SIGNED_PAPER"}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agreedOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("2026-04-03")));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/consent", workshop, plan)
                        .contentType("application/json").content("""
                                {"agreedBy": "佐々木 健", "agreedOn": "2026-04-05", "method": "ELECTRONIC"}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"));
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/plans/{p}/versions/1/consent", workshop, plan)
                        .contentType("application/json").content("""
                                {"agreedBy": "佐々木 健", "agreedOn": "2026-04-05", "method": "SIGNED_PAPER"}""")))
                .andExpect(status().isForbidden());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/plans/{p}", workshop, plan)))
                .andExpect(jsonPath("$.versions[0].state").value("REVIEWED"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/consent", workshop, plan)
                        .contentType("application/json").content("""
                                {"agreedBy": "佐々木 健", "agreedOn": "2026-04-05", "method": "SIGNED_PAPER"}""")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versions[0].state").value("AGREED"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/delivery", workshop, plan)
                        .contentType("application/json").content("{\"deliveredOn\": \"2026-04-04\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deliveredOn"))
                .andExpect(jsonPath("$.errors[0].message").value("交付日が同意日 (2026-04-05) より前になっています。"));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/plans/{p}", workshop, plan)))
                .andExpect(jsonPath("$.versions[0].state").value("AGREED"))
                .andExpect(jsonPath("$.versions[0].deliveredOn").doesNotExist());
    }

    @Test
    @DisplayName("PLN-3: an agreed or delivered version is immutable (409, unchanged); revise opens version 2 as a copy in DRAFT")
    void pln3AgreedVersionsAreImmutable() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID p = register(workshop, person("田中", "実", "タナカ", "ミノル"));
        UUID plan = plan(workshop, p, "TYPE_B");
        cycle(workshop, plan, 1, "2026-04-03", "2026-04-05", "2026-04-10");
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/plans/{p}/versions/1", workshop, plan).contentType("application/json")
                        .content("{\"personWishes\": \"書き換え\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("変更できません")));
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/plans/{p}", workshop, plan)))
                .andExpect(jsonPath("$.versions[0].content.personWishes").value("パンの製造を続けたい"))
                .andExpect(jsonPath("$.versions[0].state").value("DELIVERED"));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/revisions", workshop, plan)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[1].number").value(2))
                .andExpect(jsonPath("$.versions[1].state").value("DRAFT"))
                .andExpect(jsonPath("$.versions[1].content.personWishes").value("パンの製造を続けたい"));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/plans/{p}/versions/2", workshop, plan).contentType("application/json")
                        .content("{\"personWishes\": \"販売も担当したい\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[1].content.personWishes").value("販売も担当したい"))
                .andExpect(jsonPath("$.versions[0].content.personWishes").value("パンの製造を続けたい"));
        // below the application too: the database refuses a change to the delivered version
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update(
                "update support_plan_version set content = '{}' where plan_id = ? and number = 1", plan)))
                .hasMessageContaining("never changes");
    }

    @Test
    @DisplayName("PLN-2: B型 delivered 2026-04-10 → due 2026-10-10, monitoring 2026-09-30 → 2027-03-30; 就労移行 2026-01-31 → 2026-04-30; the dashboard on 2026-10-11 shows 1 day overdue")
    void pln2MonitoringDue() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID transition = office(ALPHA, "1310000003");
        UUID overdue = register(workshop, person("伊藤", "誠", "イトウ", "マコト"));
        UUID overduePlan = plan(workshop, overdue, "TYPE_B");
        cycle(workshop, overduePlan, 1, "2026-04-03", "2026-04-05", "2026-04-10");
        assertThat(events.stream(jp.tsunagu.planning.events.SupportPlanDelivered.class).filter(e -> e.planId().value().equals(overduePlan)))
                .singleElement().satisfies(e -> {
                    assertThat(e.tenantId()).isEqualTo(ALPHA);
                    assertThat(e.officeId().value()).isEqualTo(workshop);
                    assertThat(e.personId().value()).isEqualTo(overdue);
                    assertThat(e.nextMonitoringDue()).isEqualTo("2026-10-10");
                });
        assertThat(events.stream(jp.tsunagu.planning.events.SupportPlanAgreed.class).filter(e -> e.planId().value().equals(overduePlan)))
                .singleElement().satisfies(e -> assertThat(e.agreedOn()).isEqualTo("2026-04-05"));
        assertThat(events.stream(jp.tsunagu.planning.events.PersonRegistered.class).filter(e -> e.personId().value().equals(overdue)))
                .singleElement().satisfies(e -> assertThat(e.officeId().value()).isEqualTo(workshop));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/plans/{p}", workshop, overduePlan)))
                .andExpect(jsonPath("$.nextMonitoringDue").value("2026-10-10"))
                .andExpect(jsonPath("$.monitoringIntervalMonths").value(6));
        String dashboard = mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/monitoring-due", workshop).param("date", "2026-10-11")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(dashboard, "$[?(@.personId=='" + overdue + "')].daysOverdue")).containsExactly(1);
        assertThat((List<Boolean>) JsonPath.read(dashboard, "$[?(@.personId=='" + overdue + "')].overdue")).containsExactly(true);

        UUID monitored = register(workshop, person("加藤", "優", "カトウ", "ユウ"));
        UUID monitoredPlan = plan(workshop, monitored, "TYPE_B");
        cycle(workshop, monitoredPlan, 1, "2026-04-03", "2026-04-05", "2026-04-10");
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/plans/{p}/monitorings", workshop, monitoredPlan)
                        .contentType("application/json").content("""
                                {"monitoredOn": "2026-04-09", "interviewed": true, "planChangeNeeded": false}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("monitoredOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("2026-04-10")));
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/plans/{p}/monitorings", workshop, monitoredPlan)
                        .contentType("application/json").content("""
                                {"monitoredOn": "2026-09-30", "interviewed": true, "satisfaction": "満足",
                                 "progress": [{"goal": "週4日通所する", "progress": "達成"}], "planChangeNeeded": false}""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextMonitoringDue").value("2027-03-30"))
                .andExpect(jsonPath("$.monitorings.length()").value(1));
        assertThat(events.stream(jp.tsunagu.planning.events.MonitoringRecorded.class).filter(e -> e.planId().value().equals(monitoredPlan)))
                .singleElement().satisfies(e -> assertThat(e.nextMonitoringDue()).isEqualTo("2027-03-30"));

        UUID trainee = register(transition, person("木村", "翔", "キムラ", "ショウ"));
        UUID traineePlan = plan(transition, trainee, "TRANSITION");
        cycle(transition, traineePlan, 1, "2026-01-20", "2026-01-25", "2026-01-31");
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/plans/{p}", transition, traineePlan)))
                .andExpect(jsonPath("$.nextMonitoringDue").value("2026-04-30"))
                .andExpect(jsonPath("$.monitoringIntervalMonths").value(3));
    }

    @Test
    @DisplayName("a monitoring that says the plan must change opens the next version as a draft")
    void monitoringOpensDraft() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID p = register(workshop, person("清水", "光", "シミズ", "ヒカル"));
        UUID plan = plan(workshop, p, "TYPE_B");
        cycle(workshop, plan, 1, "2026-04-03", "2026-04-05", "2026-04-10");
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/plans/{p}/monitorings", workshop, plan)
                        .contentType("application/json").content("""
                                {"monitoredOn": "2026-07-01", "interviewed": true, "planChangeNeeded": true}""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[1].number").value(2))
                .andExpect(jsonPath("$.versions[1].state").value("DRAFT"));
    }

    private long count(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
}
