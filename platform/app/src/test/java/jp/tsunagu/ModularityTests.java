package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Spring Modulith: the modules depend only as declared, and the module map (infra/docs/modules, README) is regenerated. */
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
        for (String part : new String[] {"kernel", "tenancy", "audit", "rules", "modules", "identity", "web", "planning", "workspace", "wages", "employment"}) {
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

    /**
     * The module map, refreshed by every build: the Documenter's diagrams (C4 PlantUML, all modules and each one) and
     * module canvases are written to {@code target/spring-modulith-docs}, their relations put in a stable order (the
     * Documenter's order changes from run to run), and copied to the checked-in {@link #DOCS}, where a file changes
     * only when the structure did; a module that is gone loses its files. The README's diagram (between its
     * {@code module-map} markers) is drawn from the same model as a Mermaid graph, which GitHub renders.
     */
    @Test
    void writesTheCheckedInModuleMap() throws Exception {
        Path generated = Path.of("target/spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        Set<String> written = new TreeSet<>();
        try (var files = Files.list(generated)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                writeIfChanged(DOCS.resolve(name), stableOrder(Files.readString(file)));
                written.add(name);
            }
        }
        try (var files = Files.list(DOCS)) {
            for (Path stale : files.filter(f -> !written.contains(f.getFileName().toString())).toList()) {
                Files.delete(stale);
            }
        }
        String readme = Files.readString(README);
        Matcher block = Pattern.compile("(?s)(<!-- module-map:begin[^\\n]*-->\\n).*?(<!-- module-map:end -->)").matcher(readme);
        assertThat(block.find()).as("the module-map markers in %s", README).isTrue();
        writeIfChanged(README, readme.substring(0, block.end(1)) + mermaid() + readme.substring(block.start(2)));
        assertThat(written).contains("components.puml", "module-planning.puml", "module-planning.adoc");
    }

    /** Where the Documenter's output is checked in (the top level holds no docs folder of its own). */
    static final Path DOCS = Path.of("../../infra/docs/modules");
    static final Path README = Path.of("../../README.md");

    /** Modules as nodes; per pair one edge: solid where beans are used, labelled where events are listened to, dotted for types only. */
    private String mermaid() {
        StringBuilder graph = new StringBuilder("```mermaid\nflowchart BT\n");
        List<org.springframework.modulith.core.ApplicationModule> all = modules.stream()
                .sorted(java.util.Comparator.comparing(m -> m.getIdentifier().toString())).toList();
        for (var module : all) {
            graph.append("  ").append(module.getIdentifier()).append("[\"").append(module.getDisplayName())
                    .append("<br/>").append(module.getBasePackage().getName()).append("\"]\n");
        }
        for (var module : all) {
            Map<String, Set<String>> kinds = new TreeMap<>();
            module.getDirectDependencies(modules).stream().forEach(d -> kinds
                    .computeIfAbsent(d.getTargetModule().getIdentifier().toString(), k -> new TreeSet<>())
                    .add(switch (d.getDependencyType()) {
                        case USES_COMPONENT -> "uses";
                        case EVENT_LISTENER -> "listens to";
                        default -> "types";
                    }));
            kinds.forEach((target, kind) -> graph.append("  ").append(module.getIdentifier())
                    .append(kind.contains("listens to") ? " -->|events| " : kind.contains("uses") ? " --> " : " -.-> ")
                    .append(target).append('\n'));
        }
        return graph.append("```\n").toString();
    }

    /** The Documenter's relations and components sorted within each run of lines, so an unchanged structure reads the same. */
    static String stableOrder(String text) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("Rel(") || line.strip().startsWith("Component(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out);
    }

    private static void writeIfChanged(Path file, String content) throws java.io.IOException {
        if (!Files.exists(file) || !Files.readString(file).equals(content)) {
            Files.writeString(file, content);
        }
    }
}
