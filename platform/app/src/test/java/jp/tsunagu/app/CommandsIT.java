package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.tsunagu.TsunaguApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's commands, run as {@code java -jar tsunagu-app.jar <command>} would run them. */
class CommandsIT {

    @Test
    @DisplayName("migrate applies the changelog and exits 0 (a second run too)")
    void migrate() {
        assertThat(Commands.run(TsunaguApplication.class, new String[] {"migrate", "--spring.profiles.active=test"})).isZero();
        assertThat(Commands.run(TsunaguApplication.class, new String[] {"migrate", "--spring.profiles.active=test"})).isZero();
    }

    @Test
    @DisplayName("provision exits 0 for the demo tenants and 1 for an invalid manifest; an unknown command exits 2")
    void provision(@TempDir Path dir) throws Exception {
        String demo = Path.of("../../tenants").toAbsolutePath().normalize().toString();
        assertThat(Commands.run(TsunaguApplication.class, new String[] {"provision", demo, "--spring.profiles.active=test"})).isZero();
        Files.writeString(dir.resolve("broken.yaml"), "tenant:\n  id: not-a-uuid\n");
        assertThat(Commands.run(TsunaguApplication.class, new String[] {"provision", dir.toString(), "--spring.profiles.active=test"}))
                .isEqualTo(1);
        assertThat(Commands.run(TsunaguApplication.class, new String[] {"frobnicate"})).isEqualTo(2);
    }
}
