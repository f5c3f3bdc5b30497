package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.tsunagu.testsupport.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ready to distribute by tenant on Citus (issue #25, point 3): the fully migrated schema, read from PostgreSQL's
 * catalog, has the shape Citus accepts when every tenant table is distributed by {@code tenant_id} and colocated with
 * {@code tenant}, and the tables without a tenant are reference tables (or stay on the coordinator). From the same
 * catalog it generates the distribution statements, {@code infra/citus-distribution.sql}; run with
 * {@code -Dcitus.write=true} to rewrite that file, otherwise the test fails when the file is not what it generates.
 * See {@code infra/citus.md}.
 */
class DistributionReadyIT extends IntegrationTest {

    static final String DISTRIBUTION_COLUMN = "tenant_id";
    /** The first distributed table: every other tenant table is colocated with it. */
    static final String ANCHOR = "tenant";
    static final Path STATEMENTS = Path.of("../../infra/citus-distribution.sql");

    /** Reference tables (one copy on every node), and why each is one. */
    static final Map<String, String> REFERENCE_TABLES = new TreeMap<>(Map.of(
            "rule_version_upload", "national rule versions uploaded by operators: the same for every tenant, read by all",
            "rule_table_upload", "national rule tables uploaded by operators: the same for every tenant, read by all",
            "office_directory", "the public office directory: every tenant looks up another tenant's office by its national"
                    + " office number, which is unique across tenants; it holds only public data"));

    /** Tables that stay on the coordinator only (not Citus tables), and why. */
    static final Map<String, String> COORDINATOR_ONLY = new TreeMap<>(Map.of(
            "databasechangelog", "Liquibase's own record of the change sets run; migrations run on the coordinator",
            "databasechangeloglock", "Liquibase's lock; migrations run on the coordinator",
            "event_publication", "Spring Modulith's event publication registry: written and read only by the application"
                    + " through the coordinator, never joined with a tenant's rows (events carry their tenant in the payload)",
            "spring_session", "the UI's sessions (Spring Session JDBC), shared by the instances; looked up by session id, no tenant",
            "spring_session_attributes", "the sessions' attributes (the serialized login), with spring_session",
            "rate_limit_bucket", "the request budgets of TenantRateLimiter, one counter row per tenant, no tenant's data",
            "scheduled_run", "when each scheduled job last ran, so that it runs once across the instances",
            "event_handled", "which publications a listener has handled, beside event_publication and removed with it"));

    @Test
    @DisplayName("every table distributes by tenant_id or is a listed reference or coordinator table; the statements file is what the catalog gives")
    void schemaDistributesByTenant() throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser()) {
            Schema schema = Schema.read(c);
            assertThat(problems(schema)).as("tables that would not distribute by tenant").isEmpty();
            String statements = statements(schema);
            if (Boolean.getBoolean("citus.write")) {
                Files.writeString(STATEMENTS, statements);
            }
            assertThat(Files.exists(STATEMENTS)).as("%s exists (run with -Dcitus.write=true to write it)", STATEMENTS).isTrue();
            assertThat(Files.readString(STATEMENTS))
                    .as("%s is what the catalog gives (run with -Dcitus.write=true to rewrite it)", STATEMENTS)
                    .isEqualTo(statements);
        }
    }

    @Test
    @DisplayName("the public office directory is a reference table because its office number is unique across tenants: distributed, it would fail the check")
    void officeDirectoryIsGlobal() throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser()) {
            assertThat(problems(Schema.read(c).distributing("office_directory"))).containsExactly(
                    "office_directory: unique index office_directory_number_unique (office_number) lacks tenant_id");
        }
    }

    @Test
    @DisplayName("the check names a table, its constraint and what is wrong: a unique key without tenant_id, a foreign key off the tenant, a reference table pointing at a tenant table, an unlisted table")
    void checkCanFail() throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("create table probe_parent (tenant_id uuid not null, id uuid not null, code text not null,"
                        + " primary key (tenant_id, id), constraint probe_parent_code unique (code))");
                s.execute("create unique index probe_parent_code_lower on probe_parent (lower(code))");
                s.execute("create table probe_child (tenant_id uuid not null, id uuid not null, parent_id uuid not null,"
                        + " primary key (id, tenant_id), constraint probe_child_parent foreign key (parent_id, tenant_id)"
                        + " references probe_parent (tenant_id, id))");
                s.execute("create table probe_loose (tenant_id uuid not null, id uuid primary key, parent_code text"
                        + " constraint probe_loose_parent references probe_parent (code) on delete set null)");
                s.execute("create table probe_unlisted (id uuid primary key)");
                s.execute("alter table rule_table_upload add column probe_office uuid, add column probe_tenant uuid,"
                        + " add constraint probe_ref_to_tenant foreign key (probe_tenant, probe_office) references office (tenant_id, id)");
                s.execute("create table probe_ref_child (tenant_id uuid not null, id uuid not null, rule_id uuid"
                        + " constraint probe_ref_child_rule references rule_table_upload (id), primary key (tenant_id, id))");
                assertThat(problems(Schema.read(c))).contains(
                        "probe_parent: unique constraint probe_parent_code (code) lacks tenant_id",
                        "probe_parent: unique index probe_parent_code_lower (<expression>) lacks tenant_id",
                        "probe_child: foreign key probe_child_parent (parent_id, tenant_id) -> probe_parent (tenant_id, id):"
                                + " tenant_id is not matched with probe_parent.tenant_id (colocated tables join on it)",
                        "probe_loose: primary key probe_loose_pkey (id) lacks tenant_id",
                        "probe_loose: foreign key probe_loose_parent (parent_code) -> probe_parent (code):"
                                + " tenant_id is not matched with probe_parent.tenant_id (colocated tables join on it)",
                        "probe_unlisted: no tenant_id, and not listed as a reference table or a coordinator table",
                        "rule_table_upload: foreign key probe_ref_to_tenant (probe_tenant, probe_office) -> office (tenant_id, id):"
                                + " a reference table cannot reference a distributed table",
                        "probe_ref_child: foreign key probe_ref_child_rule (rule_id) -> rule_table_upload (id):"
                                + " the reference table rule_table_upload itself references tenant tables (office)");
            } finally {
                c.rollback();
            }
        }
    }

    // --- the catalog ---

    record Table(String name, String tenantType, boolean tenantNotNull) {
        boolean hasTenant() {
            return tenantType != null;
        }
    }

    /** A primary key, unique or exclusion constraint, foreign key, or a unique index that backs no constraint. */
    record Key(String table, String name, String kind, List<String> columns, String referenced, List<String> referencedColumns,
               String onDelete, String onUpdate) {
        String describe() {
            String label = switch (kind) {
                case "p" -> "primary key";
                case "u" -> "unique constraint";
                case "x" -> "exclusion constraint";
                case "f" -> "foreign key";
                default -> "unique index";
            };
            String text = label + " " + name + " (" + String.join(", ", columns) + ")";
            return referenced == null ? text : text + " -> " + referenced + " (" + String.join(", ", referencedColumns) + ")";
        }
    }

    record Schema(Map<String, Table> tables, List<Key> keys, Map<String, String> triggers, Set<String> references) {
        static Schema read(Connection c) throws Exception {
            Map<String, Table> tables = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select c.relname, format_type(a.atttypid, a.atttypmod), a.attnotnull
                      from pg_class c
                      left join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
                    """)) {
                while (rs.next()) {
                    tables.put(rs.getString(1), new Table(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
            List<Key> keys = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select r.relname, k.conname, k.contype::text,
                           array(select coalesce(a.attname, '<expression>') from unnest(k.conkey) with ordinality u(n, i)
                                   left join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i),
                           f.relname,
                           array(select a.attname from unnest(k.confkey) with ordinality u(n, i)
                                   join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i),
                           k.confdeltype::text, k.confupdtype::text
                      from pg_constraint k join pg_class r on r.oid = k.conrelid
                      left join pg_class f on f.oid = k.confrelid
                     where r.relnamespace = 'public'::regnamespace and r.relkind in ('r', 'p') and not r.relispartition
                       and k.contype in ('p', 'u', 'x', 'f') and k.conparentid = 0
                    union all
                    select r.relname, i.relname, 'i',
                           array(select coalesce(a.attname, '<expression>') from unnest(x.indkey::int2[]) with ordinality u(n, o)
                                   left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.n
                                  where u.o <= x.indnkeyatts order by u.o),
                           null, null, null, null
                      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class r on r.oid = x.indrelid
                     where r.relnamespace = 'public'::regnamespace and r.relkind in ('r', 'p') and not r.relispartition
                       and x.indisunique
                       and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.conrelid = x.indrelid
                                       and k.contype in ('p', 'u', 'x'))
                     order by 1, 2
                    """)) {
                while (rs.next()) {
                    keys.add(new Key(rs.getString(1), rs.getString(2), rs.getString(3), strings(rs.getArray(4)),
                            rs.getString(5), strings(rs.getArray(6)), rs.getString(7), rs.getString(8)));
                }
            }
            Map<String, String> triggers = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select c.relname, string_agg(t.tgname, ', ' order by t.tgname)
                      from pg_trigger t join pg_class c on c.oid = t.tgrelid
                     where c.relnamespace = 'public'::regnamespace and not t.tgisinternal
                     group by c.relname
                    """)) {
                while (rs.next()) {
                    triggers.put(rs.getString(1), rs.getString(2));
                }
            }
            return new Schema(tables, keys, triggers, REFERENCE_TABLES.keySet());
        }

        /** The same schema with {@code table} treated as a tenant table, to show why it is listed as a reference table. */
        Schema distributing(String table) {
            Set<String> fewer = new TreeSet<>(references);
            fewer.remove(table);
            return new Schema(tables, keys, triggers, fewer);
        }

        private static List<String> strings(Array array) throws Exception {
            return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        }

        boolean isReference(String table) {
            return references.contains(table);
        }

        boolean isDistributed(String table) {
            Table t = tables.get(table);
            return t != null && t.hasTenant() && !references.contains(table) && !COORDINATOR_ONLY.containsKey(table);
        }

        List<String> distributedTables() {
            return tables.keySet().stream().filter(this::isDistributed).toList();
        }

        List<Key> foreignKeysOf(String table) {
            return keys.stream().filter(k -> k.kind().equals("f") && k.table().equals(table)).toList();
        }
    }

    // --- the rules Citus applies when a table is distributed or made a reference table ---

    /** Every way the schema would not distribute, one readable line each: table, constraint, what is wrong. */
    static List<String> problems(Schema schema) {
        List<String> problems = new ArrayList<>();
        for (String listed : union(REFERENCE_TABLES.keySet(), COORDINATOR_ONLY.keySet())) {
            if (!schema.tables().containsKey(listed)) {
                problems.add(listed + ": listed in DistributionReadyIT but not in the database");
            }
        }
        String anchorType = schema.tables().containsKey(ANCHOR) ? schema.tables().get(ANCHOR).tenantType() : null;
        for (Table t : schema.tables().values()) {
            String name = t.name();
            if (!t.hasTenant() && !schema.isReference(name) && !COORDINATOR_ONLY.containsKey(name)) {
                problems.add(name + ": no tenant_id, and not listed as a reference table or a coordinator table");
            }
            if (schema.isDistributed(name)) {
                if (!t.tenantNotNull()) {
                    problems.add(name + ": tenant_id may be null (Citus needs the distribution column in every row)");
                }
                if (!t.tenantType().equals(anchorType)) {
                    problems.add(name + ": tenant_id is " + t.tenantType() + ", not " + anchorType + " as in " + ANCHOR
                            + " (colocated tables share the distribution column's type)");
                }
                if (schema.keys().stream().noneMatch(k -> k.table().equals(name) && k.kind().equals("p"))) {
                    problems.add(name + ": no primary key");
                }
            }
        }
        for (Key k : schema.keys()) {
            String table = k.table();
            if (k.kind().equals("f")) {
                problems.addAll(foreignKeyProblems(schema, k));
            } else if (schema.isDistributed(table) && !k.columns().contains(DISTRIBUTION_COLUMN)) {
                problems.add(table + ": " + k.describe() + " lacks tenant_id");
            }
        }
        return problems;
    }

    private static List<String> foreignKeyProblems(Schema schema, Key k) {
        String table = k.table();
        String referenced = k.referenced();
        String prefix = table + ": " + k.describe() + ": ";
        List<String> problems = new ArrayList<>();
        if (COORDINATOR_ONLY.containsKey(table) && COORDINATOR_ONLY.containsKey(referenced)) {
            return problems; // two plain tables of the coordinator (the sessions and their attributes)
        } else if (COORDINATOR_ONLY.containsKey(table) || COORDINATOR_ONLY.containsKey(referenced)) {
            problems.add(prefix + "a coordinator-only table cannot have foreign keys with Citus tables");
        } else if (schema.isReference(table)) {
            if (schema.isDistributed(referenced)) {
                problems.add(prefix + "a reference table cannot reference a distributed table");
            }
        } else if (schema.isDistributed(table)) {
            int at = k.columns().indexOf(DISTRIBUTION_COLUMN);
            if (schema.isDistributed(referenced)) {
                if (at < 0 || !DISTRIBUTION_COLUMN.equals(k.referencedColumns().get(at))) {
                    problems.add(prefix + "tenant_id is not matched with " + referenced + ".tenant_id (colocated tables join on it)");
                }
            } else if (schema.isReference(referenced)) {
                Set<String> tenantTargets = new TreeSet<>();
                for (Key r : schema.foreignKeysOf(referenced)) {
                    if (schema.isDistributed(r.referenced())) {
                        tenantTargets.add(r.referenced());
                    }
                }
                if (!tenantTargets.isEmpty()) {
                    problems.add(prefix + "the reference table " + referenced + " itself references tenant tables ("
                            + String.join(", ", tenantTargets) + ")");
                }
            }
            if (at >= 0 && (Set.of("n", "d").contains(k.onDelete()) || Set.of("n", "d", "c").contains(k.onUpdate()))) {
                problems.add(prefix + "ON DELETE SET NULL/DEFAULT or ON UPDATE SET NULL/DEFAULT/CASCADE would change tenant_id"
                        + " (Citus refuses them when the key includes the distribution column)");
            }
        }
        return problems;
    }

    // --- the statements ---

    /** Reference tables, then distributed ones, each after the tables it references; ties by name, the anchor first. */
    static String statements(Schema schema) {
        StringBuilder sql = new StringBuilder("""
                -- Generated by DistributionReadyIT from the catalog of the fully migrated schema; do not edit (run it with
                -- -Dcitus.write=true to rewrite this file). Run on the Citus coordinator as a superuser, after the
                -- migrations; create_distributed_table moves rows already there into the shards. Not yet run on a
                -- Citus cluster: see infra/citus.md for what was verified and what was not.
                --
                -- Stay on the coordinator as plain tables:
                """);
        COORDINATOR_ONLY.forEach((table, why) -> sql.append("--   ").append(table).append(": ").append(why).append('\n'));
        sql.append("--\n-- Tables with triggers (Citus distributes them only with citus.enable_unsafe_triggers, and runs the\n")
                .append("-- triggers on the shards; see infra/citus.md):\n");
        schema.triggers().forEach((table, names) -> sql.append("--   ").append(table).append(": ").append(names).append('\n'));
        sql.append("\nbegin;\n-- shard commands over one connection per node, so that later ones see the shards and foreign keys made\n")
                .append("-- earlier in the transaction; triggers allowed on distributed tables (run on the shards)\n")
                .append("set local citus.multi_shard_modify_mode to 'sequential';\n")
                .append("set local citus.enable_unsafe_triggers to on;\n\n-- Reference tables: one copy on every node.\n");
        for (String table : order(schema, REFERENCE_TABLES.keySet().stream().filter(schema.tables()::containsKey).toList())) {
            sql.append("-- ").append(REFERENCE_TABLES.get(table)).append('\n');
            sql.append("select create_reference_table('").append(table).append("');\n");
        }
        sql.append("\n-- Tenant tables: distributed by tenant_id, all colocated with ").append(ANCHOR)
                .append(", so a tenant's rows of every table sit on the same node.\n");
        for (String table : order(schema, schema.distributedTables())) {
            sql.append("select create_distributed_table('").append(table).append("', '").append(DISTRIBUTION_COLUMN).append('\'');
            if (!table.equals(ANCHOR)) {
                sql.append(", colocate_with => '").append(ANCHOR).append('\'');
            }
            sql.append(");\n");
        }
        return sql.append("\ncommit;\n").toString();
    }

    /** A topological order of {@code tables} by their foreign keys among them (self-references ignored). */
    static List<String> order(Schema schema, List<String> tables) {
        Map<String, Set<String>> waitsFor = new LinkedHashMap<>();
        for (String t : tables) {
            Set<String> deps = new TreeSet<>();
            for (Key k : schema.foreignKeysOf(t)) {
                if (!k.referenced().equals(t) && tables.contains(k.referenced())) {
                    deps.add(k.referenced());
                }
            }
            waitsFor.put(t, deps);
        }
        Comparator<String> anchorFirst = Comparator.comparing((String t) -> !t.equals(ANCHOR)).thenComparing(Comparator.naturalOrder());
        Set<String> done = new LinkedHashSet<>();
        while (done.size() < tables.size()) {
            String next = waitsFor.entrySet().stream()
                    .filter(e -> !done.contains(e.getKey()) && done.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).min(anchorFirst)
                    .orElseThrow(() -> new AssertionError("foreign keys form a cycle among "
                            + waitsFor.keySet().stream().filter(t -> !done.contains(t)).toList()));
            done.add(next);
        }
        return List.copyOf(done);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
