package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import jp.tsunagu.fixture.FixtureListeners;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Events handled across modules: each listener runs under its event's tenant and sees that tenant's rows only; an
 * event without a tenant is refused and stays incomplete; a listener that fails is retried by the maintenance run and
 * completes once; completed publications are purged after the retention; the run happens on one instance at a time.
 */
@EnableScenarios
class TenantEventsIT extends IntegrationTest {
    @Autowired
    FixtureListeners listeners;
    @Autowired
    EventPublicationMaintenance maintenance;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void forgetEarlierRuns() {
        listeners.reset();
    }

    private Map<String, Object> publication(String marker) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select status, completion_date, completion_attempts from event_publication where serialized_event like ?",
                "%" + marker + "%");
        assertThat(rows).as("one publication of %s", marker).hasSize(1);
        return rows.get(0);
    }

    private double incompleteGauge() throws Exception {
        return gauge("tsunagu_events_incomplete");
    }

    @Test
    @DisplayName("each event reaches its listener under its own tenant, which sees its own offices and nothing of another tenant")
    void eachEventUnderItsOwnTenant(Scenario scenario) {
        OfficeId alphaOffice = new OfficeId(office(ALPHA, "1310000001"));
        OfficeId betaOffice = new OfficeId(office(BETA, "2710000001"));
        String a = "alpha-" + UUID.randomUUID();
        String b = "beta-" + UUID.randomUUID();
        // as many as the tenant has now: other tests on this database add offices
        long alphaOffices = inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from office", Long.class));
        long betaOffices = inTenant(BETA, () -> jdbc.queryForObject("select count(*) from office", Long.class));
        java.util.function.BiConsumer<org.springframework.transaction.support.TransactionOperations,
                org.springframework.context.ApplicationEventPublisher> publishBoth = (tx, events) -> tx.executeWithoutResult(s -> {
                    events.publishEvent(new FixtureListeners.Happened(ALPHA, alphaOffice, a));
                    events.publishEvent(new FixtureListeners.Happened(BETA, betaOffice, b));
                });
        scenario.stimulate(publishBoth)
                .andWaitForStateChange(() -> listeners.seen().size(), n -> n == 2)
                .andVerify(n -> {
                    for (FixtureListeners.Seen seen : listeners.seen()) {
                        TenantId tenant = seen.marker().equals(a) ? ALPHA : BETA;
                        assertThat(seen.eventTenant()).isEqualTo(tenant);
                        assertThat(seen.bound()).as("the tenant bound for %s", seen.marker()).contains(tenant);
                        assertThat(seen.visibleTenants()).as("the tenants whose offices %s could read", seen.marker())
                                .containsExactly(tenant.value());
                    }
                    assertThat(listeners.seen()).extracting(FixtureListeners.Seen::marker).containsExactlyInAnyOrder(a, b);
                    assertThat(listeners.seen()).filteredOn(s -> s.marker().equals(a)).singleElement()
                            .extracting(FixtureListeners.Seen::visibleOffices).isEqualTo(alphaOffices);
                    assertThat(listeners.seen()).filteredOn(s -> s.marker().equals(b)).singleElement()
                            .extracting(FixtureListeners.Seen::visibleOffices).isEqualTo(betaOffices);
                });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(publication(a).get("completion_date")).isNotNull();
            assertThat(publication(b).get("completion_date")).isNotNull();
        });
    }

    @Test
    @DisplayName("an event without a tenant is refused: its listener never runs, its publication stays incomplete and is counted")
    void eventWithoutTenantRefused(Scenario scenario) throws Exception {
        double before = incompleteGauge();
        String marker = "tenantless-" + UUID.randomUUID();
        scenario.publish(new FixtureListeners.Tenantless(marker))
                .andWaitForStateChange(() -> publication(marker).get("status"), "FAILED"::equals)
                .andVerify(status -> assertThat(publication(marker).get("completion_date")).isNull());
        assertThat(listeners.tenantlessHandled()).isEmpty();
        assertThat(incompleteGauge()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a listener that fails is retried by the maintenance run and completes once; a later run does not deliver it again; completed publications are purged after the retention")
    void failedListenerRetriedOnce(Scenario scenario) throws Exception {
        OfficeId office = new OfficeId(office(ALPHA, "1310000001"));
        String marker = "flaky-" + UUID.randomUUID();
        double before = incompleteGauge();
        scenario.publish(new FixtureListeners.Flaky(ALPHA, office, marker))
                .andWaitForStateChange(() -> publication(marker).get("status"), "FAILED"::equals)
                .andVerify(status -> assertThat(listeners.flakyCompleted()).isEmpty());
        assertThat(incompleteGauge()).isEqualTo(before + 1);

        EventPublicationMaintenance.Run run = maintenance.run();
        assertThat(run.ran()).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publication(marker).get("completion_date")).isNotNull());
        assertThat(listeners.flakyCompleted()).containsExactly(marker);
        assertThat(listeners.flakyAttempts()).isEqualTo(2);
        assertThat(incompleteGauge()).isEqualTo(before);

        maintenance.run();
        Thread.sleep(500);
        assertThat(listeners.flakyAttempts()).as("a completed publication is not delivered again").isEqualTo(2);
        assertThat(listeners.flakyCompleted()).containsExactly(marker);

        // past the retention (30 days), the completed publication is deleted; an incomplete one never is
        jdbc.update("update event_publication set completion_date = completion_date - interval '31 days', "
                + "publication_date = publication_date - interval '31 days' where serialized_event like ?", "%" + marker + "%");
        maintenance.run();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class,
                "%" + marker + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_handled h where not exists"
                + " (select 1 from event_publication p where p.id = h.publication_id)", Long.class))
                .as("what was noted of the deleted publications is deleted with them").isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class))
                .isEqualTo((long) before);
    }

    @Test
    @DisplayName("a delivery still in progress is left alone for six hours (a retry is never delivered twice); past that, as from an instance that died, it is marked failed and delivered again")
    void inProgressLeftAlone(Scenario scenario) throws Exception {
        String marker = "in-progress-" + UUID.randomUUID();
        scenario.publish(new FixtureListeners.Tenantless(marker))
                .andWaitForStateChange(() -> publication(marker).get("status"), "FAILED"::equals)
                .andVerify(status -> assertThat(listeners.tenantlessHandled()).isEmpty());
        int attempts = ((Number) publication(marker).get("completion_attempts")).intValue();
        String like = "%" + marker + "%";
        jdbc.update("update event_publication set status = 'PROCESSING', publication_date = now() - interval '2 hours'"
                + " where serialized_event like ?", like);
        maintenance.run();
        Thread.sleep(500);
        assertThat(publication(marker)).containsEntry("status", "PROCESSING");
        assertThat(((Number) publication(marker).get("completion_attempts")).intValue()).isEqualTo(attempts);

        jdbc.update("update event_publication set publication_date = now() - interval '7 hours' where serialized_event like ?", like);
        maintenance.run();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(publication(marker)).containsEntry("status", "FAILED");
            assertThat(((Number) publication(marker).get("completion_attempts")).intValue()).isGreaterThan(attempts);
        });
        assertThat(listeners.tenantlessHandled()).as("still refused: it names no tenant").isEmpty();
    }

    @Test
    @DisplayName("a publication delivered again after its listener committed (an instance killed before Modulith marked it completed) is not handled twice")
    void handledOnceWhenDeliveredAgain(Scenario scenario) throws Exception {
        OfficeId office = new OfficeId(office(ALPHA, "1310000001"));
        String marker = "once-" + UUID.randomUUID();
        scenario.publish(new FixtureListeners.Happened(ALPHA, office, marker))
                .andWaitForStateChange(() -> publication(marker).get("completion_date"), java.util.Objects::nonNull)
                .andVerify(done -> assertThat(listeners.seen()).extracting(FixtureListeners.Seen::marker).containsOnlyOnce(marker));
        // as if the instance died after the listener's commit and before the completion: incomplete, started 7 hours ago
        jdbc.update("update event_publication set completion_date = null, status = 'PROCESSING',"
                + " publication_date = now() - interval '7 hours' where serialized_event like ?", "%" + marker + "%");
        maintenance.run();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publication(marker).get("completion_date")).isNotNull());
        assertThat(((Number) publication(marker).get("completion_attempts")).intValue()).as("delivered again").isGreaterThan(1);
        assertThat(listeners.seen()).extracting(FixtureListeners.Seen::marker).as("the listener ran once").containsOnlyOnce(marker);
    }

    @Test
    @DisplayName("the maintenance runs on one instance at a time: while another holds its lock, a run does nothing")
    void oneInstanceAtATime() throws Exception {
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            s.execute("select pg_advisory_lock(hashtext('tsunagu.event-publication-maintenance'))");
            try {
                assertThat(maintenance.run().ran()).isFalse();
            } finally {
                s.execute("select pg_advisory_unlock(hashtext('tsunagu.event-publication-maintenance'))");
            }
        }
        assertThat(maintenance.run().ran()).isTrue();
    }
}
