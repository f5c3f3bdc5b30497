package jp.tsunagu.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The backup and restore drill (infra/backup.md): a primary PostgreSQL 18 with WAL archiving, migrated and provisioned by
 * the application itself, audit records written through the chain trigger; a base backup with the low-level API
 * ({@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}); more writes after it, so a restore
 * must replay archived WAL; then two restores into fresh clusters, one to the end of the archive and one to a point in
 * time before the later writes. Each restore must show the primary's row count in every table at that moment, the same
 * head (seq and hash) of every audit chain, and {@code audit_verify()} must find no broken chain.
 */
public final class RestoreDrill {

    /**
     * Where the drill works, the tenant manifests it provisions, how many audit records it writes per chain before and
     * after the base backup, and whether it also provisions one more tenant after the target time (rows in the tenant,
     * office and membership tables that only the archived WAL holds; one more application start).
     */
    public record Settings(Path workDir, Path manifests, int recordsPerChain, int laterRecordsPerChain, boolean laterTenant) {
    }

    /** The tenant the drill provisions after the target time. */
    static final String LATER_TENANT = """
            # written by the restore drill after its target time: a full restore has this tenant, a point-in-time one not
            tenant:
              id: 0d000000-0000-4000-8000-00000000000d
              kind: MUNICIPALITY
              name: ドリル市
              prefecture: HOKKAIDO
            offices:
              - number: "0110000002"
                name: ドリル市福祉課
                prefecture: HOKKAIDO
                regionalClass: OTHER
                services:
                  TYPE_B: 10
            users:
              - username: drill.officer
                email: drill@example.jp
                firstName: 太郎
                lastName: 訓練
                allOffices: true
                roles: [MUNICIPAL_OFFICER]
            """;

    /** What one restore showed. */
    public record Restore(String name, Duration duration, Map<String, Long> counts, Map<String, String> heads,
                          List<String> breaks) {
    }

    /** The drill's figures and every mismatch it found; {@link #ok()} when there is none. */
    public record Report(Map<String, Long> countsAtTarget, Map<String, Long> countsAtEnd, Map<String, String> headsAtTarget,
                         Map<String, String> headsAtEnd, String targetTime, long baseBackupBytes, Duration baseBackupDuration,
                         int walFiles, long walBytes, Restore full, Restore pointInTime, List<String> mismatches,
                         Duration total) {

        public boolean ok() {
            return mismatches.isEmpty();
        }

        public String text() {
            StringBuilder out = new StringBuilder();
            long rowsEnd = countsAtEnd.values().stream().mapToLong(Long::longValue).sum();
            long rowsTarget = countsAtTarget.values().stream().mapToLong(Long::longValue).sum();
            out.append("restore drill: ").append(ok() ? "PASSED" : "FAILED").append(" in ").append(seconds(total)).append('\n');
            out.append(String.format("  base backup: %.1f MB in %s (pg_backup_start/stop, data directory copied)%n",
                    baseBackupBytes / 1e6, seconds(baseBackupDuration)));
            out.append(String.format("  WAL archive: %d segments, %.1f MB%n", walFiles, walBytes / 1e6));
            out.append(String.format("  primary: %d tables, %d rows at the end, %d rows at the target time %s; %d audit chains%n",
                    countsAtEnd.size(), rowsEnd, rowsTarget, targetTime, headsAtEnd.size()));
            for (Restore r : List.of(full, pointInTime)) {
                if (r != null) {
                    out.append(String.format("  restore %s: %s, %d rows, %d audit chains, %s%n", r.name(), seconds(r.duration()),
                            r.counts().values().stream().mapToLong(Long::longValue).sum(), r.heads().size(),
                            r.breaks().isEmpty() ? "every chain verifies" : r.breaks().size() + " broken chains"));
                }
            }
            countsAtEnd.forEach((table, n) -> {
                Long before = countsAtTarget.get(table);
                if (before != null && !before.equals(n)) {
                    out.append("  written after the target: ").append(table).append(' ').append(before).append(" -> ").append(n).append('\n');
                }
            });
            mismatches.forEach(m -> out.append("  MISMATCH ").append(m).append('\n'));
            return out.toString();
        }

        private static String seconds(Duration d) {
            return String.format("%.1f s", d.toMillis() / 1000.0);
        }
    }

    private RestoreDrill() {
    }

    /** {@code restore-drill [work dir] [manifest dir] [records per chain] [records per chain after the backup]}: exit 1 on a mismatch. */
    static int command(Class<?> app, String[] args) {
        // the report, not the servers' start-up logs (the application's contexts set their own levels while they run)
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
        List<String> plain = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        Path work = plain.size() > 0 ? Path.of(plain.get(0)) : Path.of(System.getProperty("java.io.tmpdir"), "tsunagu-restore-drill");
        Path manifests = plain.size() > 1 ? Path.of(plain.get(1)) : Path.of("tenants");
        int records = plain.size() > 2 ? Integer.parseInt(plain.get(2)) : 2000;
        int later = plain.size() > 3 ? Integer.parseInt(plain.get(3)) : 200;
        Report report = run(app, new Settings(work.toAbsolutePath(), manifests.toAbsolutePath(), records, later, true));
        System.out.print(report.text());
        return report.ok() ? 0 : 1;
    }

    public static Report run(Class<?> app, Settings settings) {
        long start = System.nanoTime();
        Path work = settings.workDir();
        Path primaryDir = work.resolve("primary");
        Path archive = work.resolve("wal-archive");
        Path base = work.resolve("base-backup");
        Clusters.deleteTree(work);
        Clusters.createPrivate(work);
        Clusters.createPrivate(archive);
        List<String> mismatches = new ArrayList<>();

        // the primary: WAL archiving on from its first start
        String archiveCommand = "test ! -f " + archive + "/%f && cp %p " + archive + "/%f";
        EmbeddedDatabase primary = EmbeddedDatabase.startSeparate(primaryDir, dir -> Clusters.appendConf(dir.resolve("postgresql.conf"),
                "wal_level = replica", "archive_mode = on", "archive_command = '" + archiveCommand + "'"));
        Map<String, Long> countsAtTarget;
        Map<String, String> headsAtTarget;
        Map<String, Long> countsAtEnd;
        Map<String, String> headsAtEnd;
        String targetTime;
        long backupStart;
        Duration backupDuration;
        try {
            // the schema by the application's own Liquibase (it migrates at start), the demo tenants by its provision command
            int provisioned = Commands.run(app, appArgs(primary, "provision", settings.manifests().toString()));
            if (provisioned != 0) {
                throw new IllegalStateException("provisioning the primary failed (exit " + provisioned + ")");
            }
            writeAuditRecords(primary, settings.recordsPerChain(), "before the base backup");

            backupStart = System.nanoTime();
            Clusters.baseBackup(primary, primaryDir, base);
            backupDuration = Duration.ofNanos(System.nanoTime() - backupStart);

            // rows written after the base backup but before the target time: only the archived WAL has them
            writeAuditRecords(primary, Math.max(1, settings.laterRecordsPerChain() / 2), "after the base backup");
            try (Connection c = primary.superuser(); Statement s = c.createStatement()) {
                countsAtTarget = counts(s);
                headsAtTarget = heads(s);
                targetTime = one(s, "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'");
            }
            sleep(50); // the next commit's time lies after the target
            writeAuditRecords(primary, settings.laterRecordsPerChain(), "after the target time");
            if (settings.laterTenant()) {
                Path later = work.resolve("later-tenant");
                Clusters.createPrivate(later);
                Clusters.write(later.resolve("drill.yaml"), LATER_TENANT);
                int laterExit = Commands.run(app, appArgs(primary, "provision", later.toString()));
                if (laterExit != 0) {
                    throw new IllegalStateException("provisioning the later tenant failed (exit " + laterExit + ")");
                }
            }
            try (Connection c = primary.superuser(); Statement s = c.createStatement()) {
                countsAtEnd = counts(s);
                headsAtEnd = heads(s);
                String last = one(s, "select pg_walfile_name(pg_switch_wal())");
                waitFor(() -> Files.exists(archive.resolve(last)), Duration.ofMinutes(1), "WAL segment " + last + " archived");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            primary.stop();
        }
        if (countsAtEnd.equals(countsAtTarget)) {
            mismatches.add("the later writes changed no table: the drill would not tell a point-in-time restore from a full one");
        }

        Restore full = restore("to the end of the archive", base, archive, work.resolve("restore-full"), null);
        compare(full, countsAtEnd, headsAtEnd, mismatches);
        Restore pitr = restore("to " + targetTime, base, archive, work.resolve("restore-pitr"), targetTime);
        compare(pitr, countsAtTarget, headsAtTarget, mismatches);

        long walBytes;
        int walFiles;
        try (Stream<Path> files = Files.list(archive)) {
            List<Path> segments = files.filter(p -> p.getFileName().toString().matches("[0-9A-F]{24}")).toList();
            walFiles = segments.size();
            walBytes = segments.stream().mapToLong(RestoreDrill::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(countsAtTarget, countsAtEnd, headsAtTarget, headsAtEnd, targetTime, treeSize(base), backupDuration,
                walFiles, walBytes, full, pitr, mismatches, Duration.ofNanos(System.nanoTime() - start));
    }

    private static String[] appArgs(EmbeddedDatabase db, String command, String argument) {
        return appArgs(db, command, argument, "--tsunagu.keycloak.provisioning=false", "--tsunagu.sharing.link-secret=restore-drill");
    }

    /** A command of the application against {@code db} as a real server: both roles named, nothing embedded started. */
    static String[] appArgs(EmbeddedDatabase db, String command, String argument, String... more) {
        String url = db.jdbcUrl();
        java.util.List<String> args = new ArrayList<>(List.of(command, argument, "--tsunagu.db.embedded=false",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedDatabase.APP_ROLE,
                "--spring.datasource.password=" + EmbeddedDatabase.APP_PASSWORD,
                "--spring.liquibase.url=" + url,
                "--spring.liquibase.user=" + EmbeddedDatabase.OWNER_ROLE,
                "--spring.liquibase.password=" + EmbeddedDatabase.OWNER_PASSWORD,
                "--logging.level.root=warn"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /**
     * Audit records in every chain of every tenant (each office's and the tenant's own), written as the application
     * writes them: as {@code tsunagu_app}, the tenant set for the transaction, seq and hashes computed by the trigger.
     */
    private static void writeAuditRecords(EmbeddedDatabase db, int perChain, String when) throws SQLException {
        List<UUID> tenants = new ArrayList<>();
        try (Connection c = db.superuser(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tenant_id from tenant order by tenant_id")) {
            while (rs.next()) {
                tenants.add(rs.getObject(1, UUID.class));
            }
        }
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE, EmbeddedDatabase.APP_PASSWORD)) {
            c.setAutoCommit(false);
            for (UUID tenant : tenants) {
                try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
                     var insert = c.prepareStatement("""
                             insert into audit_record (tenant_id, id, occurred_at, username, office_id, action, resource,
                                                       resource_id, outcome, details, seq, prev_hash, hash)
                             select ?, gen_random_uuid(), clock_timestamp(), 'restore-drill', o.id, 'READ', 'restore-drill',
                                    i::text, 'SUCCESS', ?, 0, '', ''
                               from (select id from office where tenant_id = ? union all select null) o,
                                    generate_series(1, ?) i
                             """)) {
                    set.setString(1, tenant.toString());
                    set.execute();
                    insert.setObject(1, tenant);
                    insert.setString(2, "written by the restore drill " + when);
                    insert.setObject(3, tenant);
                    insert.setInt(4, perChain);
                    insert.executeUpdate();
                }
                c.commit();
            }
        }
    }

    /** A fresh cluster from the base backup, recovering from the archive (to {@code targetTime} when given), then promoted. */
    private static Restore restore(String name, Path base, Path archive, Path dir, String targetTime) {
        long start = System.nanoTime();
        Clusters.copyTree(base, dir);
        List<String> conf = new ArrayList<>(List.of(
                "# restore drill: recover from the archive, then promote; this copy archives nothing",
                "archive_mode = off",
                "restore_command = 'cp " + archive + "/%f %p'"));
        if (targetTime != null) {
            conf.add("recovery_target_time = '" + targetTime + "'");
            conf.add("recovery_target_action = 'promote'");
        }
        Clusters.appendConf(dir.resolve("postgresql.auto.conf"), conf.toArray(String[]::new));
        Clusters.write(dir.resolve("recovery.signal"), "");
        EmbeddedDatabase restored = EmbeddedDatabase.startSeparate(dir, d -> { });
        try (Connection c = restored.superuser(); Statement s = c.createStatement()) {
            waitFor(() -> "false".equals(one(s, "select pg_is_in_recovery()::text")), Duration.ofMinutes(5), "recovery finished");
            return new Restore(name, Duration.ofNanos(System.nanoTime() - start), counts(s), heads(s), breaks(s));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            restored.stop();
        }
    }

    static void compare(Restore r, Map<String, Long> counts, Map<String, String> heads, List<String> mismatches) {
        for (String table : union(counts.keySet(), r.counts().keySet())) {
            Long expected = counts.get(table);
            Long actual = r.counts().get(table);
            if (expected == null || !expected.equals(actual)) {
                mismatches.add("restore " + r.name() + ": table " + table + " has " + actual + " rows, the primary had " + expected);
            }
        }
        for (String chain : union(heads.keySet(), r.heads().keySet())) {
            String expected = heads.get(chain);
            String actual = r.heads().get(chain);
            if (expected == null || !expected.equals(actual)) {
                mismatches.add("restore " + r.name() + ": audit chain " + chain + " ends at " + actual + ", the primary's at " + expected);
            }
        }
        r.breaks().forEach(b -> mismatches.add("restore " + r.name() + ": " + b));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Rows in every table of the schema, counted as the superuser (past row-level security). */
    static Map<String, Long> counts(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
                 order by 1
                """)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, Long.parseLong(one(s, "select count(*) from " + table)));
        }
        return counts;
    }

    /** The last record of every audit chain: tenant/chain -> seq:hash. */
    static Map<String, String> heads(Statement s) throws SQLException {
        Map<String, String> heads = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("""
                select distinct on (tenant_id, chain) tenant_id, coalesce(chain::text, 'tenant'), seq, hash
                  from audit_record order by tenant_id, chain, seq desc
                """)) {
            while (rs.next()) {
                heads.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3) + ":" + rs.getString(4));
            }
        }
        return heads;
    }

    /** The project's own verifier (the function behind {@code audit-verify}): the first break of each broken chain. */
    static List<String> breaks(Statement s) throws SQLException {
        List<String> breaks = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select tenant_id, seq, id, problem from audit_verify()")) {
            while (rs.next()) {
                breaks.add("tenant " + rs.getString(1) + ": audit record seq " + rs.getLong(2) + " (id " + rs.getString(3)
                        + "): " + rs.getString(4));
            }
        }
        return breaks;
    }

    private static String one(Statement s, String sql) {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long treeSize(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(RestoreDrill::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void waitFor(Check check, Duration limit, String what) {
        long end = System.nanoTime() + limit.toNanos();
        try {
            while (!check.done()) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("gave up waiting for: " + what);
                }
                Thread.sleep(100);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(what, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
