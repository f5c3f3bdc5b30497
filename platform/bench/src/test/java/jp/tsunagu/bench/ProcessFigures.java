package jp.tsunagu.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import jp.tsunagu.app.EmbeddedDatabase;

/**
 * What the run benchmarks report about the machine while they measure (CPU of this JVM and of PostgreSQL, heap,
 * collections, load), and the helpers they share to check what they stored and where the server spent its time.
 */
final class ProcessFigures {
    private ProcessFigures() {
    }

    /** The heap's peak use since the last reset, in MB. */
    static long heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** Collections so far and their pause time in ms, over all collectors. */
    static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** CPU time of this JVM. */
    static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the embedded PostgreSQL (its postmaster and every process it started), from {@code /proc}; 0 without. */
    static long databaseCpuNanos() {
        try (Connection c = EmbeddedDatabase.start(null).superuser(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            String postmaster = stat(Path.of("/proc/" + rs.getInt(1) + "/stat"))[3];
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] stat = stat(proc.resolve("stat"));
                    if (stat != null && (stat[3].equals(postmaster) || proc.getFileName().toString().equals(postmaster))) {
                        ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (Exception noProc) {
            return 0;
        }
    }

    /** The fields of a {@code /proc/<pid>/stat} from the state on (the name in parentheses may hold spaces), or null. */
    static String[] stat(Path file) {
        try {
            String text = Files.readString(file);
            String[] rest = text.substring(text.lastIndexOf(')') + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (Exception gone) {
            return null;
        }
    }

    /** The system's load average over the last minute. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String met(boolean met) {
        return met ? "met" : "MISSED";
    }

    static long[] counts(String... queries) throws Exception {
        long[] counts = new long[queries.length];
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            for (int i = 0; i < queries.length; i++) {
                try (ResultSet rs = s.executeQuery(queries[i])) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
        }
        return counts;
    }

    /** With {@code -Dtsunagu.db.track-statements=true}: the statement statistics start empty for the phase. */
    static void statementsReset() throws Exception {
        if (Boolean.getBoolean(EmbeddedDatabase.TRACK_STATEMENTS)) {
            try (Connection c = EmbeddedDatabase.start(null).superuser(); var s = c.createStatement()) {
                s.execute("create extension if not exists pg_stat_statements");
                s.execute("select pg_stat_statements_reset()");
            }
        }
    }

    /** With {@code -Dtsunagu.db.track-statements=true}: a phase's statements by time in the server (else nothing). */
    static String statements(String phase) throws Exception {
        if (!Boolean.getBoolean(EmbeddedDatabase.TRACK_STATEMENTS)) {
            return "";
        }
        StringBuilder out = new StringBuilder(String.format("  the %s's statements by time in the server (execution + planning, s):%n", phase));
        try (Connection c = EmbeddedDatabase.start(null).superuser(); var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select sum(calls) from pg_stat_statements where toplevel"
                    + " and dbid = (select oid from pg_database where datname = current_database())")) {
                rs.next();
                out.append(String.format("    %,d statements in all%n", rs.getLong(1)));
            }
            try (ResultSet rs = s.executeQuery(
                    "select calls, total_exec_time, total_plan_time, toplevel, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)"
                            + " from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())"
                            + " order by total_exec_time + total_plan_time desc limit 12")) {
                while (rs.next()) {
                    out.append(String.format("    %7.2f + %5.2f s  %8d calls  %s  %s%n", rs.getDouble(2) / 1000, rs.getDouble(3) / 1000,
                            rs.getLong(1), rs.getBoolean(4) ? "top   " : "nested", rs.getString(5)));
                }
            }
        }
        return out.toString();
    }

    static void resetHeapPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
