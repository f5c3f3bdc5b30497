package jp.tsunagu.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The manifests in {@code infra/k8s/}, read as plain YAML, for the tests of the image and the deployment. */
final class KubernetesManifests {

    static final Path DIRECTORY = Path.of("../../infra/k8s").toAbsolutePath().normalize();

    /** Marks a value the pod takes from a Secret: {@code secretKeyRef:<secret>/<key>}. */
    static final String FROM_SECRET = "secretKeyRef:";

    private KubernetesManifests() {
    }

    static Map<String, Object> read(String file) {
        Path path = DIRECTORY.resolve(file);
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return map(document, file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    static Map<String, Object> deploymentContainer() {
        List<Object> containers = list(at(read("deployment.yaml"), "spec", "template", "spec", "containers"));
        if (containers.size() != 1) {
            throw new IllegalStateException("deployment.yaml: expected one container, found " + containers.size());
        }
        return map(containers.getFirst(), "containers[0]");
    }

    /**
     * The container's environment as the pod would see it: the ConfigMap's entries (envFrom), then the explicit
     * {@code env} entries, a value from a Secret written as {@link #FROM_SECRET}{@code <secret>/<key>}.
     */
    static Map<String, String> podEnvironment() {
        Map<String, Object> container = deploymentContainer();
        Map<String, Object> configMap = read("configmap.yaml");
        String configMapName = (String) at(configMap, "metadata", "name");
        Map<String, String> env = new LinkedHashMap<>();
        for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
            Object ref = map(source, "envFrom").get("configMapRef");
            if (ref == null || !configMapName.equals(map(ref, "configMapRef").get("name"))) {
                throw new IllegalStateException("envFrom names a source that is not configmap.yaml: " + source);
            }
            map(configMap.get("data"), "data").forEach((k, v) -> env.put(k, String.valueOf(v)));
        }
        for (Object entry : list(container.getOrDefault("env", List.of()))) {
            Map<String, Object> e = map(entry, "env");
            if (e.containsKey("value")) {
                env.put((String) e.get("name"), String.valueOf(e.get("value")));
            } else {
                Map<String, Object> ref = map(at(e, "valueFrom", "secretKeyRef"), e.get("name") + ".valueFrom");
                env.put((String) e.get("name"), FROM_SECRET + ref.get("name") + "/" + ref.get("key"));
            }
        }
        return env;
    }

    static Object at(Map<String, Object> map, String... keys) {
        Object node = map;
        StringBuilder path = new StringBuilder();
        for (String key : keys) {
            path.append('.').append(key);
            node = map(node, path.toString()).get(key);
            if (node == null) {
                throw new IllegalStateException("missing " + path.substring(1));
            }
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String where) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + " is not a mapping: " + node);
        }
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        if (!(node instanceof List<?> list)) {
            throw new IllegalStateException("not a list: " + node);
        }
        return (List<Object>) list;
    }
}
