package jp.tsunagu.planning;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an audit (運営指導) asks of planning through {@link PlanningQueries}: the plan versions of a period with the dates
 * of the cycle (assessment, meeting, consent, delivery), and the monitorings due in it with the one that met each.
 */
class AuditQueriesIT extends IntegrationTest {
    @Autowired
    PlanningQueries queries;

    private UUID office() throws Exception {
        String number = "13" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = created(mvc, "alpha.admin", "/api/v1/offices", """
                {"officeNumber": "%s", "name": "監査の作業所", "prefecture": "TOKYO", "regionalClass": "GRADE_6",
                 "services": [{"serviceType": "TYPE_B", "capacity": 20}]}""".formatted(number));
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/modules/planning", office))).andExpect(status().isOk());
        return office;
    }

    @Test
    void planVersionsAndMonitoringsOfAPeriod() throws Exception {
        UUID office = office();
        UUID agreed = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "計画", "ケイカク", "TYPE_B", PlanningFixtures.newNumber());
        UUID draft = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "下書", "シタガキ", "TYPE_B", PlanningFixtures.newNumber());
        created(mvc, "alpha.admin", "/api/v1/offices/{o}/persons/{p}/assessments", """
                {"interviewedOn": "2026-04-02", "assessor": "佐藤 誠", "purposeExplained": true, "sheet": {}}""", office, agreed);
        UUID plan = PlanningFixtures.deliveredPlan(mvc, "alpha.admin", office, agreed, "TYPE_B", LocalDate.of(2026, 4, 10));
        UUID open = PlanningFixtures.draftPlan(mvc, "alpha.admin", office, draft, "TYPE_B", LocalDate.of(2026, 10, 1));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/versions/1/meeting", office, open).contentType("application/json")
                .content("""
                        {"heldOn": "2026-06-25", "attendees": ["佐藤 誠"], "personAttended": true, "opinions": "同意はまだ"}"""))).andExpect(status().isOk());
        // B型: due six months after the delivery (2026-10-10); recorded ten days late
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/plans/{p}/monitorings", office, plan).contentType("application/json")
                .content("""
                        {"monitoredOn": "2026-10-20", "interviewed": true, "planChangeNeeded": false}"""))).andExpect(status().isCreated());

        OfficeId id = new OfficeId(office);
        List<PlanningQueries.PlanVersionRecord> versions = inTenant(ALPHA, () -> queries.planVersions(id, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 12, 31)));
        assertThat(versions).hasSize(2);
        PlanningQueries.PlanVersionRecord delivered = versions.stream().filter(v -> v.planId().value().equals(plan)).findFirst().orElseThrow();
        assertThat(delivered.assessedOn()).isEqualTo("2026-04-02");
        assertThat(delivered.meetingOn()).isEqualTo("2026-04-08");
        assertThat(delivered.consentOn()).isEqualTo("2026-04-09");
        assertThat(delivered.deliveredOn()).isEqualTo("2026-04-10");
        assertThat(delivered.state()).isEqualTo("DELIVERED");
        PlanningQueries.PlanVersionRecord unagreed = versions.stream().filter(v -> v.planId().value().equals(open)).findFirst().orElseThrow();
        assertThat(unagreed.consentOn()).isNull();
        assertThat(unagreed.meetingOn()).isEqualTo("2026-06-25");
        assertThat(unagreed.openedOn()).as("its meeting came before it was entered here").isEqualTo("2026-06-25");
        assertThat(unagreed.deliveredOn()).isNull();
        assertThat(inTenant(ALPHA, () -> queries.planVersions(id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))))
                .as("delivered after the period; the draft opened after it").isEmpty();

        List<PlanningQueries.MonitoringRecord> monitorings = inTenant(ALPHA, () -> queries.monitorings(id, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 12, 31)));
        assertThat(monitorings).singleElement().satisfies(m -> {
            assertThat(m.planId().value()).isEqualTo(plan);
            assertThat(m.lastReview()).isEqualTo("2026-04-10");
            assertThat(m.dueOn()).isEqualTo("2026-10-10");
            assertThat(m.monitoredOn()).isEqualTo("2026-10-20");
            assertThat(m.overdue()).isTrue();
        });
        // judged by 2026-10-15: due and not yet done
        assertThat(inTenant(ALPHA, () -> queries.monitorings(id, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 15))))
                .singleElement().satisfies(m -> {
                    assertThat(m.monitoredOn()).isNull();
                    assertThat(m.overdue()).isTrue();
                });
        // the service ended on 2026-11-30: the period before it still shows the monitoring that was due in it
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/ends", office, agreed).contentType("application/json")
                .content("{\"endedOn\": \"2026-11-30\", \"reason\": \"REGULAR_EMPLOYMENT\"}"))).andExpect(status().isCreated());
        assertThat(inTenant(ALPHA, () -> queries.monitorings(id, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31))))
                .singleElement().satisfies(m -> assertThat(m.dueOn()).isEqualTo("2026-10-10"));
        assertThat(inTenant(BETA, () -> queries.planVersions(id, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31))))
                .as("another tenant").isEmpty();
    }
}
