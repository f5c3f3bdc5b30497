package jp.tsunagu.app;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
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
 * writes just made. If the standby gives no connection within its pool's timeout, the primary serves the read; if the
 * read fails on the standby, {@link ReplicaReads} asks the primary again.
 */
final class ReplicaRouting extends LazyConnectionDataSourceProxy implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

    private final HikariDataSource primary;
    private final HikariDataSource replica;

    ReplicaRouting(HikariDataSource primary, HikariDataSource replica) {
        super(primary);
        this.primary = primary;
        this.replica = replica;
        setReadOnlyDataSource(new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                if (!ReplicaReads.requested()) {
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
    }

    HikariDataSource primary() {
        return primary;
    }

    @Override
    public void destroy() {
        replica.close();
        primary.close();
    }
}
