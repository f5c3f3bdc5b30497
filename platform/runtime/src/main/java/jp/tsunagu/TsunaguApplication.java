package jp.tsunagu;

import jp.tsunagu.app.Commands;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * つなぐ: the modular monolith. Every direct sub-package of {@code jp.tsunagu} is an application module
 * (platform parts and business modules); {@code verify()} keeps their dependencies as declared.
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@ConfigurationPropertiesScan
public class TsunaguApplication {

    public static void main(String[] args) {
        // software holding this data phones home to nobody (Liquibase analytics is on by default)
        System.setProperty("liquibase.analytics.enabled", "false");
        int exit = Commands.run(TsunaguApplication.class, args);
        if (exit != Commands.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
