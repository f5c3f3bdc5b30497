package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Spring Modulith: the modules depend only as declared, and the diagrams are regenerated under target/. */
class ModularityTests {
    /**
     * The production classes: not the tests, the test support artifact or the test-jars (the modules' fixtures, the
     * application's test modules), wherever they are packed. Every architecture test imports through this.
     */
    static final com.tngtech.archunit.core.importer.ImportOption PRODUCTION = location ->
            new com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests().includes(location)
                    && !location.contains("test-support") && !location.contains("-tests.jar");

    private final ApplicationModules modules = ApplicationModules.of(TsunaguApplication.class, PRODUCTION);

    @Test
    void verifiesModuleStructure() {
        modules.verify();
    }

    /** A forbidden dependency must not even compile: each artifact's Maven dependencies are its allowed modules. */
    @Test
    void mavenDependenciesMirrorAllowedDependencies() throws Exception {
        for (String part : new String[] {"kernel", "tenancy", "audit", "rules", "modules", "identity", "web", "planning", "workspace"}) {
            ApplicationModule declared = Class.forName("jp.tsunagu." + part + ".package-info").getAnnotation(ApplicationModule.class);
            Set<String> allowed = new TreeSet<>();
            for (String dependency : declared.allowedDependencies()) {
                allowed.add(dependency.split("::")[0].strip());
            }
            Path platformPom = Path.of("../" + part + "/pom.xml");
            String pom = Files.readString(Files.exists(platformPom) ? platformPom : Path.of("../../modules/" + part + "/pom.xml"));
            Set<String> maven = new TreeSet<>();
            // compile dependencies only: the test support and other modules' fixtures are test scope
            String compile = pom.lines().filter(l -> !l.contains("<scope>test</scope>")).collect(java.util.stream.Collectors.joining("\n"));
            Matcher m = Pattern.compile("<artifactId>tsunagu-([a-z]+)</artifactId>").matcher(compile);
            while (m.find()) {
                if (!m.group(1).equals(part) && !m.group(1).equals("parent")) {
                    maven.add(m.group(1));
                }
            }
            assertThat(maven).as("Maven dependencies of platform/%s", part).isEqualTo(allowed);
        }
    }

    @Test
    void writesDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
