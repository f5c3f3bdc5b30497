package jp.tsunagu.app;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's commands: {@code serve} (default) runs the server; {@code migrate} applies the
 * database migrations and exits; {@code provision [dir]} applies the tenant manifests and exits non-zero
 * on an invalid one; {@code audit-verify} checks every tenant's audit hash chain and names the first broken
 * record (exit 1); {@code restore-drill [work dir] [manifest dir]} backs up a primary of its own, restores it into
 * fresh clusters and compares them (exit 1 on a mismatch; infra/backup.md); {@code cluster-db [work dir] [manifest dir]}
 * runs a primary and a streaming standby for infra/cluster.sh until stopped.
 */
public final class Commands {

    /** Returned by {@code serve}: the server keeps the JVM alive. */
    public static final int KEEP_RUNNING = -1;

    private Commands() {
    }

    public static int run(Class<?> app, String[] args) {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "serve";
        String[] rest = args.length > 0 && !args[0].startsWith("-") ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "serve" -> {
                SpringApplication.run(app, rest);
                return KEEP_RUNNING;
            }
            case "migrate" -> {
                SpringApplication application = new SpringApplication(app);
                application.setWebApplicationType(WebApplicationType.NONE);
                try (ConfigurableApplicationContext ignored = application.run(with(rest, "--spring.liquibase.enabled=true"))) {
                    System.out.println("migrations applied");
                    return 0;
                }
            }
            case "provision" -> {
                SpringApplication application = new SpringApplication(app);
                application.setWebApplicationType(WebApplicationType.NONE);
                try (ConfigurableApplicationContext context = application.run(rest)) {
                    return context.getBean(ProvisionCommand.class).run(rest);
                }
            }
            case "audit-verify" -> {
                SpringApplication application = new SpringApplication(app);
                application.setWebApplicationType(WebApplicationType.NONE);
                try (ConfigurableApplicationContext context = application.run(rest)) {
                    var verification = context.getBean(jp.tsunagu.audit.AuditVerification.class);
                    var breaks = verification.verify();
                    if (breaks.isEmpty()) {
                        System.out.println("audit trail intact: " + verification.totalRecords() + " records");
                        return 0;
                    }
                    for (var b : breaks) {
                        System.out.println("tenant " + b.tenant() + ": first broken record seq " + b.seq() + " (id "
                                + b.recordId() + "): " + b.problem());
                    }
                    return 1;
                }
            }
            case "restore-drill" -> {
                return RestoreDrill.command(app, rest);
            }
            case "cluster-db" -> {
                try {
                    return ClusterDatabases.command(app, rest);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
            default -> {
                System.err.println("unknown command " + command
                        + " (serve | migrate | provision [manifest dir] | audit-verify | restore-drill [work dir] [manifest dir])");
                return 2;
            }
        }
    }

    private static String[] with(String[] args, String extra) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
