package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.testsupport.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kill -9 drill (#25 point 5): an instance of the application ({@link FaultDrillInstance}, a process of its own on
 * this test's database) writes causes and publishes their events without pause and is killed with SIGKILL at a random
 * moment, again and again ({@code -Ddrill.kills}, 50 in the test command, 1,000 by {@code infra/fault-drill.sh}); each
 * new instance runs the event publications' maintenance when it starts, as a restarted node does. At the end one more
 * instance runs until every publication is completed. Then every committed cause has exactly one effect: no event lost
 * (a kill between a commit and its listener), no effect twice (a kill between the listener's commit and the
 * publication's completion), and nothing of a cause that was not committed.
 */
class KillNineDrillIT extends IntegrationTest {
    private static final String LISTENER = "%FaultDrillInstance%";

    @Autowired
    @Qualifier("liquibaseDataSource")
    DataSource owner;

    @Test
    @DisplayName("kill -9 between commits and listeners, again and again: every committed event has its effect exactly once")
    void killNineRepeated() throws Exception {
        int planned = Integer.getInteger("drill.kills", 50);
        // an optional time budget (infra/fault-drill.sh's second argument): the drill stops killing when it is spent
        // and checks what the kills so far left, so a long drill on a busy machine still ends with a verdict
        long budget = Long.getLong("drill.minutes", 0);
        long stopAt = budget > 0 ? System.nanoTime() + Duration.ofMinutes(budget).toNanos() : Long.MAX_VALUE;
        prepareTables();
        Path logs = Files.createTempDirectory("kill-nine-drill");
        long started = System.nanoTime();
        long startingNanos = 0;
        int kills = 0;
        for (int i = 0; i < planned && System.nanoTime() < stopAt; i++, kills++) {
            if (i > 0 && i % 100 == 0) {
                System.out.printf("kill -9 drill: %d kills so far, %d s%n", i, Duration.ofNanos(System.nanoTime() - started).toSeconds());
            }
            long t0 = System.nanoTime();
            Process instance = start(logs, "k" + i, true);
            startingNanos += System.nanoTime() - t0;
            Thread.sleep(ThreadLocalRandom.current().nextInt(200, 1200));
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(instance.pid())).inheritIO().start();
            assertThat(kill.waitFor()).as("kill -9 %d", instance.pid()).isZero();
            assertThat(instance.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(instance.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        }
        Process last = start(logs, "final", false);
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (incomplete() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
        } finally {
            last.destroy();
            last.waitFor(30, TimeUnit.SECONDS);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        assertThat(incomplete()).as("publications not completed after recovery").isZero();
        List<String> causes = TenantContext.callAs(ALPHA, () -> tx.execute(
                s -> jdbc.queryForList("select marker from fault_drill_cause", String.class)));
        List<Map<String, Object>> effects = TenantContext.callAs(ALPHA, () -> tx.execute(
                s -> jdbc.queryForList("select marker, count(*) as n from fault_drill_effect group by marker")));
        long twice = effects.stream().filter(e -> ((Number) e.get("n")).longValue() != 1).count();
        List<String> effected = effects.stream().map(e -> (String) e.get("marker")).toList();
        long redelivered = jdbc.queryForObject("select count(*) from event_publication where listener_id like ?"
                + " and completion_attempts > 1", Long.class, LISTENER);
        long notRunAgain = countInLogs(logs, "not run again");
        System.out.printf("kill -9 drill: %d kills (of %d planned) in %d s (an instance started in %.1f s on average), %d events"
                + " committed, %d delivered again, %d of them already handled (not run again)%n", kills, planned, seconds,
                startingNanos / 1e9 / kills, causes.size(), redelivered, notRunAgain);

        assertThat(causes).as("events committed before the kills").hasSizeGreaterThan(kills);
        assertThat(redelivered).as("publications a kill left incomplete, delivered again by a later instance").isPositive();
        assertThat(notRunAgain).as("deliveries of publications whose effect was already committed (kills after the"
                + " listener's commit), found handled and not run again").isPositive();
        assertThat(twice).as("causes whose effect happened more than once").isZero();
        assertThat(effected).as("every committed event has its effect, and no effect is without its cause")
                .containsExactlyInAnyOrderElementsOf(causes);
        new JdbcTemplate(owner).execute("drop table fault_drill_cause, fault_drill_effect");
    }

    private void prepareTables() {
        JdbcTemplate asOwner = new JdbcTemplate(owner);
        asOwner.execute("drop table if exists fault_drill_cause, fault_drill_effect");
        asOwner.execute("create table fault_drill_cause (tenant_id uuid not null default app_current_tenant(),"
                + " marker text not null, primary key (tenant_id, marker))");
        asOwner.execute("create table fault_drill_effect (tenant_id uuid not null default app_current_tenant(),"
                + " id bigint generated always as identity, marker text not null, primary key (tenant_id, id))");
        asOwner.execute("select tsunagu_protect('fault_drill_cause', 'tsunagu_app')");
        asOwner.execute("select tsunagu_protect('fault_drill_effect', 'tsunagu_app')");
        asOwner.update("delete from event_publication where listener_id like ?", LISTENER);
    }

    private long incomplete() {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like ? and completion_date is null",
                Long.class, LISTENER);
    }

    /** Starts an instance on this test's database and waits until it says it is ready. */
    private Process start(Path logs, String name, boolean publish) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(null);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), FaultDrillInstance.class.getName(),
                "--tsunagu.db.embedded=false",
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedDatabase.APP_ROLE,
                "--spring.datasource.password=" + EmbeddedDatabase.APP_PASSWORD,
                "--spring.liquibase.url=" + db.jdbcUrl(),
                "--spring.liquibase.user=" + EmbeddedDatabase.OWNER_ROLE,
                "--spring.liquibase.password=" + EmbeddedDatabase.OWNER_PASSWORD,
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--spring.modulith.events.jdbc.schema-initialization.enabled=false",
                "--spring.jpa.open-in-view=false",
                "--tsunagu.events.stale-after=PT2S",
                "--tsunagu.events.stale-processing-after=PT4S",
                "--tsunagu.events.retry-after=PT0S",
                "--tsunagu.events.check-interval=PT1S",
                "--logging.level.root=warn",
                "--logging.level.jp.tsunagu.app=info",
                "--drill.tenant=" + ALPHA,
                "--drill.office=" + office(ALPHA, "1310000001"),
                "--drill.instance=" + name,
                "--drill.publish=" + publish));
        Path log = logs.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("READY")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("instance " + name + " did not start:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return process;
    }

    private static long countInLogs(Path logs, String text) throws java.io.IOException {
        long n = 0;
        try (var files = Files.list(logs)) {
            for (Path f : files.toList()) {
                n += Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).count();
            }
        }
        return n;
    }
}
