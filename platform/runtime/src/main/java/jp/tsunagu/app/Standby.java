package jp.tsunagu.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A streaming-replication standby of a primary started from the same PostgreSQL 18 binaries (the embedded ones): a
 * physical replication slot on the primary (it keeps the WAL the standby has not received yet), a base backup with the
 * low-level API ({@link Clusters#baseBackup}), then {@code standby.signal} and {@code primary_conninfo}: the copy
 * starts in recovery, streams the primary's WAL and answers read-only queries ({@code hot_standby}, the default).
 * The primary needs {@code wal_level = replica} and {@code max_wal_senders} above 0 (both PostgreSQL's defaults) and
 * a {@code replication} line in {@code pg_hba.conf} for the connecting user (the embedded server's trusts local ones).
 */
public final class Standby {
    private Standby() {
    }

    /** Starts a standby of {@code primary} in {@code dir} (emptied first), streaming through the slot {@code slot}. */
    public static EmbeddedDatabase start(EmbeddedDatabase primary, Path dir, String slot, int maxConnections) {
        Clusters.deleteTree(dir);
        String dataDir;
        String port;
        try (Connection c = primary.superuser(); Statement s = c.createStatement()) {
            dataDir = one(s, "show data_directory");
            port = one(s, "show port");
            if (one(s, "select count(*) from pg_replication_slots where slot_name = '" + slot + "'").equals("0")) {
                s.execute("select pg_create_physical_replication_slot('" + slot + "', true)");
            }
            Clusters.baseBackup(primary, Path.of(dataDir), dir);
        } catch (SQLException e) {
            throw new IllegalStateException("the base backup for the standby failed", e);
        }
        Clusters.appendConf(dir.resolve("postgresql.auto.conf"),
                "# a standby of the primary on port " + port,
                "primary_conninfo = 'host=localhost port=" + port + " user=postgres application_name=" + slot + "'",
                "primary_slot_name = '" + slot + "'",
                "hot_standby = on");
        Clusters.write(dir.resolve("standby.signal"), "");
        return EmbeddedDatabase.startSeparate(dir, d -> { }, maxConnections);
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
