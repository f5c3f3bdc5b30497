package jp.tsunagu.app;

import static jp.tsunagu.app.KubernetesManifests.at;
import static jp.tsunagu.app.KubernetesManifests.deploymentContainer;
import static jp.tsunagu.app.KubernetesManifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image (#25 point 4) as Jib wrote it at {@code package}: the tar's {@code manifest.json}, the image
 * config it names and every layer, read without a container runtime. Run by failsafe after {@code package}
 * (platform/app/pom.xml); a missing tar fails it. The main class is read from the application jar's manifest, not
 * written here: the image must start the same class as {@code java -jar tsunagu-app.jar}.
 */
class ContainerImageIT {

    private static final Path TAR = Path.of(System.getProperty("tsunagu.image.tar", "target/tsunagu-image.tar"));
    private static final Path JAR = Path.of(System.getProperty("tsunagu.app.jar", "target/tsunagu-app.jar"));

    private static JsonNode manifest;
    private static JsonNode config;
    /** every regular file of the image's layers (path without the leading slash) → its mode */
    private static final Map<String, Integer> files = new HashMap<>();
    /** the layers' jars (and class directories) that hold the application's main class */
    private static final Set<String> holdingMainClass = new HashSet<>();
    private static String classpathFile;
    private static String mainClass;

    @BeforeAll
    static void readTheImage() throws IOException {
        assertThat(TAR).as("the image tar (built by jib:buildTar at package: ./mvnw package -pl platform/app -am)")
                .isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            var attributes = jar.getManifest().getMainAttributes();
            // a Spring Boot jar names its launcher as Main-Class and the application's class as Start-Class
            mainClass = attributes.getValue("Start-Class") != null
                    ? attributes.getValue("Start-Class") : attributes.getValue("Main-Class");
        }
        assertThat(mainClass).as(JAR + ": Start-Class").isNotBlank();
        String mainClassFile = mainClass.replace('.', '/') + ".class";

        Map<String, byte[]> small = new HashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try (TarArchiveInputStream outer = new TarArchiveInputStream(Files.newInputStream(TAR))) {
            for (TarArchiveEntry entry; (entry = outer.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".tar.gz")) {
                    readLayer(unclosable(outer), mainClassFile);
                } else if (entry.getName().endsWith(".json")) {
                    small.put(entry.getName(), outer.readAllBytes());
                }
            }
        }
        assertThat(small).as("the tar's manifest").containsKey("manifest.json");
        JsonNode images = json.readTree(small.get("manifest.json"));
        assertThat(images.size()).as("images in the tar").isEqualTo(1);
        manifest = images.get(0);
        assertThat(small).as("the image config named by manifest.json").containsKey(manifest.get("Config").asString());
        config = json.readTree(small.get(manifest.get("Config").asString())).get("config");
    }

    private static void readLayer(InputStream layer, String mainClassFile) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(layer))) {
            for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "");
                if (!entry.isFile()) {
                    continue;
                }
                files.put(name, entry.getMode());
                if (name.equals("app/jib-classpath-file")) {
                    classpathFile = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                } else if (name.endsWith("/" + mainClassFile)) {
                    holdingMainClass.add(name.substring(0, name.length() - mainClassFile.length() - 1));
                } else if (name.startsWith("app/") && name.endsWith(".jar")) {
                    // not closed: closing it would close the layer's stream
                    ZipInputStream jar = new ZipInputStream(in);
                    for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                        if (e.getName().equals(mainClassFile)) {
                            holdingMainClass.add(name);
                        }
                    }
                }
            }
        }
    }

    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }

    @Test
    void theEntrypointStartsTheJarsMainClassAndFindsItOnItsClasspath() {
        List<String> entrypoint = strings(config.get("Entrypoint"));
        assertThat(entrypoint).as("Entrypoint").isNotEmpty().last().isEqualTo(mainClass);
        int cp = entrypoint.indexOf("-cp");
        assertThat(cp).as("-cp in " + entrypoint).isPositive();
        String classpath = entrypoint.get(cp + 1);
        if (classpath.startsWith("@")) {
            assertThat(classpath).isEqualTo("@/app/jib-classpath-file");
            assertThat(classpathFile).as("/app/jib-classpath-file in a layer").isNotNull();
            classpath = classpathFile;
        }
        List<String> entries = new ArrayList<>();
        for (String element : classpath.split(":")) {
            entries.add(element.replaceFirst("^/", ""));
        }
        assertThat(holdingMainClass).as(mainClass + " in the image").isNotEmpty();
        assertThat(holdingMainClass).as("a classpath entry of the entrypoint that holds " + mainClass)
                .anyMatch(entries::contains);
    }

    @Test
    void javaIsAnExecutableOnTheImagesPath() {
        String command = strings(config.get("Entrypoint")).getFirst();
        String path = strings(config.get("Env")).stream().filter(e -> e.startsWith("PATH="))
                .map(e -> e.substring(5)).findFirst().orElse("");
        List<String> found = new ArrayList<>();
        for (String dir : path.split(":")) {
            String candidate = (dir + "/" + command).replaceFirst("^/", "");
            Integer mode = files.get(candidate);
            if (mode != null && (mode & 0111) != 0) {
                found.add(candidate);
            }
        }
        assertThat(found).as("'" + command + "' executable in a directory of PATH=" + path).isNotEmpty();
    }

    @Test
    void java2dFindsFontconfigAndAFont() {
        // without them the genogram pictures fail with "Fontconfig head is null" (infra/image.md)
        assertThat(files).as("fontconfig's configuration").containsKey("etc/fonts/fonts.conf");
        assertThat(files.keySet()).as("fontconfig itself")
                .anyMatch(f -> f.matches("(usr/)?lib(64)?/(x86_64-linux-gnu/)?libfontconfig\\.so\\.1.*"));
        assertThat(files.keySet()).as("a font under /usr/share/fonts")
                .anyMatch(f -> f.startsWith("usr/share/fonts/") && f.matches(".*\\.(ttf|otf|ttc)"));
    }

    @Test
    void theImageRunsTheServerAsTheDeploymentExpects() {
        Map<String, Object> container = deploymentContainer();
        assertThat(strings(config.get("Cmd"))).as("the command the image runs")
                .isEqualTo(container.get("args"));
        String user = config.get("User").asString();
        assertThat(user).as("the image's user").doesNotStartWith("0").doesNotStartWith("root");
        assertThat(Integer.valueOf(user.split(":")[0])).as("runAsUser in deployment.yaml")
                .isEqualTo(at(read("deployment.yaml"), "spec", "template", "spec", "securityContext", "runAsUser"));
        int port = KubernetesManifestsTest.containerPort(container, "http");
        assertThat(config.get("ExposedPorts").propertyNames()).contains(port + "/tcp");
        assertThat(strings(manifest.get("RepoTags"))).as("the image deployment.yaml runs")
                .contains((String) container.get("image"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
