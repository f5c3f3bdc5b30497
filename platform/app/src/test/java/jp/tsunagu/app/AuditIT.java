package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.audit.AuditVerification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The audit trail: same transaction, append-only, hash-chained, searchable and exportable. */
class AuditIT extends IntegrationTest {
    private static final UUID PERSON = UUID.fromString("00000000-0000-4000-8000-0000000000f1");

    @Autowired
    AuditVerification verification;
    @Autowired
    jp.tsunagu.audit.AuditTrail trail;

    @Test
    @DisplayName("a read of personal data is recorded with user, office, person, request id and purpose")
    void readIsRecorded() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        String requestId = "req-" + UUID.randomUUID();
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + workshop + "/fixture/notes"))
                        .header("X-Request-Id", requestId).header("X-Access-Purpose", "モニタリングの準備"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", requestId));
        Map<String, Object> row = inTenant(ALPHA, () -> jdbc.queryForMap(
                "select username, office_id, subject_person_id, action, resource, outcome, purpose from audit_record where request_id = ?",
                requestId));
        assertThat(row).containsEntry("username", "alpha.staff").containsEntry("office_id", workshop)
                .containsEntry("subject_person_id", PERSON).containsEntry("action", "READ")
                .containsEntry("resource", "fixture_note").containsEntry("outcome", "SUCCESS")
                .containsEntry("purpose", "モニタリングの準備");
    }

    @Test
    @DisplayName("a read that cannot be audited fails and returns no data")
    void unauditableReadFails() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            s.execute("revoke insert on audit_record from tsunagu_app");
            try {
                String body = mvc.perform(as("alpha.staff", get("/api/v1/offices/" + workshop + "/fixture/notes")))
                        .andExpect(status().isInternalServerError())
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain("hello");
            } finally {
                s.execute("grant insert on audit_record to tsunagu_app");
            }
        }
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + workshop + "/fixture/notes"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("records appended together for a request served on another thread: each with that request's user, id and"
            + " purpose (one without an actor: this thread's), each chain in the order given")
    void recordAllForAnActor() {
        jp.tsunagu.kernel.OfficeId a = new jp.tsunagu.kernel.OfficeId(office(ALPHA, "1310000001"));
        jp.tsunagu.audit.AuditActor actor = new jp.tsunagu.audit.AuditActor("alpha.staff", "req-" + UUID.randomUUID(),
                "monitoring");
        String tag = "batch " + UUID.randomUUID();
        List<jp.tsunagu.audit.AuditEvent> events = List.of(
                jp.tsunagu.audit.AuditEvent.of(jp.tsunagu.audit.AuditEvent.Action.CREATE, "service_record", "1")
                        .inOffice(a).withDetails(tag + " 1").by(actor),
                jp.tsunagu.audit.AuditEvent.of(jp.tsunagu.audit.AuditEvent.Action.READ, "tenant", "2")
                        .withDetails(tag + " 2").by(actor),
                jp.tsunagu.audit.AuditEvent.of(jp.tsunagu.audit.AuditEvent.Action.CREATE, "service_record", "3")
                        .inOffice(a).withDetails(tag + " 3").by(actor),
                jp.tsunagu.audit.AuditEvent.of(jp.tsunagu.audit.AuditEvent.Action.READ, "tenant", "4")
                        .withDetails(tag + " 4"));
        inTenant(ALPHA, () -> {
            trail.recordAll(events);
            return null;
        });
        List<Map<String, Object>> rows = inTenant(ALPHA, () -> jdbc.queryForList(
                "select resource_id, username, request_id, purpose, office_id, seq from audit_record where details like ?"
                        + " order by resource_id", tag + "%"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).get("username")).isEqualTo("system");
        assertThat(rows.subList(0, 3)).allSatisfy(r -> {
            assertThat(r.get("username")).isEqualTo("alpha.staff");
            assertThat(r.get("request_id")).isEqualTo(actor.requestId());
            assertThat(r.get("purpose")).isEqualTo("monitoring");
        });
        assertThat(rows.get(0).get("office_id")).isEqualTo(a.value());
        assertThat(rows.get(1).get("office_id")).isNull();
        assertThat((Long) rows.get(2).get("seq")).isEqualTo((Long) rows.get(0).get("seq") + 1);
        assertThat((Long) rows.get(3).get("seq")).isEqualTo((Long) rows.get(1).get("seq") + 1);
        assertThat(trail.actor().username()).isEqualTo("system"); // this thread serves no request
    }

    @Test
    @DisplayName("the application may only append: UPDATE and DELETE fail, for the owner too (trigger)")
    void appendOnly() throws Exception {
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + office(ALPHA, "1310000001") + "/fixture/notes")));
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update audit_record set username = 'mallory'")))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("delete from audit_record")))
                .rootCause().hasMessageContaining("permission denied");
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_record set username = 'mallory'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_record")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("truncate audit_record")).hasMessageContaining("append-only");
        }
    }

    @Test
    @DisplayName("every chain verifies; a record changed behind the application's back is named by audit-verify")
    void hashChain() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        for (int i = 0; i < 3; i++) {
            mvc.perform(as("alpha.staff", get("/api/v1/offices/" + workshop + "/fixture/notes"))).andExpect(status().isOk());
        }
        assertThat(verification.verify()).isEmpty();
        assertThat(Commands.run(TsunaguApplication.class, new String[] {"audit-verify", "--spring.profiles.active=test"})).isZero();
        // one chain per office: the office's records are numbered 1, 2, 3 … on their own, each linked to the one before
        List<Map<String, Object>> chain = inTenant(ALPHA, () -> jdbc.queryForList(
                "select seq, prev_hash, hash from audit_record where chain = ? order by seq", workshop));
        assertThat(chain).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < chain.size(); i++) {
            assertThat(chain.get(i).get("seq")).isEqualTo(i + 1L);
            assertThat(chain.get(i).get("prev_hash")).isEqualTo(i == 0 ? "0".repeat(64) : chain.get(i - 1).get("hash"));
        }
        Map<String, Object> victim = inTenant(ALPHA, () -> jdbc.queryForMap(
                "select seq, id, username from audit_record where chain = ? order by seq desc offset 1 limit 1", workshop));
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            s.execute("alter table audit_record disable trigger audit_record_no_change");
            s.executeUpdate("update audit_record set username = 'mallory' where tenant_id = '" + ALPHA + "' and id = '" + victim.get("id") + "'");
            try {
                assertThat(verification.verify()).singleElement().satisfies(b -> {
                    assertThat(b.tenant()).isEqualTo(ALPHA);
                    assertThat(b.seq()).isEqualTo(victim.get("seq"));
                    assertThat(b.recordId()).isEqualTo(victim.get("id"));
                    assertThat(b.problem()).isEqualTo("the record was changed after it was written");
                });
                assertThat(Commands.run(TsunaguApplication.class, new String[] {"audit-verify", "--spring.profiles.active=test"}))
                        .isEqualTo(1);
            } finally {
                s.executeUpdate("update audit_record set username = '" + victim.get("username") + "' where tenant_id = '" + ALPHA
                        + "' and id = '" + victim.get("id") + "'");
                s.execute("alter table audit_record enable trigger audit_record_no_change");
            }
        }
        assertThat(verification.verify()).isEmpty();
    }

    @Test
    @DisplayName("auditors and tenant admins search by person, user and period; staff may not; another tenant sees none")
    void search() throws Exception {
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + office(ALPHA, "1310000001") + "/fixture/notes")));
        mvc.perform(as("alpha.auditor", get("/api/v1/audit-records").param("person", PERSON.toString())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].subjectPersonId", everyItem(is(PERSON.toString()))))
                .andExpect(jsonPath("$[*].username", hasItem("alpha.staff")));
        mvc.perform(as("alpha.admin", get("/api/v1/audit-records").param("user", "alpha.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", everyItem(is("alpha.staff"))));
        mvc.perform(as("alpha.staff", get("/api/v1/audit-records"))).andExpect(status().isForbidden());
        mvc.perform(as("beta.admin", get("/api/v1/audit-records").param("person", PERSON.toString())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].username", everyItem(is("beta.admin"))));
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where username = 'alpha.auditor' and resource = 'audit_record'", Long.class)))
                .isPositive();
    }

    @Test
    @DisplayName("an inverted period or one over a year → 400 naming the field, in Japanese and English")
    void badPeriods() throws Exception {
        mvc.perform(as("alpha.auditor", get("/api/v1/audit-records").param("from", "2026-05-01").param("to", "2026-04-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("期間の開始日 2026-05-01 が終了日 2026-04-01 より後になっています。"));
        mvc.perform(as("alpha.auditor", get("/api/v1/audit-records").param("from", "2025-01-01").param("to", "2026-04-01"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("The period 2025-01-01 to 2026-04-01 is longer than one year; choose at most one year."));
        mvc.perform(as("alpha.auditor", get("/api/v1/audit-records").param("from", "not-a-date")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    @DisplayName("the CSV export opens in Excel (UTF-8 with BOM), holds the rows, and is itself recorded")
    void export() throws Exception {
        mvc.perform(as("alpha.staff", get("/api/v1/offices/" + office(ALPHA, "1310000001") + "/fixture/notes")));
        byte[] csv = mvc.perform(as("alpha.auditor", get("/api/v1/audit-records/export").param("user", "alpha.staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFseq,occurred_at,username");
        assertThat(text).contains("\"alpha.staff\"", "\"fixture_note\"");
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where username = 'alpha.auditor' and action = 'EXPORT'", Long.class))).isPositive();
    }

    @Test
    @DisplayName("membership changes are recorded; a refused change leaves no record")
    void membershipChangesAudited() throws Exception {
        String user = "new." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(as("alpha.admin", put("/api/v1/memberships/" + user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allOffices\":true,\"roles\":[\"SUPPORT_STAFF\"]}")))
                .andExpect(status().isOk());
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select action || ' ' || username from audit_record where resource = 'membership' and resource_id = ?", String.class, user)))
                .isEqualTo("CREATE alpha.admin");
        long before = inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record", Long.class));
        mvc.perform(as("alpha.admin", put("/api/v1/memberships/alpha.admin").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allOffices\":true,\"roles\":[\"SUPPORT_STAFF\"]}")))
                .andExpect(status().isConflict());
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record", Long.class))).isEqualTo(before);
    }
}
