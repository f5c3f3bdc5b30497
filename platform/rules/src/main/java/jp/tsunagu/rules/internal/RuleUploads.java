package jp.tsunagu.rules.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.rules.RuleVersion;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded versions: validated into the in-memory catalog, stored, and audited in one transaction (if
 * storing fails, the catalog is rebuilt without it at the next start; a refused upload touches neither).
 * At start-up every stored upload is applied again, oldest first.
 */
@Service
class RuleUploads implements SmartInitializingSingleton, jp.tsunagu.rules.RuleRevisions {
    private final RuleCatalog catalog;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    RuleUploads(RuleCatalog catalog, JdbcTemplate jdbc, AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(s -> {
            jdbc.query("select file_name, content from rule_table_upload order by uploaded_at",
                    (rs, i) -> new VersionUpload(catalog).table(rs.getString(1), rs.getString(2), null, true));
            jdbc.query("select file_name, content from rule_version_upload order by uploaded_at",
                    (rs, i) -> new VersionUpload(catalog).upload(rs.getString(1), rs.getString(2)));
        });
    }

    /** Checks, stores and audits a new table; it joins the catalog when the transaction commits. */
    @Override
    @Transactional
    public String uploadTable(String file, String content, String by) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        String table = new VersionUpload(catalog).table(file, content, today, false);
        afterCommit(() -> new VersionUpload(catalog).table(file, content, null, true));
        jdbc.update("insert into rule_table_upload (id, table_id, file_name, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), table, file, content, by, Timestamp.from(clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "rule_table", table).withDetails("file=" + file));
        return table;
    }

    private static void afterCommit(Runnable action) {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                });
    }

    /** Checks, stores and audits the version; it joins the catalog when the transaction commits. */
    @Override
    @Transactional
    public RuleVersion upload(String file, String content, String by) {
        RuleVersion version = new VersionUpload(catalog).check(file, content, java.time.LocalDate.now(clock));
        afterCommit(() -> new VersionUpload(catalog).upload(file, content));
        jdbc.update("insert into rule_version_upload (id, table_id, effective_from, file_name, content, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), version.table(), version.effectiveFrom(), file,
                content, by, Timestamp.from(clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "rule_version", version.table() + "@" + version.effectiveFrom())
                .withDetails("file=" + file + " source=" + version.source()));
        return version;
    }
}
