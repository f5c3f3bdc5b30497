package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.BooleanSupplier;
import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.ReplicaReads;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the application on two ports, sharing one PostgreSQL (the embedded primary) and a standby streaming
 * from it, as {@code infra/cluster.sh} runs them: a UI session made on one is valid on the other, one tenant's request
 * budget is shared, a membership removed on one is refused at once on the other, scheduled maintenance runs once, and
 * the statistics read the standby while everything else reads the primary.
 */
class InstancesIT {
    private static final TenantId ALPHA = TenantId.of("0a000000-0000-4000-8000-00000000000a");
    private static final String BETA = "0b000000-0000-4000-8000-00000000000b";

    private static EmbeddedDatabase standby;
    private static Path standbyDir;
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    /** Instance 1's JDBC and transactions (on the primary unless inside ReplicaReads), for the tests' own checks. */
    private static JdbcTemplate jdbc;
    private static TransactionTemplate tx;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        // held until the standby and its slot are gone, whichever contexts of this JVM come and go
        EmbeddedDatabase primary = EmbeddedDatabase.lease(null);
        standbyDir = Files.createTempDirectory("tsunagu-standby");
        standby = Standby.start(primary, standbyDir, "instances_it", 200);
        one = instance(); // one after the other: the first migrates the schema
        two = instance();
        one.getBean(jp.tsunagu.app.ProvisionCommand.class).apply(IntegrationTest.testManifests());
        jdbc = one.getBean(JdbcTemplate.class);
        tx = new TransactionTemplate(one.getBean(org.springframework.transaction.PlatformTransactionManager.class));
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(TsunaguApplication.class).profiles("test").run(
                "--server.port=0",
                "--tsunagu.db.replica-url=" + standby.jdbcUrl(),
                // the sessions in PostgreSQL, as the application runs (the test profile leaves them to MockMvc)
                "--spring.autoconfigure.exclude=",
                "--tsunagu.rate-limit.tenants." + BETA + ".per-second=0.2",
                "--tsunagu.rate-limit.tenants." + BETA + ".burst=6",
                // so long that only the notification can explain another instance seeing a change
                "--tsunagu.identity.membership-cache=1h",
                "--logging.level.root=warn");
    }

    @AfterAll
    static void stop() throws Exception {
        if (one != null) {
            one.close();
        }
        if (two != null) {
            two.close();
        }
        if (standby != null) {
            standby.stop();
            try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
                s.execute("select pg_drop_replication_slot('instances_it')");
            }
        }
        Clusters.deleteTree(standbyDir);
        EmbeddedDatabase.release();
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext on, String method, String path, String user,
                                             String json, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base(on) + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            b.header("Authorization", "Bearer " + TestTokens.token(user));
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A UI session as an OIDC login leaves it (the security context, with a second factor), stored by instance 1. */
    private static Session uiSession(String username) {
        @SuppressWarnings("unchecked")
        SessionRepository<Session> sessions = one.getBean(SessionRepository.class);
        Session session = sessions.createSession();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").issuer(TestTokens.ISSUER).subject(username.replace('.', '-'))
                .claim("preferred_username", username).claim("amr", List.of("pwd", "otp"))
                .issuedAt(java.time.Instant.now()).expiresAt(java.time.Instant.now().plusSeconds(300)).build();
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken, "preferred_username");
        session.setAttribute("SPRING_SECURITY_CONTEXT",
                new SecurityContextImpl(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak")));
        sessions.save(session);
        return session;
    }

    private static String cookie(Session session) {
        return "SESSION=" + Base64.getEncoder().encodeToString(session.getId().getBytes());
    }

    @Test
    @DisplayName("the first screen's tiles (a dashboard) are read on the standby, each module's in a transaction of its own; the audit records of the personal data they show are written on the primary")
    void dashboardOnTheStandby() throws Exception {
        UUID workshop = TenantContext.callAs(ALPHA, () -> tx.execute(s -> jdbc.queryForObject(
                "select id from office where office_number = '1310000001'", UUID.class)));
        String cookie = cookie(uiSession("alpha.admin"));
        long before = standbyTransactions();
        long audited = monitoringDueReads(workshop);
        HttpResponse<String> home = send(two, "GET", "/?office=" + workshop, null, null, cookie);
        assertThat(home.statusCode()).isEqualTo(200);
        // the workshop's modules (planning, fixture reports) each show a tile, none of them unavailable
        assertThat(home.body()).contains("アルファ作業所").doesNotContain("data-tile=\"ui.home.unavailable\"");
        waitUntil(() -> standbyTransactions() > before, "the tiles' transactions counted on the standby");
        // the planning tile lists the monitorings due, with names: its read is audited, on the primary
        assertThat(monitoringDueReads(workshop)).as("audit records of the planning tile's read").isEqualTo(audited + 1);
    }

    private static long monitoringDueReads(UUID office) {
        return TenantContext.callAs(ALPHA, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'monitoring_due' and resource_id = ?", Long.class, office.toString())));
    }

    @Test
    @DisplayName("a standby behind the primary (replay paused) does not show a stale answer for what it lacks: the read is asked again of the primary, and its audit record is written once, on the primary")
    void aStandbyBehindIsAskedAgainOfThePrimary() throws Exception {
        ReplicaReads replica = one.getBean(ReplicaReads.class);
        jp.tsunagu.tenancy.Offices offices = one.getBean(jp.tsunagu.tenancy.Offices.class);
        jp.tsunagu.audit.AuditTrail audit = one.getBean(jp.tsunagu.audit.AuditTrail.class);
        try (Connection s = standby.superuser(); Statement ss = s.createStatement()) {
            ss.execute("select pg_wal_replay_pause()");
        }
        try {
            UUID office = UUID.fromString(createOffice("東京就労 (再生待ち)"));
            // the standby has not replayed the office: a plain count there finds none
            assertThat(TenantContext.callAs(ALPHA, () -> replica.read(() -> jdbc.queryForObject(
                    "select count(*) from office where id = ?", Long.class, office)))).isZero();
            // a read that needs it fails on the standby (404 there) and is answered by the primary
            String marker = "replay-paused " + UUID.randomUUID();
            String name = TenantContext.callAs(ALPHA, () -> replica.read(() -> {
                audit.record(jp.tsunagu.audit.AuditEvent.of(jp.tsunagu.audit.AuditEvent.Action.READ, "office", office.toString())
                        .withDetails(marker));
                return offices.require(new jp.tsunagu.kernel.OfficeId(office)).name();
            }));
            assertThat(name).isEqualTo("東京就労 (再生待ち)");
            Long records = TenantContext.callAs(ALPHA, () -> tx.execute(st -> jdbc.queryForObject(
                    "select count(*) from audit_record where details = ?", Long.class, marker)));
            assertThat(records).as("the audit record of the read: the standby's failed attempt left none, the primary's one").isEqualTo(1L);
        } finally {
            resumeReplay();
        }
    }

    @Test
    @DisplayName("a standby more than the allowed lag behind (replay paused) serves no read: reads go to the primary at once, and to the standby again when it has caught up")
    void aStandbyTooFarBehindIsLeftAlone() throws Exception {
        ReplicaReads replica = one.getBean(ReplicaReads.class);
        ReplicaRouting routing = (ReplicaRouting) one.getBean(javax.sql.DataSource.class);
        assertThat(routing.standbyInUse()).isTrue();
        try (Connection s = standby.superuser(); Statement ss = s.createStatement()) {
            ss.execute("select pg_wal_replay_pause()");
        }
        try {
            createOffice("東京就労 (遅延)"); // the primary writes on, the standby does not follow
            waitUntil(() -> !routing.standbyInUse(), "the standby found more than 5 s behind");
            assertThat(TenantContext.callAs(ALPHA, () -> replica.read(() -> jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class))))
                    .as("a read asking for the standby, served by the primary").isFalse();
        } finally {
            resumeReplay();
        }
        assertThat(TenantContext.callAs(ALPHA, () -> replica.read(() -> jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class))))
                .as("the standby again, once caught up").isTrue();
    }

    /** Replay resumed, and the standby serving again (caught up within the allowed lag). */
    private static void resumeReplay() throws Exception {
        try (Connection s = standby.superuser(); Statement ss = s.createStatement()) {
            ss.execute("select pg_wal_replay_resume()");
        }
        ReplicaRouting routing = (ReplicaRouting) one.getBean(javax.sql.DataSource.class);
        waitUntil(routing::standbyInUse, "the standby caught up and serving again");
    }

    @Test
    @DisplayName("a UI session made on instance 1 (an OIDC login's security context, stored in PostgreSQL) is accepted by instance 2; without it, instance 2 sends the browser to the login")
    void sessionOnEitherInstance() throws Exception {
        Session session = uiSession("alpha.admin");
        String cookie = cookie(session);

        assertThat(send(one, "GET", "/", null, null, cookie).statusCode()).isEqualTo(200);
        assertThat(send(two, "GET", "/", null, null, cookie).statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = send(two, "GET", "/", null, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString().contains("/oauth2/authorization/keycloak");
        // what instance 1 added to the session (the login time of the ten-hour limit) is what instance 2 reads
        @SuppressWarnings("unchecked")
        SessionRepository<Session> onTwo = two.getBean(SessionRepository.class);
        Object started = onTwo.findById(session.getId()).getAttribute("tsunagu.sessionStarted");
        assertThat(started).isNotNull();
    }

    @Test
    @DisplayName("a tenant sending to instance 1 and 2 in turn draws from one budget: 6 requests pass of 20, not 12")
    void oneBudgetAcrossInstances() throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            s.execute("delete from rate_limit_bucket where bucket = 'tenant:" + BETA + "'"); // full, whatever other tests drew
        }
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 20; i++) {
            int status = send(i % 2 == 0 ? one : two, "GET", "/api/v1/offices", "beta.admin", null, null).statusCode();
            if (status == 200) {
                ok++;
            } else if (status == 429) {
                limited++;
            }
        }
        assertThat(ok).isBetween(6, 7);
        assertThat(limited).isEqualTo(20 - ok);
    }

    @Test
    @DisplayName("a membership removed on instance 1 is refused on instance 2 at once, though its lookups are kept an hour there (the change is announced through PostgreSQL)")
    void membershipRemovedEverywhere() throws Exception {
        String user = "instances." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send(one, "PUT", "/api/v1/memberships/" + user, "alpha.admin", "{\"allOffices\":true,\"roles\":[\"SERVICE_MANAGER\"]}", null)
                .statusCode()).isEqualTo(200);
        assertThat(send(two, "GET", "/api/v1/offices", user, null, null).statusCode()).isEqualTo(200);
        assertThat(send(one, "DELETE", "/api/v1/memberships/" + user, "alpha.admin", null, null).statusCode()).isEqualTo(204);
        long removed = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - removed < Duration.ofSeconds(3).toNanos()) {
            status = send(two, "GET", "/api/v1/offices", user, null, null).statusCode();
            if (status != 200) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(status).as("instance 2 after the removal on instance 1").isEqualTo(403);
    }

    @Test
    @DisplayName("the event publications' scheduled maintenance, started on both instances at once, runs on one of them, and not again within the interval")
    void maintenanceOnce() throws Exception {
        EmbeddedDatabase primary = EmbeddedDatabase.start(null);
        try (Connection c = primary.superuser(); Statement s = c.createStatement()) {
            s.execute("delete from scheduled_run"); // the interval begins now
        }
        for (int round = 0; round < 3; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<EventPublicationMaintenance.Run>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(one, two)) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return instance.getBean(EventPublicationMaintenance.class).runIfDue();
                }));
            }
            long ran = runs.stream().map(CompletableFuture::join).filter(EventPublicationMaintenance.Run::ran).count();
            assertThat(ran).as("round " + round).isEqualTo(round == 0 ? 1 : 0);
        }
    }

    @Test
    @DisplayName("the standby serves the statistics (a report): read-only, seen as in recovery; writes and other reads, read-only ones too, go to the primary and see a write at once")
    void readsOnTheStandby() throws Exception {
        ReplicaReads replica = one.getBean(ReplicaReads.class);
        Boolean standbyRead = TenantContext.callAs(ALPHA, () -> replica.read(() -> jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class)));
        assertThat(standbyRead).isTrue();
        // the tenant is bound on the standby as on the primary: row-level security shows ALPHA's offices only
        assertThat(TenantContext.callAs(ALPHA, () -> replica.read(() -> jdbc.queryForList(
                "select distinct tenant_id from office", UUID.class)))).containsExactly(ALPHA.value());
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        Boolean otherRead = TenantContext.callAs(ALPHA, () -> readOnly.execute(s -> jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class)));
        assertThat(otherRead).isFalse();

        // an office made on instance 1 and read back at once (read-your-write on the primary), then its statistics
        String office = createOffice("東京就労 (二台)");
        assertThat(send(two, "GET", "/api/v1/offices/" + office, "alpha.admin", null, null).statusCode()).isEqualTo(200);
        for (String module : new String[] {"planning", "workspace", "training"}) {
            assertThat(send(one, "PUT", "/api/v1/offices/" + office + "/modules/" + module, "alpha.admin", null, null).statusCode())
                    .isEqualTo(200);
        }
        String written = primaryLsn();
        waitUntil(() -> replayed(written), "the standby replayed the primary's WAL up to " + written);
        long before = standbyTransactions();
        // instance 2 forgets its module switches when instance 1's notification arrives, a few milliseconds after the
        // commit: until then the office has no training module there (404)
        HttpResponse<String>[] statistics = new HttpResponse[1];
        waitUntil(() -> {
            try {
                statistics[0] = send(two, "GET", "/api/v1/offices/" + office + "/training/statistics/2026", "alpha.admin", null, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return statistics[0].statusCode() != 404;
        }, "instance 2 sees the modules switched on by instance 1");
        assertThat(statistics[0].statusCode()).as(statistics[0].body()).isEqualTo(200);
        waitUntil(() -> standbyTransactions() > before, "the statistics' transaction counted on the standby");
        // and its audit record on the primary
        Long audited = TenantContext.callAs(ALPHA, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'training_statistics' and resource_id = ?", Long.class, office)));
        assertThat(audited).isEqualTo(1L);
    }

    /** An office of ALPHA made through instance 1's API, numbered above the fixtures' (which the shell shows first). */
    private static String createOffice(String name) throws Exception {
        String number = "139" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        HttpResponse<String> created = send(one, "POST", "/api/v1/offices", "alpha.admin", """
                {"officeNumber": "%s", "name": "%s", "prefecture": "TOKYO", "regionalClass": "GRADE_1",
                 "services": [{"serviceType": "TRANSITION", "capacity": 20}]}""".formatted(number, name), null);
        assertThat(created.statusCode()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
    }

    private static String primaryLsn() throws Exception {
        try (Connection p = EmbeddedDatabase.start(null).superuser(); Statement ps = p.createStatement()) {
            return one(ps, "select pg_current_wal_lsn()::text");
        }
    }

    private static boolean replayed(String lsn) {
        try (Connection s = standby.superuser(); Statement ss = s.createStatement()) {
            return "t".equals(one(ss, "select pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Transactions committed on the standby in the application's database (its statistics, flushed within a second),
     * asked from another database so that asking does not count.
     */
    private static long standbyTransactions() {
        try (Connection s = standby.superuser("postgres"); Statement ss = s.createStatement()) {
            ss.execute("select pg_stat_clear_snapshot()");
            return Long.parseLong(one(ss, "select xact_commit from pg_stat_database where datname = 'tsunagu'"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the primary knows of the standby, for a failure's message. */
    private static String replication() {
        try (Connection p = EmbeddedDatabase.start(null).superuser(); Statement ps = p.createStatement();
             Connection s = standby.superuser(); Statement ss = s.createStatement()) {
            return "primary at " + one(ps, "select pg_current_wal_lsn()::text") + ", replication "
                    + one(ps, "select coalesce(string_agg(state || ' sent ' || sent_lsn || ' replayed ' || replay_lsn, '; '), 'none') from pg_stat_replication")
                    + ", standby replayed " + one(ss, "select pg_last_wal_replay_lsn()::text")
                    + ", received " + one(ss, "select pg_last_wal_receive_lsn()::text");
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void waitUntil(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("gave up waiting: " + what + "; " + replication());
            }
            Thread.sleep(100);
        }
    }
}
