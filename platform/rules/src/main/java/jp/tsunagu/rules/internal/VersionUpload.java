package jp.tsunagu.rules.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.rules.RuleRevisions.Refused;
import jp.tsunagu.rules.RuleVersion;
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
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A new version of one table, uploaded as YAML ({@code table, effectiveFrom, source, note, rows}) or as CSV
 * (see {@link CsvVersion}). It is validated completely (schema, types, no negative rate, a source, no second
 * version on the same day, no gap where the table requires continuity) before it is added; a refusal names
 * file, line and field and changes nothing.
 */
public final class VersionUpload {
    private final RuleCatalog catalog;

    public VersionUpload(RuleCatalog catalog) {
        this.catalog = catalog;
    }


    /** Validates and adds the version; every later lookup sees it (a stored upload applied again at start-up). */
    public RuleVersion upload(String file, String yaml) {
        return apply(file, yaml, true, null);
    }

    /**
     * Validates the version completely without adding it. A revision schedule it declares must not expect the next
     * version before {@code today}.
     */
    public RuleVersion check(String file, String yaml, java.time.LocalDate today) {
        return apply(file, yaml, false, today);
    }

    /** Validates the version completely without adding it. */
    public RuleVersion check(String file, String yaml) {
        return apply(file, yaml, false, null);
    }

    private RuleVersion apply(String file, String content, boolean publish, java.time.LocalDate today) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Object> doc = isCsv(file) ? CsvVersion.read(file, content, catalog, lines) : yaml(file, content, lines);
        Object table = doc.get("table");
        if (table == null) {
            throw new Refused(file + ":1: table: is required");
        }
        if (!catalog.tables().contains(table.toString())) {
            throw new Refused(file + ":" + line(lines, "table") + ": table: there is no rule table " + table);
        }
        java.util.function.UnaryOperator<String> at = path -> file + ":" + line(lines, path) + ": " + path;
        try {
            return catalog.add(table.toString(), t -> {
                RuleCatalog.Version v = RuleCatalog.Version.parse(at, t, doc);
                if (today != null && v.schedule != null) {
                    requireFuture(at, "revision", t.with(v, () -> at.apply("effectiveFrom")).due, today);
                }
                return v;
            }, () -> at.apply("effectiveFrom"), publish);
        } catch (IllegalStateException e) {
            throw new Refused(e.getMessage());
        }
    }

    /**
     * A new table, uploaded whole as YAML (table, title, key, columns, revision, versions): validated like a bundled
     * table file, refused when a table of that id exists, and refused when its next version would already be due on
     * {@code today} (a new table that is stale on arrival). Returns the table's id.
     */
    public String table(String file, String content, java.time.LocalDate today, boolean publish) {
        if (isCsv(file)) {
            throw new Refused(file + ":1: (file): a new table is uploaded as YAML; CSV carries versions of existing tables");
        }
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Object> doc = yaml(file, content, lines);
        java.util.function.UnaryOperator<String> at = path -> file + ":" + line(lines, path) + ": " + path;
        try {
            RuleCatalog.Table t = RuleCatalog.Table.parse(at, file, doc);
            if (today != null) {
                requireFuture(at, "revision", t.due, today);
            }
            catalog.addTable(t, at.apply("table"), publish);
            return t.id;
        } catch (IllegalStateException e) {
            throw new Refused(e.getMessage());
        }
    }

    private static void requireFuture(java.util.function.UnaryOperator<String> at, String path, java.time.LocalDate due,
                                      java.time.LocalDate today) {
        if (due != null && !due.isAfter(today)) {
            throw new IllegalStateException(at.apply(path) + ": the next version would be due on " + due
                    + ", which is not after today (" + today + "): load the versions since, or declare a later date");
        }
    }

    /** The table a file declares, or null when it declares none or cannot be read (the upload then says why). */
    static String declaredTable(String file, String content) {
        try {
            Map<String, Object> doc = isCsv(file) ? CsvVersion.read(file, content, null, new HashMap<>())
                    : yaml(file, content, new HashMap<>());
            return doc.get("table") == null ? null : doc.get("table").toString();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** A CSV upload is named {@code *.csv}; anything else is read as YAML. */
    static boolean isCsv(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file, String yaml, Map<String, Integer> lines) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new Refused(file + ":" + (e.getProblemMark().getLine() + 1) + ": (yaml): " + e.getProblem());
        } catch (ReaderException e) {
            // found by fuzzing: a control character (e.g. U+0000) is not YAML; it escaped as a 500
            throw new Refused(file + ":1: (yaml): the character U+%04X at position %d is not allowed in YAML"
                    .formatted(e.getCodePoint(), e.getPosition()));
        } catch (YAMLException e) {
            throw new Refused(file + ":1: (yaml): " + e.getMessage());
        }
        if (!(root instanceof MappingNode)) {
            throw new Refused(file + ":1: (file): a version is a mapping with table, effectiveFrom, source and rows");
        }
        return (Map<String, Object>) plain(file, root, "", lines, new int[] {0}, 0);
    }

    private static int line(Map<String, Integer> lines, String path) {
        for (String p = path; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.'))
                : p.contains("[") ? p.substring(0, p.lastIndexOf('[')) : "") {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    private static final int MAX_DEPTH = 32;
    private static final int MAX_NODES = 100_000;

    /** The node as plain maps, lists and scalars (typed like SnakeYAML's loader), recording each path's line. */
    private static Object plain(String file, Node node, String path, Map<String, Integer> lines, int[] nodes, int depth) {
        int line = node.getStartMark().getLine() + 1;
        lines.put(path, line);
        // an alias can make a document recursive (&a [*a]) or expand it a thousandfold: refuse both, not overflow
        if (depth > MAX_DEPTH || ++nodes[0] > MAX_NODES) {
            throw new Refused(file + ":" + line + ": " + (path.isEmpty() ? "(yaml)" : path)
                    + ": the document nests deeper than " + MAX_DEPTH + " levels or has more than " + MAX_NODES + " values");
        }
        if (node instanceof MappingNode m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new Refused(file + ":" + (t.getKeyNode().getStartMark().getLine() + 1) + ": "
                            + (path.isEmpty() ? "(yaml)" : path) + ": a key must be a plain name, not a list or mapping");
                }
                String key = keyNode.getValue();
                String child = path.isEmpty() ? key : path + "." + key;
                lines.put(child, t.getKeyNode().getStartMark().getLine() + 1);
                map.put(key, plain(file, t.getValueNode(), child, lines, nodes, depth + 1));
                lines.put(child, t.getKeyNode().getStartMark().getLine() + 1);
            }
            return map;
        }
        if (node instanceof SequenceNode s) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < s.getValue().size(); i++) {
                list.add(plain(file, s.getValue().get(i), path + "[" + i + "]", lines, nodes, depth + 1));
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getTag().equals(Tag.NULL)) {
            return null;
        }
        try {
            if (scalar.getTag().equals(Tag.INT)) {
                return Long.valueOf(scalar.getValue().replace("_", ""));
            }
            if (scalar.getTag().equals(Tag.FLOAT)) {
                return new java.math.BigDecimal(scalar.getValue().replace("_", ""));
            }
        } catch (NumberFormatException e) {
            // YAML 1.1 also calls 0x1F, 0b101, 1:30, .inf and 99999999999999999999 numbers; none is a rule value here
            throw new Refused(file + ":" + line + ": " + (path.isEmpty() ? "(yaml)" : path) + ": " + scalar.getValue()
                    + " is not a number this upload can read (write decimal digits)");
        }
        if (scalar.getTag().equals(Tag.BOOL)) {
            return Boolean.valueOf(scalar.getValue());
        }
        return scalar.getValue();
    }
}
