package jp.tsunagu.app;

import static jp.tsunagu.app.KubernetesManifests.FROM_SECRET;
import static jp.tsunagu.app.KubernetesManifests.at;
import static jp.tsunagu.app.KubernetesManifests.deploymentContainer;
import static jp.tsunagu.app.KubernetesManifests.list;
import static jp.tsunagu.app.KubernetesManifests.map;
import static jp.tsunagu.app.KubernetesManifests.podEnvironment;
import static jp.tsunagu.app.KubernetesManifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The Kubernetes manifests in {@code infra/k8s/} (#25 point 4) against the configuration the application really reads:
 * {@code application.yaml} from the runtime jar, resolved by Spring's own rules (placeholders, relaxed binding of
 * environment variables) with the pod's environment in place of this machine's. No cluster is involved.
 */
class KubernetesManifestsTest {

    /**
     * What {@code DatabaseConfiguration} reads for a database it does not start: the application's pool and the
     * migrations' owner role. With the {@code *_SECRET} placeholders of application.yaml, these must come from a Secret.
     */
    private static final List<String> DATABASE_SETTINGS = List.of(
            "spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
            "spring.liquibase.url", "spring.liquibase.user", "spring.liquibase.password");

    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    @Test
    void probesPointAtTheActuatorsProbeGroupsOnThePortTheServerListensOn() {
        StandardEnvironment pod = podEnvironmentWithApplicationYaml();
        assertThat(pod.getProperty("management.endpoint.health.probes.enabled", Boolean.class))
                .as("application.yaml: management.endpoint.health.probes.enabled").isTrue();
        assertThat(Arrays.asList(pod.getProperty("management.endpoints.web.exposure.include", String[].class)))
                .as("application.yaml: the health endpoint is exposed over HTTP").map(String::trim).contains("health");
        String health = pod.getProperty("management.endpoints.web.base-path", "/actuator") + "/"
                + pod.getProperty("management.endpoints.web.path-mapping.health", "health");

        Map<String, Object> container = deploymentContainer();
        assertThat(probe(container, "livenessProbe", "path")).isEqualTo(health + "/liveness");
        assertThat(probe(container, "readinessProbe", "path")).isEqualTo(health + "/readiness");
        assertThat(probe(container, "startupProbe", "path")).isEqualTo(health + "/liveness");

        // the actuator answers on management.server.port when one is set, else on the server's port
        int actuatorPort = pod.getProperty("management.server.port", Integer.class,
                pod.getProperty("server.port", Integer.class));
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(containerPort(container, probe(container, probe, "port")))
                    .as(probe + " port").isEqualTo(actuatorPort);
        }
        // application.yaml binds the loopback address for the local run; the kubelet's probes come from outside the pod
        assertThat(pod.getProperty("server.address")).as("server.address in the pod").isEqualTo("0.0.0.0");
        String serviceTarget = (String) map(list(at(read("service.yaml"), "spec", "ports")).getFirst(), "ports[0]")
                .get("targetPort");
        assertThat(containerPort(container, serviceTarget)).as("the Service's target port").isEqualTo(actuatorPort);
    }

    @Test
    void everySecretTheApplicationNeedsComesFromTheSecret() {
        StandardEnvironment pod = podEnvironmentWithApplicationYaml();
        Map<String, String> placeholders = applicationYamlEnvPlaceholders();
        List<String> secrets = new java.util.ArrayList<>(DATABASE_SETTINGS);
        placeholders.forEach((property, variable) -> {
            if (variable.endsWith("_SECRET")) {
                secrets.add(property);
            }
        });
        assertThat(secrets).as("the secret settings found in application.yaml")
                .contains("tsunagu.sharing.link-secret", "tsunagu.keycloak.web-client-secret",
                        "tsunagu.keycloak.provisioner-secret");

        Map<String, Object> secret = read("secret.example.yaml");
        String prefix = FROM_SECRET + at(secret, "metadata", "name") + "/";
        var keys = map(at(secret, "stringData"), "stringData").keySet();
        for (String property : secrets) {
            String value = pod.getProperty(property);
            assertThat(value).as(property + " in the pod").startsWith(prefix);
            assertThat(keys).as(property + ": the key in secret.example.yaml").contains(value.substring(prefix.length()));
        }
        // and nothing secret sits in the ConfigMap, where anyone who may read the namespace's configuration reads it
        var configured = map(at(read("configmap.yaml"), "data"), "data").keySet();
        assertThat(configured).noneMatch(k -> k.contains("SECRET") || k.contains("PASSWORD") || k.contains("DATASOURCE_URL"));
        podEnvironment().forEach((name, value) -> {
            if (value.startsWith(FROM_SECRET)) {
                assertThat(configured).as("a ConfigMap key shadowed by the Secret").doesNotContain(name);
            }
        });
    }

    @Test
    void everyEnvironmentSettingOfApplicationYamlIsSetByThePodNotLeftToItsLocalDefault() {
        Map<String, String> env = podEnvironment();
        applicationYamlEnvPlaceholders().forEach((property, variable) ->
                assertThat(env).as(property + " (${" + variable + "})").containsKey(variable));
        StandardEnvironment pod = podEnvironmentWithApplicationYaml();
        assertThat(pod.getProperty("tsunagu.db.embedded", Boolean.class)).as("no embedded database in a pod").isFalse();
    }

    @Test
    void twoNonRootInstancesWithAReadOnlyRootAndBoundedResources() {
        Map<String, Object> deployment = read("deployment.yaml");
        assertThat(at(deployment, "spec", "replicas")).isEqualTo(2);
        Map<String, Object> podSpec = map(at(deployment, "spec", "template", "spec"), "pod spec");
        assertThat(at(podSpec, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat((Integer) at(podSpec, "securityContext", "runAsUser")).isPositive();
        Map<String, Object> container = deploymentContainer();
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        for (String kind : List.of("requests", "limits")) {
            assertThat(map(at(container, "resources", kind), kind)).containsKeys("cpu", "memory");
        }
        // a read-only root needs somewhere to write: java.io.tmpdir (/tmp in the image) is an emptyDir
        String tmpVolume = list(container.get("volumeMounts")).stream().map(m -> map(m, "volumeMounts"))
                .filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> (String) m.get("name")).findFirst().orElse(null);
        assertThat(tmpVolume).as("a volume mounted at /tmp").isNotNull();
        assertThat(list(podSpec.get("volumes")).stream().map(v -> map(v, "volumes"))
                .filter(v -> tmpVolume.equals(v.get("name")))).singleElement()
                .satisfies(v -> assertThat(v).containsKey("emptyDir"));
        assertThat(list(at(read("kustomization.yaml"), "resources")))
                .containsExactlyInAnyOrder("configmap.yaml", "deployment.yaml", "service.yaml");
    }

    /** application.yaml with the pod's environment (and nothing of this machine's) as Spring Boot resolves it. */
    static StandardEnvironment podEnvironmentWithApplicationYaml() {
        StandardEnvironment environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addLast(new SystemEnvironmentPropertySource("pod", new TreeMap<>(podEnvironment())));
        applicationYaml().forEach(sources::addLast);
        return environment;
    }

    private static List<PropertySource<?>> applicationYaml() {
        try {
            return new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** property → environment variable, for each {@code ${NAME:default}} in application.yaml. */
    private static Map<String, String> applicationYamlEnvPlaceholders() {
        Map<String, String> placeholders = new TreeMap<>();
        for (PropertySource<?> source : applicationYaml()) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                Matcher m = ENV_PLACEHOLDER.matcher(String.valueOf(source.getProperty(name)));
                while (m.find()) {
                    placeholders.put(name, m.group(1));
                }
            }
        }
        assertThat(placeholders).as("application.yaml's environment placeholders").isNotEmpty();
        return placeholders;
    }

    private static Object probe(Map<String, Object> container, String probe, String field) {
        return at(container, probe, "httpGet", field);
    }

    /** A port by name or number, as a probe or a Service names it, to the container's port number. */
    static int containerPort(Map<String, Object> container, Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        return list(container.get("ports")).stream().map(p -> map(p, "ports"))
                .filter(p -> port.equals(p.get("name"))).map(p -> (Integer) p.get("containerPort"))
                .findFirst().orElseThrow(() -> new AssertionError("no container port named " + port));
    }
}
