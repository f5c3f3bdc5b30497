package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.tenancy.Tenants;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.CannotCreateTransactionException;

/** Isolation below the business code: PostgreSQL row-level security, bound per transaction. */
class TenantIsolationIT extends IntegrationTest {
    @Autowired
    private Tenants tenants;

    /**
     * Tables that are deliberately not tenant-owned (the instances' shared state of #25 point 1 among them: sessions,
     * request budgets, the last scheduled run; none holds a tenant's data).
     */
    private static final List<String> SHARED_TABLES = List.of("databasechangelog", "databasechangeloglock", "event_publication",
            "rule_version_upload", "rule_table_upload", "spring_session", "spring_session_attributes", "rate_limit_bucket",
            "scheduled_run", "event_handled");

    @Test
    @DisplayName("every table with tenant_id has RLS enabled and forced, a tenant policy, tenant_id in its keys; the app role cannot bypass")
    void catalogCheck() throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser()) {
            List<String> tenantTables = DatabaseCatalog.tenantTables(c);
            assertThat(tenantTables).contains("tenant", "office", "office_service", "office_module", "membership",
                    "membership_office", "membership_role");
            assertThat(violations(c)).isEmpty();
            assertThat(DatabaseCatalog.allTables(c)).allMatch(t -> tenantTables.contains(t) || SHARED_TABLES.contains(t));
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select rolsuper, rolbypassrls, pg_has_role('tsunagu_app', 'tsunagu_owner', 'MEMBER'),"
                         + " (select count(*) from pg_class where relowner = r.oid)"
                         + " from pg_roles r where rolname = 'tsunagu_app'")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("app role is superuser").isFalse();
                assertThat(rs.getBoolean(2)).as("app role has BYPASSRLS").isFalse();
                assertThat(rs.getBoolean(3)).as("app role is a member of the owner").isFalse();
                assertThat(rs.getLong(4)).as("relations owned by the app role").isZero();
            }
        }
    }

    @Test
    @DisplayName("the catalog check reports a tenant table without forced RLS")
    void catalogCheckCanFail() throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            s.execute("create table unprotected_probe (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id))");
            s.execute("alter table unprotected_probe owner to tsunagu_owner");
            try {
                assertThat(violations(c)).anyMatch(v -> v.startsWith("unprotected_probe: RLS not enabled"));
                s.execute("alter table unprotected_probe enable row level security");
                assertThat(violations(c)).anyMatch(v -> v.startsWith("unprotected_probe: RLS not forced"));
            } finally {
                s.execute("drop table unprotected_probe");
            }
        }
    }

    @Test
    @DisplayName("native SQL for tenant B never returns tenant A's rows; with no tenant, zero rows")
    void nativeSqlIsFiltered() {
        List<UUID> seenByBeta = inTenant(BETA, () -> jdbc.queryForList("select tenant_id from office", UUID.class));
        assertThat(seenByBeta).isNotEmpty().allMatch(BETA.value()::equals);
        List<String> alphaNamesForBeta = inTenant(BETA, () -> jdbc.queryForList(
                "select name from office where tenant_id = ?", String.class, ALPHA.value()));
        assertThat(alphaNamesForBeta).isEmpty();
        for (String table : List.of("tenant", "office", "office_service", "office_module", "membership", "membership_role")) {
            Long rows = tx.execute(status -> jdbc.queryForObject("select count(*) from " + table, Long.class));
            assertThat(rows).as("rows of %s with no tenant", table).isZero();
        }
    }

    @Test
    @DisplayName("the current tenant's name (Tenants) is read under RLS: each tenant its own, never another's; with no tenant, refused")
    void currentTenantNameIsItsOwn() {
        assertThat(TenantContext.callAs(ALPHA, tenants::currentName)).isEqualTo("社会福祉法人 アルファ会");
        assertThat(TenantContext.callAs(BETA, tenants::currentName)).isEqualTo("株式会社 ベータ");
        // row-level security is what keeps them apart: in beta's transaction alpha's row is not there, even asked for by id
        assertThat(inTenant(BETA, () -> jdbc.queryForList("select name from tenant where tenant_id = ?", String.class, ALPHA.value())))
                .isEmpty();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForList("select name from tenant", String.class)))
                .containsExactly("社会福祉法人 アルファ会");
        assertThatThrownBy(tenants::currentName).isInstanceOf(IllegalStateException.class).hasMessageContaining("no tenant");
    }

    @Test
    @DisplayName("a write for another tenant is refused by the database")
    void foreignWriteRefused() {
        UUID alphaOffice = office(ALPHA, "1310000001");
        assertThatThrownBy(() -> inTenant(BETA, () -> jdbc.update(
                "insert into office_module (tenant_id, id, office_id, module_key, enabled) values (?, ?, ?, 'fixture', true)",
                ALPHA.value(), UUID.randomUUID(), alphaOffice)))
                .rootCause().hasMessageContaining("row-level security");
        Integer updated = inTenant(BETA, () -> jdbc.update("update office set name = 'hijacked' where tenant_id = ?", ALPHA.value()));
        assertThat(updated).isZero();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForList("select name from office", String.class))).doesNotContain("hijacked");
    }

    @Test
    @DisplayName("a failure while binding the tenant aborts the request with no data")
    void bindingFailureAbortsRequest() throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            s.execute("create or replace function app_bind_tenant(p_tenant text) returns text language plpgsql as "
                    + "$$ begin raise exception 'binding broken on purpose'; end $$");
            try {
                String body = mvc.perform(as("alpha.admin", get("/api/v1/offices")))
                        .andExpect(status().is5xxServerError())
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain("アルファ");
                assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.queryForList("select name from office", String.class)))
                        .isInstanceOf(CannotCreateTransactionException.class);
            } finally {
                s.execute("create or replace function app_bind_tenant(p_tenant text) returns text language sql volatile as "
                        + "$$ select set_config('app.tenant_id', coalesce(p_tenant, ''), true) $$");
            }
        }
        assertThat(inTenant(ALPHA, () -> jdbc.queryForList("select name from office", String.class))).contains("アルファ作業所");
    }

    @Test
    @DisplayName("the membership lookup reads one user's memberships in every tenant, and refuses to run inside a tenant's transaction")
    void membershipLookupOutsideTenantTransactions() {
        // outside a transaction (as the request filter calls it): the user's own rows, through the lookup policies
        assertThat(jdbc.queryForList("select tenant_id from app_memberships_of('alpha.admin')", UUID.class)).containsExactly(ALPHA.value());
        assertThat(jdbc.queryForList("select tenant_id from app_memberships_of('nobody.at.all')", UUID.class)).isEmpty();
        // inside a tenant's transaction it would clear that transaction's tenant: refused
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.queryForList("select tenant_id from app_memberships_of('alpha.admin')")))
                .hasMessageContaining("outside any tenant's transaction");
    }



    @Test
    @DisplayName("the public office directory: every tenant reads every office's number, name and kind (and nothing else), kept by the database from the tenant's own writes; the app role cannot write it")
    void publicOfficeDirectory() throws Exception {
        List<String> alphaSeenByBeta = inTenant(BETA, () -> jdbc.queryForList(
                "select name from office_directory where tenant_id = ? order by office_number", String.class, ALPHA.value()));
        assertThat(alphaSeenByBeta).contains("アルファ作業所", "アルファ相談支援センター");
        assertThat(inTenant(BETA, () -> jdbc.queryForObject(
                "select consultation from office_directory where office_number = '1330000004'", Boolean.class))).isTrue();
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns "
                     + "where table_name = 'office_directory'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("tenant_id,office_id,office_number,name,prefecture,tenant_kind,consultation,updated_at,tenant_name");
        }
        assertThatThrownBy(() -> inTenant(BETA, () -> jdbc.update("update office_directory set name = 'hijacked'")))
                .rootCause().hasMessageContaining("permission denied for table office_directory");
    }

    /** Every way a tenant table could leak, as readable lines; empty when all are protected. */
    static List<String> violations(Connection c) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String table : DatabaseCatalog.tenantTables(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select c.relrowsecurity, c.relforcerowsecurity, r.rolname,
                      exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation'
                              and pg_get_expr(p.polqual, p.polrelid) like '%%app_current_tenant()%%'
                              and pg_get_expr(p.polwithcheck, p.polrelid) like '%%app_current_tenant()%%'),
                      exists (select 1 from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                              where k.conrelid = c.oid and k.contype = 'p' and a.attname = 'tenant_id'),
                      not exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype in ('u', 'f')
                              and not exists (select 1 from pg_attribute a where a.attrelid = k.conrelid
                                              and a.attnum = any (k.conkey) and a.attname = 'tenant_id'))
                    from pg_class c join pg_roles r on r.oid = c.relowner
                    where c.relname = '%s' and c.relnamespace = 'public'::regnamespace
                    """.formatted(table))) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    problems.add(table + ": RLS not enabled");
                }
                if (!rs.getBoolean(2)) {
                    problems.add(table + ": RLS not forced");
                }
                if (rs.getString(3).equals("tsunagu_app")) {
                    problems.add(table + ": owned by the application role");
                }
                if (!rs.getBoolean(4)) {
                    problems.add(table + ": no tenant_isolation policy on app_current_tenant()");
                }
                if (!rs.getBoolean(5)) {
                    problems.add(table + ": primary key without tenant_id");
                }
                if (!rs.getBoolean(6)) {
                    problems.add(table + ": a unique or foreign key without tenant_id");
                }
            }
        }
        return problems;
    }
}
