package jp.tsunagu.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two connections to one database: the application's pool logs in as {@code tsunagu_app} (owns nothing,
 * no BYPASSRLS), Liquibase as the owner role. With {@code tsunagu.db.embedded=true} (local run, tests) an
 * embedded PostgreSQL 18 is started and both roles are created; otherwise {@code spring.datasource.*} and
 * {@code spring.liquibase.url/user/password} name a real server. With {@code tsunagu.db.replica-url} (a
 * streaming-replication standby, the same roles), the reads that ask for it ({@link jp.tsunagu.tenancy.ReplicaReads})
 * go there; everything else goes to the primary.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Tokyo"));
    }

    @Bean
    @ConfigurationProperties("tsunagu.db")
    DatabaseSettings databaseSettings() {
        return new DatabaseSettings();
    }

    /** Keeps the embedded database up while this context's pools live; destroyed after them. */
    @Bean
    EmbeddedLease embeddedLease(DatabaseSettings settings) {
        return new EmbeddedLease(settings.isEmbedded() ? EmbeddedDatabase.lease(settings.getEmbeddedDataDir()) : null);
    }

    record EmbeddedLease(EmbeddedDatabase database) implements org.springframework.beans.factory.DisposableBean {
        @Override
        public void destroy() {
            if (database != null) {
                EmbeddedDatabase.release();
            }
        }
    }

    @Bean
    @Primary
    DataSource dataSource(DatabaseSettings settings, EmbeddedLease lease, DataSourceProperties properties,
                          @org.springframework.beans.factory.annotation.Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        HikariDataSource primary = primary(lease, properties, poolSize);
        if (settings.getReplicaUrl() == null || settings.getReplicaUrl().isBlank()) {
            return primary;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.getReplicaUrl());
        config.setUsername(primary.getUsername());
        config.setPassword(primary.getPassword());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(2000); // a standby that does not answer: the primary serves the read instead
        config.setReadOnly(true);
        config.setPoolName("tsunagu-replica");
        return new ReplicaRouting(primary, new HikariDataSource(config), settings.getReplicaMaxLag());
    }

    /**
     * Connections of their own, outside the pool, to the primary as {@code tsunagu_app}, for work that holds one for
     * the instance's life (the caches' LISTEN, CacheNotificationListener): the pool keeps all its connections for
     * requests.
     */
    @Bean
    @Qualifier("listenDataSource")
    DataSource listenDataSource(DataSource dataSource) {
        HikariDataSource primary = dataSource instanceof ReplicaRouting routing ? routing.primary() : (HikariDataSource) dataSource;
        return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.postgresql.Driver(), primary.getJdbcUrl(),
                primary.getUsername(), primary.getPassword());
    }

    private static HikariDataSource primary(EmbeddedLease lease, DataSourceProperties properties, int poolSize) {
        HikariConfig config = new HikariConfig();
        if (lease.database() != null) {
            EmbeddedDatabase db = lease.database();
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername(EmbeddedDatabase.APP_ROLE);
            config.setPassword(EmbeddedDatabase.APP_PASSWORD);
        } else {
            config.setJdbcUrl(properties.getUrl());
            config.setUsername(properties.getUsername());
            config.setPassword(properties.getPassword());
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("tsunagu-app");
        return new HikariDataSource(config);
    }

    @Bean
    @LiquibaseDataSource
    @Qualifier("liquibaseDataSource")
    DataSource liquibaseDataSource(EmbeddedLease lease,
                                   @org.springframework.beans.factory.annotation.Value("${spring.liquibase.url:}") String url,
                                   @org.springframework.beans.factory.annotation.Value("${spring.liquibase.user:}") String user,
                                   @org.springframework.beans.factory.annotation.Value("${spring.liquibase.password:}") String password) {
        HikariConfig config = new HikariConfig();
        if (lease.database() != null) {
            EmbeddedDatabase db = lease.database();
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername(EmbeddedDatabase.OWNER_ROLE);
            config.setPassword(EmbeddedDatabase.OWNER_PASSWORD);
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setPoolName("tsunagu-owner");
        return new HikariDataSource(config);
    }

    /** {@code tsunagu.db.*} */
    static class DatabaseSettings {
        private boolean embedded;
        private String embeddedDataDir;
        private String replicaUrl;
        /** How far the standby may be behind the primary and still serve reads; beyond, the primary serves them. */
        private java.time.Duration replicaMaxLag = java.time.Duration.ofSeconds(5);

        public java.time.Duration getReplicaMaxLag() {
            return replicaMaxLag;
        }

        public void setReplicaMaxLag(java.time.Duration replicaMaxLag) {
            this.replicaMaxLag = replicaMaxLag;
        }

        public String getReplicaUrl() {
            return replicaUrl;
        }

        public void setReplicaUrl(String replicaUrl) {
            this.replicaUrl = replicaUrl;
        }

        public boolean isEmbedded() {
            return embedded;
        }

        public void setEmbedded(boolean embedded) {
            this.embedded = embedded;
        }

        public String getEmbeddedDataDir() {
            return embeddedDataDir;
        }

        public void setEmbeddedDataDir(String embeddedDataDir) {
            this.embeddedDataDir = embeddedDataDir;
        }
    }
}
