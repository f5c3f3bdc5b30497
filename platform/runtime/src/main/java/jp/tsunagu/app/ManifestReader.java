package jp.tsunagu.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import jp.tsunagu.kernel.OfficeNumber;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.TenantKind;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.ModuleRegistry;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads and validates tenant manifests completely before anything is applied. Every error names the file,
 * the line and the field, e.g. {@code demo.yaml:12: offices[0].number: an office number has 10 digits}.
 */
class ManifestReader {
    private final ModuleRegistry modules;

    /** Tests of one module: activations of modules that are not on the classpath are left out, not refused. */
    private final boolean leaveOutAbsentModules;

    ManifestReader(ModuleRegistry modules) {
        this(modules, false);
    }

    ManifestReader(ModuleRegistry modules, boolean leaveOutAbsentModules) {
        this.leaveOutAbsentModules = leaveOutAbsentModules;
        this.modules = modules;
    }

    /** An invalid manifest. */
    static class InvalidManifest extends RuntimeException {
        InvalidManifest(String message) {
            super(message);
        }
    }

    List<Manifest> readAll(Path dir) throws IOException {
        List<Path> files;
        try (var stream = Files.list(dir)) {
            files = stream.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        List<Manifest> manifests = new ArrayList<>();
        Set<TenantId> ids = new HashSet<>();
        for (Path file : files) {
            Manifest m = read(file);
            if (!ids.add(m.tenantId())) {
                throw new InvalidManifest(file.getFileName() + ":1: tenant.id: the same tenant id is used by another manifest");
            }
            manifests.add(m);
        }
        return manifests;
    }

    Manifest read(Path path) throws IOException {
        String file = path.getFileName().toString();
        Node root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new InvalidManifest(file + ":" + (e.getProblemMark().getLine() + 1) + ": (yaml): " + e.getProblem());
        } catch (ReaderException e) {
            // found by fuzzing (the same as in rule uploads): a control character is not YAML
            throw new InvalidManifest(file + ":1: (yaml): the character U+%04X at position %d is not allowed in YAML"
                    .formatted(e.getCodePoint(), e.getPosition()));
        } catch (YAMLException e) {
            throw new InvalidManifest(file + ":1: (yaml): " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new InvalidManifest(file + ":1: (file): the manifest is not UTF-8 text");
        }
        Ctx ctx = new Ctx(file);
        if (root == null) {
            throw new InvalidManifest(file + ":1: (file): the manifest is empty");
        }
        Map<String, Node> top = ctx.mapping(root, "", Set.of("tenant", "offices", "users"));
        Node tenantNode = ctx.required(top, root, "tenant");
        Map<String, Node> tenant = ctx.mapping(tenantNode, "tenant", Set.of("id", "kind", "name", "prefecture", "mfa"));
        TenantId id = ctx.parse(ctx.required(tenant, tenantNode, "id"), "tenant.id", s -> new TenantId(UUID.fromString(s)),
                "must be a UUID");
        TenantKind kind = ctx.enumValue(ctx.required(tenant, tenantNode, "kind"), "tenant.kind", TenantKind.class);
        String name = ctx.text(ctx.required(tenant, tenantNode, "name"), "tenant.name", 100);
        Prefecture prefecture = ctx.enumValue(ctx.required(tenant, tenantNode, "prefecture"), "tenant.prefecture", Prefecture.class);
        boolean mfaRequired = !tenant.containsKey("mfa") || ctx.parse(tenant.get("mfa"), "tenant.mfa", s -> switch (s) {
            case "required" -> true;
            case "optional" -> false;
            default -> throw new IllegalArgumentException(s);
        }, "must be 'required' or 'optional'");

        List<Manifest.OfficeEntry> offices = new ArrayList<>();
        Map<String, Manifest.OfficeEntry> byNumber = new LinkedHashMap<>();
        Node officesNode = top.get("offices");
        List<Node> officeNodes = officesNode == null ? List.of() : ctx.sequence(officesNode, "offices");
        for (int i = 0; i < officeNodes.size(); i++) {
            String at = "offices[" + i + "]";
            Node node = officeNodes.get(i);
            Map<String, Node> o = ctx.mapping(node, at, Set.of("number", "name", "prefecture", "regionalClass", "services", "modules"));
            Node numberNode = ctx.required(o, node, "number");
            String number = ctx.text(numberNode, at + ".number", 10);
            if (!OfficeNumber.isValid(number)) {
                throw ctx.error(numberNode, at + ".number", "an office number has exactly 10 digits");
            }
            if (byNumber.containsKey(number)) {
                throw ctx.error(numberNode, at + ".number", "office " + number + " is listed twice");
            }
            Node servicesNode = ctx.required(o, node, "services");
            Map<String, Node> s = ctx.mapping(servicesNode, at + ".services", null);
            if (s.isEmpty()) {
                throw ctx.error(servicesNode, at + ".services", "an office offers at least one service type");
            }
            Map<ServiceType, Integer> services = new EnumMap<>(ServiceType.class);
            for (var e : s.entrySet()) {
                String field = at + ".services." + e.getKey();
                ServiceType type = ctx.parse(ctx.keyNode(servicesNode, e.getKey()), field, ServiceType::valueOf,
                        "is not a service type " + java.util.Arrays.toString(ServiceType.values()));
                int capacity = ctx.parse(e.getValue(), field, Integer::parseInt, "the capacity must be a whole number");
                if (capacity <= 0 || capacity > 999) {
                    throw ctx.error(e.getValue(), field, "the capacity must be between 1 and 999");
                }
                services.put(type, capacity);
            }
            List<String> enabled = new ArrayList<>();
            if (o.containsKey("modules")) {
                List<Node> moduleNodes = ctx.sequence(o.get("modules"), at + ".modules");
                for (int j = 0; j < moduleNodes.size(); j++) {
                    String field = at + ".modules[" + j + "]";
                    Node moduleNode = moduleNodes.get(j);
                    String key = ctx.text(moduleNode, field, 50);
                    if (leaveOutAbsentModules && modules.find(key).isEmpty()) {
                        continue;
                    }
                    BusinessModule module = modules.find(key)
                            .orElseThrow(() -> ctx.error(moduleNode, field, "there is no module " + key));
                    if (!module.serviceTypes().isEmpty() && module.serviceTypes().stream().noneMatch(services::containsKey)) {
                        throw ctx.error(moduleNodes.get(j), field, "module " + key + " serves " + module.serviceTypes()
                                + ", which this office does not offer");
                    }
                    enabled.add(key);
                }
                for (int j = 0; j < enabled.size(); j++) {
                    for (String required : modules.find(enabled.get(j)).orElseThrow().requires()) {
                        if (!enabled.contains(required)) {
                            throw ctx.error(moduleNodes.get(j), at + ".modules[" + j + "]",
                                    "module " + enabled.get(j) + " requires module " + required + ", which is not listed");
                        }
                    }
                }
            }
            Manifest.OfficeEntry entry = new Manifest.OfficeEntry(number, ctx.text(ctx.required(o, node, "name"), at + ".name", 100),
                    ctx.enumValue(ctx.required(o, node, "prefecture"), at + ".prefecture", Prefecture.class),
                    ctx.enumValue(ctx.required(o, node, "regionalClass"), at + ".regionalClass", RegionalClass.class),
                    services, enabled);
            offices.add(entry);
            byNumber.put(number, entry);
        }

        List<Manifest.UserEntry> users = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        Node usersNode = top.get("users");
        List<Node> userNodes = usersNode == null ? List.of() : ctx.sequence(usersNode, "users");
        for (int i = 0; i < userNodes.size(); i++) {
            String at = "users[" + i + "]";
            Node node = userNodes.get(i);
            Map<String, Node> u = ctx.mapping(node, at,
                    Set.of("username", "email", "firstName", "lastName", "password", "allOffices", "offices", "roles"));
            Node usernameNode = ctx.required(u, node, "username");
            String username = ctx.text(usernameNode, at + ".username", 100).toLowerCase(java.util.Locale.ROOT);
            if (!username.matches("[a-z0-9][a-z0-9._-]*")) {
                throw ctx.error(usernameNode, at + ".username", "use lower-case letters, digits, '.', '_' or '-'");
            }
            if (!usernames.add(username)) {
                throw ctx.error(usernameNode, at + ".username", "user " + username + " is listed twice");
            }
            boolean all = u.containsKey("allOffices") && ctx.parse(u.get("allOffices"), at + ".allOffices",
                    ManifestReader::bool, "must be true or false");
            List<String> officeNumbers = new ArrayList<>();
            if (u.containsKey("offices")) {
                List<Node> list = ctx.sequence(u.get("offices"), at + ".offices");
                for (int j = 0; j < list.size(); j++) {
                    String number = ctx.text(list.get(j), at + ".offices[" + j + "]", 10);
                    if (!byNumber.containsKey(number)) {
                        throw ctx.error(list.get(j), at + ".offices[" + j + "]", "office " + number + " is not in this manifest");
                    }
                    officeNumbers.add(number);
                }
            }
            if (all == !officeNumbers.isEmpty()) {
                throw ctx.error(node, at + ".offices", "give either allOffices: true or a list of offices");
            }
            Node rolesNode = ctx.required(u, node, "roles");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Node r : ctx.sequence(rolesNode, at + ".roles")) {
                roles.add(ctx.enumValue(r, at + ".roles", Role.class));
            }
            if (roles.isEmpty()) {
                throw ctx.error(rolesNode, at + ".roles", "a member holds at least one role");
            }
            String email = ctx.text(ctx.required(u, node, "email"), at + ".email", 255);
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw ctx.error(u.get("email"), at + ".email", "is not an e-mail address");
            }
            users.add(new Manifest.UserEntry(username, email,
                    ctx.text(ctx.required(u, node, "firstName"), at + ".firstName", 100),
                    ctx.text(ctx.required(u, node, "lastName"), at + ".lastName", 100),
                    u.containsKey("password") ? ctx.text(u.get("password"), at + ".password", 200) : null,
                    all, officeNumbers, roles));
        }
        return new Manifest(file, id, kind, name, prefecture, mfaRequired, offices, users);
    }

    private static Boolean bool(String s) {
        return switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(s);
        };
    }

    /** Helpers that know the file and produce errors naming file, line and field. */
    private record Ctx(String file) {

        InvalidManifest error(Node node, String field, String message) {
            return new InvalidManifest(file + ":" + (node.getStartMark().getLine() + 1) + ": " + field + ": " + message);
        }

        Map<String, Node> mapping(Node node, String field, Set<String> allowed) {
            if (!(node instanceof MappingNode m)) {
                throw error(node, field.isEmpty() ? "(root)" : field, "must be a mapping");
            }
            Map<String, Node> result = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw error(t.getKeyNode(), field.isEmpty() ? "(root)" : field, "a key must be a plain name, not a list or mapping");
                }
                String key = keyNode.getValue();
                String path = field.isEmpty() ? key : field + "." + key;
                if (allowed != null && !allowed.contains(key)) {
                    throw error(t.getKeyNode(), path, "unknown field (allowed: " + new java.util.TreeSet<>(allowed) + ")");
                }
                if (result.put(key, t.getValueNode()) != null) {
                    throw error(t.getKeyNode(), path, "given twice");
                }
            }
            return result;
        }

        Node keyNode(Node mapping, String key) {
            for (NodeTuple t : ((MappingNode) mapping).getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getKeyNode();
                }
            }
            return mapping;
        }

        List<Node> sequence(Node node, String field) {
            if (!(node instanceof SequenceNode s)) {
                throw error(node, field, "must be a list");
            }
            return s.getValue();
        }

        Node required(Map<String, Node> map, Node parent, String key) {
            Node node = map.get(key);
            if (node == null) {
                throw error(parent, key, "is required");
            }
            return node;
        }

        String text(Node node, String field, int max) {
            if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw error(node, field, "must be a non-empty text");
            }
            if (s.getValue().length() > max) {
                throw error(node, field, "is longer than " + max + " characters");
            }
            return s.getValue().strip();
        }

        <T> T parse(Node node, String field, Function<String, T> parser, String rule) {
            String text = text(node, field, 200);
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                throw error(node, field, "'" + text + "' " + rule);
            }
        }

        <E extends Enum<E>> E enumValue(Node node, String field, Class<E> type) {
            return parse(node, field, s -> Enum.valueOf(type, s),
                    "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
