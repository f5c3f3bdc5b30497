package jp.tsunagu.app;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.tsunagu.tenancy.ReplicaReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The application's data source when a standby is configured: Spring's {@link LazyConnectionDataSourceProxy} over the
 * primary, whose read-only variant is taken when a transaction marks its connection read-only before its first
 * statement (the JPA transaction manager does for {@code readOnly} transactions). That variant is the standby only for
 * a transaction started by {@link ReplicaReads#read}; any other read-only transaction gets the primary, so it sees the
 * writes just made. If the read fails on the standby, {@link ReplicaReads} asks the primary again.
 *
 * <p>The standby serves only while it is fresh: once a second a thread of its own notes the primary's WAL position and
 * asks the standby how far it has replayed; the standby is used while it has replayed what the primary had written
 * {@code maxLag} ago. A standby behind by more (replay stalled, the replication broken) or not answering leaves every
 * read to the primary at once, without a request waiting for it, until it has caught up again.
 */
final class ReplicaRouting extends LazyConnectionDataSourceProxy implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private final long maxLagNanos;
    /** The primary's WAL positions of the last {@code maxLag} and a little more, oldest first: (nanoTime, position). */
    private final Deque<long[]> written = new ArrayDeque<>();
    private final ScheduledExecutorService checker;
    private volatile boolean fresh;

    ReplicaRouting(HikariDataSource primary, HikariDataSource replica, Duration maxLag) {
        super(primary);
        this.primary = primary;
        this.replica = replica;
        this.maxLagNanos = maxLag.toNanos();
        setReadOnlyDataSource(new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                if (!ReplicaReads.requested() || !fresh) {
                    return primary.getConnection();
                }
                try {
                    Connection standby = replica.getConnection();
                    ReplicaReads.servedByStandby();
                    return standby;
                } catch (SQLException e) {
                    log.warn("the standby gave no connection; the primary serves this read: {}", e.toString());
                    return primary.getConnection();
                }
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                throw new UnsupportedOperationException("the pools log in as the configured role");
            }
        });
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tsunagu-replica-lag");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::check, 0, 1, TimeUnit.SECONDS);
    }

    HikariDataSource primary() {
        return primary;
    }

    /** Whether reads asking for the standby go there now (fresh enough, answering). */
    boolean standbyInUse() {
        return fresh;
    }

    private void check() {
        boolean now;
        try {
            long at = System.nanoTime();
            long position = position(primary, "select pg_current_wal_lsn()::text");
            written.addLast(new long[] {at, position});
            // the newest position written at least maxLag ago: the standby must have replayed it
            long[] due = null;
            while (!written.isEmpty() && at - written.peekFirst()[0] >= maxLagNanos) {
                due = written.pollFirst();
            }
            if (due != null) {
                written.addFirst(due); // kept: the next check may find no newer one that old
            } else {
                due = written.peekFirst(); // none that old yet (just started): the oldest, more demanding
            }
            long replayed = position(replica, "select pg_last_wal_replay_lsn()::text"); // -1: a server never in recovery
            now = replayed >= 0 && Long.compareUnsigned(replayed, due[1]) >= 0;
        } catch (SQLException | RuntimeException e) {
            now = false;
            if (fresh) {
                log.warn("the standby cannot be checked; reads go to the primary: {}", e.toString());
            }
        }
        if (now != fresh) {
            if (now) {
                log.info("the standby has caught up: reads asking for it go there again");
            } else {
                log.warn("the standby is more than {} ms behind the primary or not answering: reads go to the primary",
                        TimeUnit.NANOSECONDS.toMillis(maxLagNanos));
            }
            fresh = now;
        }
    }

    /** A WAL position ({@code X/Y}, hexadecimal) as a number; -1 for none. */
    private static long position(DataSource source, String sql) throws SQLException {
        try (Connection c = source.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            String lsn = rs.getString(1);
            if (lsn == null) {
                return -1;
            }
            int slash = lsn.indexOf('/');
            return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
        replica.close();
        primary.close();
    }
}
