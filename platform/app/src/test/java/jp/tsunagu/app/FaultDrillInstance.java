package jp.tsunagu.app;

import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An application instance for {@link KillNineDrillIT}, started as a process of its own so that it can be killed with
 * SIGKILL: the platform's event handling as the application assembles it (the JPA transaction manager that binds the
 * tenant, the tenant binding of listeners, Modulith's JDBC event publication registry, {@link EventsHandledOnce} and
 * {@link EventPublicationMaintenance}), without the web and the business modules, so that it starts in seconds. It
 * writes a cause and publishes an event in one transaction, again and again; its listener writes the effect in the
 * listener's transaction. Random pauses in the listener and between its commit and the publication's completion widen
 * the windows a kill should hit. Prints {@code READY} when it has started (and run the maintenance once). Not a
 * component nor a Spring Boot configuration, so that neither the application's component scan nor the test contexts'
 * search for a configuration find it: it is only ever the primary source of its own process.
 */
@ImportAutoConfiguration({
        org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration.class,
        org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
        org.springframework.boot.autoconfigure.aop.AopAutoConfiguration.class,
        org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration.class,
        org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration.class,
        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration.class,
        org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration.class,
        org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration.class,
})
@ComponentScan(basePackages = "jp.tsunagu.tenancy.internal", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "jp\\.tsunagu\\.tenancy\\.internal\\.(TenancyConfiguration|TenantEventListeners)"))
@Import({FaultDrillInstance.ModulithJdbc.class, DatabaseConfiguration.class, EventsHandledOnce.class, EventPublicationMaintenance.class,
        FaultDrillInstance.Cause.class, FaultDrillInstance.Effect.class})
@EntityScan(basePackageClasses = FaultDrillInstance.class)
@org.springframework.scheduling.annotation.EnableScheduling
public class FaultDrillInstance {

    /** What the drill publishes: a cause written under a tenant. */
    public record DrillEvent(TenantId tenantId, OfficeId officeId, String marker) implements TenantEvent {
    }

    /** Modulith's JDBC registry, its event serializer and the registry on them: two are not public, imported by name, in this order. */
    static class ModulithJdbc implements org.springframework.context.annotation.DeferredImportSelector {
        @Override
        public String[] selectImports(org.springframework.core.type.AnnotationMetadata metadata) {
            return new String[] {"org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration",
                    "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
                    "org.springframework.modulith.events.config.EventPublicationAutoConfiguration"};
        }
    }

    @org.springframework.context.annotation.Bean
    io.micrometer.core.instrument.MeterRegistry meters() {
        return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(FaultDrillInstance.class);
        app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
        app.run(args);
    }

    /** Writes causes and publishes their events, one transaction each, until the process dies. */
    static class Cause {
        private final JdbcTemplate jdbc;
        private final TransactionTemplate tx;
        private final ApplicationEventPublisher events;
        private final TenantId tenant;
        private final OfficeId office;
        private final boolean publish;
        private final String instance;

        Cause(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events,
              @Value("${drill.tenant}") String tenant, @Value("${drill.office}") String office,
              @Value("${drill.publish:true}") boolean publish,
              @Value("${drill.instance}") String instance) {
            this.jdbc = jdbc;
            this.tx = tx;
            this.events = events;
            this.tenant = TenantId.of(tenant);
            this.office = new OfficeId(java.util.UUID.fromString(office));
            this.publish = publish;
            this.instance = instance;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            System.out.println("READY");
            System.out.flush();
            if (!publish) {
                return;
            }
            Thread.ofPlatform().daemon().name("drill-cause").start(() -> {
                for (int n = 0; ; n++) {
                    String marker = instance + "-" + n;
                    TenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> {
                        jdbc.update("insert into fault_drill_cause (marker) values (?)", marker);
                        events.publishEvent(new DrillEvent(tenant, office, marker));
                    }));
                    pause(5);
                }
            });
        }
    }

    /** The effect of each event, in the listener's transaction, with pauses where a kill does the most harm. */
    static class Effect {
        private final JdbcTemplate jdbc;

        Effect(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @ApplicationModuleListener
        void on(DrillEvent event) {
            pause(20);
            jdbc.update("insert into fault_drill_effect (marker) values (?)", event.marker());
            // after the listener's commit and before Modulith marks the publication completed
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pause(20);
                }
            });
        }
    }

    static void pause(int maxMillis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(maxMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
