package jp.tsunagu.app;

import static jp.tsunagu.testsupport.IntegrationTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database connection terminated in the middle of a write ({@code pg_terminate_backend}, #25 point 5), with one
 * pooled connection so that the next request must take the same pool's next connection: the write is rolled back and
 * answered with a clear 503 in Japanese and English, a retry stores it once, and the tenant of the terminated
 * connection never reaches the next request.
 */
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=1")
class ConnectionLossIT extends IntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("liquibaseDataSource")
    DataSource owner;

    @Test
    @DisplayName("pg_terminate_backend in the middle of a write: nothing stored, 503 problem+json (ja, en), the retry stored once, the next request under its own tenant")
    void terminatedInTheMiddleOfAWrite() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "切断の作業所", "TYPE_B", "planning");
        String body = PlanningFixtures.person("切断", "花子", "セツダン", "ハナコ");

        MockHttpServletResponse ja = writeTerminated(office, body, Locale.JAPANESE);
        assertThat(ja.getStatus()).isEqualTo(503);
        assertThat(ja.getContentType()).isEqualTo("application/problem+json");
        assertThat(ja.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        Map<?, ?> problem = JSON.readValue(ja.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), Map.class);
        assertThat(problem.get("code")).isEqualTo("database.unavailable");
        assertThat((String) problem.get("detail")).contains("データベースとの接続が切れた").contains("確定していません");
        assertThat(persons(office)).as("nothing stored by the terminated write").isZero();

        MockHttpServletResponse en = writeTerminated(office, body, Locale.ENGLISH);
        assertThat(en.getStatus()).isEqualTo(503);
        Map<?, ?> english = JSON.readValue(en.getContentAsString(), Map.class);
        assertThat((String) english.get("detail")).contains("connection to the database was lost").contains("not confirmed");
        assertThat(persons(office)).isZero();

        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons", office)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(r -> assertThat(r.getResponse().getStatus()).as("the retry").isEqualTo(201));
        assertThat(persons(office)).as("stored once by the retry").isEqualTo(1);

        // the pool's only connection now serves another tenant, and a transaction without one
        UUID betaOffice = office(BETA, "2710000001");
        String beta = mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/persons", betaOffice))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(beta).doesNotContain("切断");
        String bound = tx.execute(s -> jdbc.queryForObject("select coalesce(current_setting('app.tenant_id', true), '')", String.class));
        assertThat(bound).as("no tenant left on the connection").isEmpty();
        Long unbound = tx.execute(s -> jdbc.queryForObject("select count(*) from person", Long.class));
        assertThat(unbound).as("persons seen without a tenant").isZero();
    }

    /** Posts the write while the owner holds a lock it waits for, terminates its backend, then lets go of the lock. */
    private MockHttpServletResponse writeTerminated(UUID office, String body, Locale locale) throws Exception {
        try (Connection lock = owner.getConnection(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("lock table person in access exclusive mode");
            CompletableFuture<MockHttpServletResponse> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons", office))
                            .contentType(MediaType.APPLICATION_JSON).locale(locale)
                            .header(HttpHeaders.ACCEPT_LANGUAGE, locale.getLanguage()).content(body)).andReturn().getResponse();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // the superuser sees other roles' waits and may end their backends, as an operator would
            org.springframework.jdbc.core.JdbcTemplate operator = new org.springframework.jdbc.core.JdbcTemplate(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(EmbeddedDatabase.start(null).superuser(), false));
            Integer waiting = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (waiting == null && System.nanoTime() < deadline) {
                List<Integer> pids = operator.queryForList(
                        "select pid from pg_stat_activity where usename = 'tsunagu_app' and wait_event_type = 'Lock'", Integer.class);
                waiting = pids.isEmpty() ? null : pids.getFirst();
                Thread.sleep(20);
            }
            assertThat(waiting).as("the write waits for the lock").isNotNull();
            assertThat(operator.queryForObject("select pg_terminate_backend(?)", Boolean.class, waiting)).isTrue();
            ((org.springframework.jdbc.datasource.SingleConnectionDataSource) operator.getDataSource()).destroy();
            lock.rollback();
            return answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private long persons(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from person where family_name = '切断'", Long.class));
    }
}
