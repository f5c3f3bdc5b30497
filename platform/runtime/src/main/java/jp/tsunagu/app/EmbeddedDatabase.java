package jp.tsunagu.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL 18 for the local run and the tests, one per JVM. On first start it creates the
 * owner and application roles from {@code db/roles.sql} (the same script a DBA runs on a real server).
 */
public final class EmbeddedDatabase {
    public static final String OWNER_ROLE = "tsunagu_owner";
    public static final String OWNER_PASSWORD = "owner-local";
    public static final String APP_ROLE = "tsunagu_app";
    public static final String APP_PASSWORD = "app-local";
    public static final String DATABASE = "tsunagu";

    /** System property: load {@code pg_stat_statements} into the embedded server (benchmarks read it). */
    public static final String TRACK_STATEMENTS = "tsunagu.db.track-statements";

    private static EmbeddedDatabase instance;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the database once per JVM; {@code dataDir} keeps data between runs (null: a fresh temporary one). */
    public static synchronized EmbeddedDatabase start(String dataDir) {
        if (instance == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false) // stopped by the last lease, after the pools
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("timezone", "Asia/Tokyo");
                if (Boolean.getBoolean(TRACK_STATEMENTS)) {
                    // for measurements: what each statement cost, nested ones (triggers, functions) included
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                            .setServerConfig("pg_stat_statements.track", "all")
                            .setServerConfig("pg_stat_statements.track_planning", "on");
                }
                if (dataDir != null && !dataDir.isBlank()) {
                    Path dir = Path.of(dataDir);
                    Files.createDirectories(dir);
                    builder.setDataDirectory(dir).setCleanDataDirectory(false);
                }
                EmbeddedPostgres postgres = builder.start();
                instance = new EmbeddedDatabase(postgres);
                instance.bootstrap();
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("the embedded PostgreSQL did not start", e);
            }
        }
        return instance;
    }

    private static int leases;

    /**
     * Holds the database open for one application context; the last context to release it (after its
     * connection pools have closed) stops the server.
     */
    static synchronized EmbeddedDatabase lease(String dataDir) {
        EmbeddedDatabase db = start(dataDir);
        leases++;
        return db;
    }

    static synchronized void release() {
        if (--leases == 0 && instance != null) {
            try {
                instance.postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("the embedded PostgreSQL did not stop", e);
            } finally {
                instance = null;
            }
        }
    }

    /**
     * A server of its own beside the JVM's shared one (the backup drill's primary and its restored copies); the caller
     * closes it. {@code dataDir} must not exist or be empty for a new cluster ({@code initdb} runs and {@code configure}
     * may edit its files before the first start); a directory that already holds a cluster (a restored base backup) is
     * started as it is, and is not bootstrapped.
     */
    public static EmbeddedDatabase startSeparate(Path dataDir, java.util.function.Consumer<Path> configure) {
        return startSeparate(dataDir, configure, 50);
    }

    /** {@link #startSeparate(Path, java.util.function.Consumer)} with room for {@code maxConnections} (a standby needs its primary's). */
    public static EmbeddedDatabase startSeparate(Path dataDir, java.util.function.Consumer<Path> configure, int maxConnections) {
        try {
            boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", Integer.toString(maxConnections))
                    .setServerConfig("timezone", "Asia/Tokyo")
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(java.time.Duration.ofMinutes(5)) // a restore replays the archive before it answers
                    .setDataDirectoryCustomizer(dir -> configure.accept(dir.toPath()))
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(postgres);
            if (!existing) {
                db.bootstrap();
            }
            return db;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL in " + dataDir + " did not start", e);
        }
    }

    /** Stops a server started with {@link #startSeparate}. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("the embedded PostgreSQL did not stop", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE).replace("user=postgres", "");
    }

    /** A superuser connection, for tests that must look at the catalog or break things on purpose. */
    public Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    /** A superuser connection to another database of the server (its statistics without counting this connection). */
    public Connection superuser(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    private void bootstrap() throws SQLException, IOException {
        String roles;
        try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/db/roles.sql")) {
            roles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(roles.replace(":owner_password", "'" + OWNER_PASSWORD + "'")
                    .replace(":app_password", "'" + APP_PASSWORD + "'"));
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (rs.next()) {
                return;
            }
            s.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
        }
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + OWNER_ROLE);
            s.execute("revoke create on schema public from public");
            s.execute("grant usage on schema public to " + APP_ROLE);
        }
    }
}
