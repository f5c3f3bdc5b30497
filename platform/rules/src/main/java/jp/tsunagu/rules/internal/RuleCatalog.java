package jp.tsunagu.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.RevisionSchedule;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleVersion;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.TableRevision;
import jp.tsunagu.rules.TracedRuleView;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The national data set: every {@code rules/*.yaml} on the class path, read and validated at start-up into
 * an immutable in-memory catalog. A lookup touches no database.
 */
@Component
public class RuleCatalog implements Rules {
    private volatile Map<String, Table> tables;

    public RuleCatalog() throws IOException {
        Map<String, Table> loaded = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:rules/*.yaml")) {
            try (InputStream in = r.getInputStream()) {
                Table t = Table.parse(r.getFilename(), new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
                if (loaded.put(t.id, t) != null) {
                    throw new IllegalStateException(r.getFilename() + ": table " + t.id + " is defined twice");
                }
            }
        }
        this.tables = Collections.unmodifiableMap(loaded);
    }

    @Override
    public RuleView on(LocalDate date) {
        return new View(date);
    }

    @Override
    public TracedRuleView traced(LocalDate date) {
        return new Traced(new View(date));
    }

    @Override
    public List<String> tables() {
        return List.copyOf(tables.keySet());
    }

    @Override
    public List<RuleVersion> versions(String table) {
        return table(table, null, null).versions.stream().map(v -> v.version).toList();
    }

    @Override
    public TableRevision revision(String table) {
        return table(table, null, null).revision();
    }

    /**
     * Adds a table uploaded by an operator (already parsed and checked) and makes it visible at once. A table
     * that exists already is refused; nothing changes then.
     */
    public synchronized void addTable(Table t, String place, boolean publish) {
        if (tables.containsKey(t.id)) {
            throw new IllegalStateException(place + ": table " + t.id + " exists already: upload a version of it instead");
        }
        if (!publish) {
            return;
        }
        Map<String, Table> next = new TreeMap<>(tables);
        next.put(t.id, t);
        tables = Collections.unmodifiableMap(next);
    }

    /**
     * Adds a version uploaded by an operator (already parsed by {@link VersionUpload}) and makes it visible to
     * every later lookup at once, without a restart. A version starting on the same day as an existing one is
     * refused; nothing changes on a refusal.
     */
    public synchronized RuleVersion add(String table, java.util.function.Function<Table, Version> parse,
                                        java.util.function.Supplier<String> startPlace, boolean publish) {
        Table t = tables.get(table);
        if (t == null) {
            throw new IllegalArgumentException("unknown table " + table);
        }
        Version v = parse.apply(t);
        Table extended = t.with(v, startPlace); // checks continuity
        for (Version existing : t.versions) {
            if (existing.version.effectiveFrom().equals(v.version.effectiveFrom())) {
                throw new IllegalStateException(startPlace.get() + ": a version of " + table + " already starts on "
                        + v.version.effectiveFrom() + " (" + existing.version.source() + ")");
            }
        }
        if (!publish) {
            return v.version;
        }
        Map<String, Table> next = new TreeMap<>(tables);
        next.put(table, extended);
        tables = Collections.unmodifiableMap(next);
        return v.version;
    }

    /**
     * A table that requires continuity must never leave a key without a rule: a new version lists every key of
     * the version in force the day before it (unless the table carries rows over), and none of its rows starts
     * later than the version itself.
     */
    private static void requireContinuity(Table t, Version v, java.util.function.Supplier<String> startPlace) {
        LocalDate start = v.version.effectiveFrom();
        for (Row row : v.rows.values()) {
            if (row.from.isAfter(start) && !t.carryOver) {
                throw new IllegalStateException(startPlace.get() + ": a row starting " + row.from + " would leave a gap from "
                        + start + ": table " + t.id + " requires continuity");
            }
        }
        int before = t.newestInForce(start.minusDays(1));
        if (before < 0 || t.carryOver) {
            return;
        }
        Version previous = t.versions.get(before);
        for (List<String> key : previous.rows.keySet()) {
            if (!v.rows.containsKey(key)) {
                throw new IllegalStateException(startPlace.get() + ": key " + key + " of the version from "
                        + previous.version.effectiveFrom() + " is missing: table " + t.id
                        + " requires continuity (a version lists every key)");
            }
        }
    }

    @Override
    public List<String> columnNames(String table) {
        return List.copyOf(columns(table).keySet());
    }

    /** The columns of a table with their types, in order. */
    public Map<String, String> columns(String table) {
        return table(table, null, null).columns;
    }

    /** The key columns of a table, in order. */
    public List<String> keyColumns(String table) {
        return table(table, null, null).keyColumns;
    }

    private Table table(String id, String key, LocalDate date) {
        Table t = tables.get(id);
        if (t == null) {
            throw new RuleNotFound(id, key, date, "there is no such rule table");
        }
        return t;
    }

    private final class View implements RuleView {
        private final LocalDate date;

        View(LocalDate date) {
            this.date = date;
        }

        @Override
        public LocalDate date() {
            return date;
        }

        /** The date a newer version of the table was due, when this view's date is past it with none loaded. */
        LocalDate dueOn(String table) {
            Table t = tables.get(table);
            return t != null && t.due != null && !date.isBefore(t.due) ? t.due : null;
        }

        @Override
        public RuleRow row(String table, Object... key) {
            Table t = table(table, Arrays.toString(key), date);
            List<String> k = Table.key(key);
            int newest = t.newestInForce(date);
            if (newest < 0) {
                throw new RuleNotFound(table, k.toString(), date, "no version is in force yet (the first starts "
                        + t.versions.getFirst().version.effectiveFrom() + ")");
            }
            for (int i = newest; i >= 0; i--) {
                Version v = t.versions.get(i);
                Row row = v.rows.get(k);
                if (row != null && !row.from.isAfter(date)) {
                    return new RuleRow(v.version, row.from, row.values, row.source, row.note);
                }
                if (row == null && !t.carryOver) {
                    break; // a complete version: a key it lacks is not in force
                }
            }
            throw new RuleNotFound(table, k.toString(), date, "the table has no row for this key");
        }

        @Override
        public List<RuleRow> rows(String table) {
            Table t = table(table, null, date);
            int newest = t.newestInForce(date);
            if (newest < 0) {
                throw new RuleNotFound(table, null, date, "no version is in force yet");
            }
            // a version lists the rows it changes; rows it does not list carry over from earlier versions
            java.util.Set<List<String>> keys = new java.util.LinkedHashSet<>(t.versions.get(newest).rows.keySet());
            for (int i = newest - 1; i >= 0 && t.carryOver; i--) {
                keys.addAll(t.versions.get(i).rows.keySet());
            }
            List<RuleRow> result = new ArrayList<>();
            for (List<String> k : keys) {
                result.add(row(table, k.toArray()));
            }
            return result;
        }

        @Override
        public RuleVersion version(String table) {
            Table t = table(table, null, date);
            int newest = t.newestInForce(date);
            if (newest < 0) {
                throw new RuleNotFound(table, null, date, "no version is in force yet");
            }
            return t.versions.get(newest).version;
        }
    }

    /** Records the version of every row read, and of every table asked for its version. */
    private static final class Traced implements TracedRuleView {
        private final View view;
        private final Set<RuleVersion> used = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());

        Traced(View view) {
            this.view = view;
        }

        @Override
        public LocalDate date() {
            return view.date();
        }

        @Override
        public RuleRow row(String table, Object... key) {
            RuleRow row = view.row(table, key);
            used.add(row.version());
            return row;
        }

        @Override
        public List<RuleRow> rows(String table) {
            List<RuleRow> rows = view.rows(table);
            rows.forEach(r -> used.add(r.version()));
            return rows;
        }

        @Override
        public RuleVersion version(String table) {
            RuleVersion v = view.version(table);
            used.add(v);
            return v;
        }

        @Override
        public RuleTrail trail() {
            synchronized (used) {
                return new RuleTrail(view.date(), used.stream().map(v -> new RuleTrail.Entry(RuleTrail.Kind.TABLE, v.table(),
                        v.effectiveFrom(), v.source(), null, view.dueOn(v.table()))).toList());
            }
        }
    }

    /** A table: its columns with types, its key, its versions in order, and how it is revised. */
    public static final class Table {
        final String id;
        final String title;
        final List<String> keyColumns;
        final Map<String, String> columns;
        /** Columns a row may not leave empty (a key would be left without a rule). */
        final List<String> required;
        final List<Version> versions;
        final LocalDate[] starts;
        /** Whether a version lists only the rows it changes (the others carry over), or is complete. */
        final boolean carryOver;
        /** Whether every key must keep a rule from one version to the next (no gap). */
        final boolean continuity;
        final RevisionSchedule schedule;
        /** When the version after the newest one is due (null: none is scheduled). */
        final LocalDate due;

        private Table(String id, String title, List<String> keyColumns, Map<String, String> columns, List<String> required,
                      List<Version> versions, boolean carryOver, boolean continuity, RevisionSchedule schedule) {
            this.id = id;
            this.title = title;
            this.carryOver = carryOver;
            this.continuity = continuity;
            this.keyColumns = keyColumns;
            this.columns = columns;
            this.required = required;
            this.versions = versions;
            this.schedule = schedule;
            this.starts = versions.stream().map(v -> v.version.effectiveFrom()).toArray(LocalDate[]::new);
            this.due = versions.isEmpty() ? null : schedule.dueAfter(starts[starts.length - 1]).orElse(null);
        }

        /** This table with one more version (checked for continuity); a version that declares a revision schedule replaces it. */
        Table with(Version v, java.util.function.Supplier<String> place) {
            if (continuity) {
                requireContinuity(this, v, place);
            }
            List<Version> all = new ArrayList<>(versions);
            all.add(v);
            all.sort(Comparator.comparing(x -> x.version.effectiveFrom()));
            return new Table(id, title, keyColumns, columns, required, List.copyOf(all), carryOver, continuity,
                    v.schedule != null ? v.schedule : schedule);
        }

        TableRevision revision() {
            return new TableRevision(id, title, schedule, starts.length == 0 ? null : starts[starts.length - 1], due);
        }

        String id() {
            return id;
        }

        int newestInForce(LocalDate date) {
            int i = Arrays.binarySearch(starts, date);
            return i >= 0 ? i : -i - 2;
        }

        static List<String> key(Object... values) {
            List<String> k = new ArrayList<>(values.length);
            for (Object v : values) {
                k.add(v instanceof Enum<?> e ? e.name() : String.valueOf(v));
            }
            return k;
        }

        /** A bundled table file; errors name the file and the path inside it. */
        static Table parse(String file, Object yaml) {
            return parse(path -> file + ": " + path, file, yaml);
        }

        /** A table file; {@code at} turns a path inside it into the place named by errors (file, line, field). */
        @SuppressWarnings("unchecked")
        static Table parse(java.util.function.UnaryOperator<String> at, String file, Object yaml) {
            if (!(yaml instanceof Map<?, ?> doc)) {
                throw new IllegalStateException(file + ": not a rule table");
            }
            String id = required(at, doc, "table").toString();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException(at.apply("table") + ": a table id is lower-case words joined by '-': " + id);
            }
            Object key0 = required(at, doc, "key");
            Object columns0 = required(at, doc, "columns");
            if (!(key0 instanceof List<?>) || !(columns0 instanceof Map<?, ?>)) {
                throw new IllegalStateException(at.apply(key0 instanceof List<?> ? "columns" : "key")
                        + ": key is a list of columns, columns a mapping of names to types");
            }
            List<String> key = ((List<Object>) key0).stream().map(String::valueOf).toList();
            Map<String, String> columns = new LinkedHashMap<>();
            ((Map<Object, Object>) columns0).forEach((c, type) -> columns.put(String.valueOf(c), String.valueOf(type)));
            for (var c : columns.entrySet()) {
                if (!TYPES.contains(c.getValue()) && !c.getValue().startsWith("enum:")) {
                    throw new IllegalStateException(at.apply("columns." + c.getKey()) + ": unknown type " + c.getValue());
                }
                if (ROW_METADATA.contains(c.getKey())) {
                    throw new IllegalStateException(at.apply("columns." + c.getKey()) + ": " + c.getKey()
                            + " is a row's own field (its start, source or note), not a column name");
                }
            }
            for (String k : key) {
                if (!columns.containsKey(k)) {
                    throw new IllegalStateException(at.apply("key") + ": " + k + " is not a column");
                }
            }
            List<String> required = doc.get("required") instanceof List<?> r ? ((List<Object>) r).stream().map(String::valueOf).toList()
                    : List.of();
            for (String c : required) {
                if (!columns.containsKey(c)) {
                    throw new IllegalStateException(at.apply("required") + ": " + c + " is not a column");
                }
            }
            RevisionSchedule schedule = RevisionSchedules.parse(at, doc.get("revision"));
            Object title = doc.get("title");
            Table table = new Table(id, title == null ? id : title.toString().strip(), List.copyOf(key),
                    Collections.unmodifiableMap(columns), required, List.of(), Boolean.TRUE.equals(doc.get("rowsCarryOver")),
                    Boolean.TRUE.equals(doc.get("continuity")), schedule);
            Object list0 = required(at, doc, "versions");
            if (!(list0 instanceof List<?> list) || list.isEmpty()) {
                throw new IllegalStateException(at.apply("versions") + ": a table has a list of at least one version");
            }
            List<Version> versions = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String where = "versions[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> v)) {
                    throw new IllegalStateException(at.apply(where) + ": a version is a mapping");
                }
                versions.add(Version.parse(path -> at.apply(where + (path.isEmpty() ? "" : "." + path)), table,
                        (Map<String, Object>) v));
            }
            versions.sort(Comparator.comparing(v -> v.version.effectiveFrom()));
            for (int i = 1; i < versions.size(); i++) {
                if (versions.get(i).version.effectiveFrom().equals(versions.get(i - 1).version.effectiveFrom())) {
                    throw new IllegalStateException(file + ": two versions start on " + versions.get(i).version.effectiveFrom());
                }
            }
            for (Version v : versions) {
                Version checked = v;
                table = table.with(checked, () -> file + ": version from " + checked.version.effectiveFrom());
            }
            return table;
        }

        private static final Set<String> TYPES = Set.of("text", "integer", "decimal", "date", "boolean", "prefecture",
                "serviceType", "regionalClass");
        private static final Set<String> ROW_METADATA = Set.of("from", "source", "note");
    }

    /** A version: its metadata, its rows by key, and the revision schedule it declares (null: unchanged). */
    public static final class Version {
        final RuleVersion version;
        final Map<List<String>, Row> rows;
        final RevisionSchedule schedule;

        private Version(RuleVersion version, Map<List<String>, Row> rows, RevisionSchedule schedule) {
            this.version = version;
            this.rows = rows;
            this.schedule = schedule;
        }

        /**
         * Parses one version of {@code table}; {@code at} turns a path inside it into the place named by errors
         * (file, line, field). An uploaded version may carry {@code revision:} to change how the table is revised.
         */
        @SuppressWarnings("unchecked")
        static Version parse(java.util.function.UnaryOperator<String> at, Table table, Map<String, Object> v) {
            Object start = v.get("effectiveFrom");
            if (start == null) {
                throw new IllegalStateException(at.apply("effectiveFrom") + ": is required");
            }
            LocalDate from = date(at.apply("effectiveFrom"), start);
            Object source = v.get("source");
            if (source == null || source.toString().isBlank()) {
                throw new IllegalStateException(at.apply("source") + ": every version names its source");
            }
            LocalDate loaded = v.containsKey("loaded") ? date(at.apply("loaded"), v.get("loaded")) : from;
            RuleVersion meta = new RuleVersion(table.id, from, source.toString().strip(),
                    v.get("note") == null ? null : v.get("note").toString().strip(), loaded);
            RevisionSchedule schedule = v.containsKey("revision")
                    ? RevisionSchedules.parse(at, v.get("revision")) : null;
            Map<List<String>, Row> rows = new LinkedHashMap<>();
            Object rowList = v.get("rows");
            if (!(rowList instanceof List<?>)) {
                throw new IllegalStateException(at.apply("rows") + ": a list of rows is required");
            }
            List<Object> list = (List<Object>) rowList;
            for (int i = 0; i < list.size(); i++) {
                String row = "rows[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> raw0)) {
                    throw new IllegalStateException(at.apply(row) + ": a row is a mapping of columns to values");
                }
                Map<String, Object> raw = (Map<String, Object>) raw0;
                Map<String, Object> values = new LinkedHashMap<>();
                for (var e : raw.entrySet()) {
                    if (Table.ROW_METADATA.contains(e.getKey())) {
                        continue;
                    }
                    String type = table.columns.get(e.getKey());
                    if (type == null) {
                        throw new IllegalStateException(at.apply(row + "." + e.getKey()) + ": unknown column");
                    }
                    values.put(e.getKey(), convert(at.apply(row + "." + e.getKey()), type, e.getValue()));
                }
                List<String> k = new ArrayList<>();
                for (String kc : table.keyColumns) {
                    Object kv = values.get(kc);
                    if (kv == null) {
                        throw new IllegalStateException(at.apply(row + "." + kc) + ": the key column is missing");
                    }
                    k.add(kv instanceof Enum<?> en ? en.name() : String.valueOf(kv));
                }
                for (String c : table.required) {
                    if (values.get(c) == null) {
                        throw new IllegalStateException(at.apply(row + "." + c) + ": is required: " + k
                                + " would be left without a rule (" + c + " cannot be empty in table " + table.id + ")");
                    }
                }
                LocalDate rowFrom = raw.containsKey("from") ? date(at.apply(row + ".from"), raw.get("from")) : from;
                if (rowFrom.isBefore(from)) {
                    throw new IllegalStateException(at.apply(row + ".from") + ": a row cannot start before its version (" + from + ")");
                }
                String rowSource = raw.get("source") == null ? null : raw.get("source").toString().strip();
                String rowNote = raw.get("note") == null ? null : raw.get("note").toString().strip();
                if (rows.put(List.copyOf(k), new Row(rowFrom, Collections.unmodifiableMap(values), rowSource, rowNote)) != null) {
                    throw new IllegalStateException(at.apply(row) + ": key " + k + " appears twice in this version");
                }
            }
            return new Version(meta, Collections.unmodifiableMap(rows), schedule);
        }
    }

    /** A row: its own start (a row may start later than its version), its values, and its own source and note if any. */
    record Row(LocalDate from, Map<String, Object> values, String source, String note) {
    }

    static Object required(java.util.function.UnaryOperator<String> at, Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalStateException(at.apply(key) + ": is required");
        }
        return v;
    }

    static LocalDate date(String where, Object v) {
        try {
            return v instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                    : LocalDate.parse(v.toString());
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + ": not a date (YYYY-MM-DD): " + v);
        }
    }

    static Object convert(String where, String type, Object v) {
        if (v == null) {
            return null; // a value that is not configured (the sources did not give it)
        }
        try {
            return switch (type) {
                case "text" -> v.toString();
                case "integer" -> {
                    if (!(v instanceof Integer || v instanceof Long)) {
                        throw new IllegalArgumentException();
                    }
                    yield ((Number) v).intValue();
                }
                case "decimal" -> {
                    BigDecimal d = new BigDecimal(v.toString());
                    if (d.signum() < 0) {
                        throw new IllegalStateException(where + ": a rate or amount cannot be negative: " + v);
                    }
                    yield d;
                }
                case "date" -> date(where, v);
                case "boolean" -> {
                    if (!(v instanceof Boolean)) {
                        throw new IllegalArgumentException();
                    }
                    yield v;
                }
                case "prefecture" -> Prefecture.valueOf(v.toString());
                case "serviceType" -> ServiceType.valueOf(v.toString());
                case "regionalClass" -> RegionalClass.valueOf(v.toString());
                default -> {
                    List<String> allowed = List.of(type.substring("enum:".length()).split("\\|"));
                    if (!allowed.contains(v.toString())) {
                        throw new IllegalArgumentException();
                    }
                    yield v.toString();
                }
            };
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + ": " + v + " is not of type " + type);
        }
    }
}
