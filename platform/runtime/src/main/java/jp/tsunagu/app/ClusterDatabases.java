package jp.tsunagu.app;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code cluster-db [work dir] [manifest dir]} (infra/cluster.sh): a primary PostgreSQL 18 and a streaming standby
 * of it, from the same embedded binaries, in fresh directories under the work dir; the schema migrated and the tenants
 * provisioned by the application; then writes {@code cluster.env} (the URLs and roles the application instances read
 * from their environment) and runs until stopped (both servers stop with it).
 */
final class ClusterDatabases {
    private ClusterDatabases() {
    }

    static int command(Class<?> app, String[] args) throws InterruptedException {
        List<String> plain = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        Path work = Path.of(plain.size() > 0 ? plain.get(0) : System.getProperty("java.io.tmpdir") + "/tsunagu-cluster").toAbsolutePath();
        String manifests = Path.of(plain.size() > 1 ? plain.get(1) : "tenants").toAbsolutePath().toString();
        Clusters.deleteTree(work);
        Clusters.createPrivate(work);
        EmbeddedDatabase primary = EmbeddedDatabase.startSeparate(work.resolve("primary"), dir -> Clusters.appendConf(
                dir.resolve("postgresql.conf"), "wal_level = replica", "max_wal_senders = 10"), 200);
        String url = primary.jdbcUrl();
        int provisioned = Commands.run(app, RestoreDrill.appArgs(primary, "provision", manifests, "--tsunagu.sharing.link-secret="
                + System.getenv().getOrDefault("TSUNAGU_SHARING_LINK_SECRET", "cluster-local")));
        if (provisioned != 0) {
            primary.stop();
            return provisioned;
        }
        EmbeddedDatabase standby = Standby.start(primary, work.resolve("standby"), "cluster_standby", 200);
        Clusters.write(work.resolve("cluster.env"), String.join("\n",
                "SPRING_DATASOURCE_URL='" + url + "'",
                "SPRING_DATASOURCE_USERNAME=" + EmbeddedDatabase.APP_ROLE,
                "SPRING_DATASOURCE_PASSWORD=" + EmbeddedDatabase.APP_PASSWORD,
                "SPRING_LIQUIBASE_URL='" + url + "'",
                "SPRING_LIQUIBASE_USER=" + EmbeddedDatabase.OWNER_ROLE,
                "SPRING_LIQUIBASE_PASSWORD=" + EmbeddedDatabase.OWNER_PASSWORD,
                "TSUNAGU_DB_REPLICA_URL='" + standby.jdbcUrl() + "'",
                "PRIMARY_PORT=" + port(url),
                "STANDBY_PORT=" + port(standby.jdbcUrl()), ""));
        System.out.println("primary " + url + "\nstandby " + standby.jdbcUrl() + "\nenvironment in " + work.resolve("cluster.env"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standby.stop();
            primary.stop();
        }));
        Thread.currentThread().join();
        return 0;
    }

    private static String port(String url) {
        return url.replaceAll(".*localhost:(\\d+)/.*", "$1");
    }
}
