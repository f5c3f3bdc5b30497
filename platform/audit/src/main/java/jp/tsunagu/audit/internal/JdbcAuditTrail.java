package jp.tsunagu.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditActor;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.audit.AuditVerification;
import jp.tsunagu.audit.ChainBreak;
import jp.tsunagu.audit.RequestIds;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.ReplicaReads;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit table; the database computes the sequence and the hash chain (see the changelog). Inside a read
 * that may go to the standby ({@link ReplicaReads}), the insert runs on the primary right after the read.
 */
@Service
class JdbcAuditTrail implements AuditTrail, AuditVerification {
    /** The request header with the purpose of an access, where the client states one. */
    static final String PURPOSE_HEADER = "X-Access-Purpose";
    /** The user recorded for work without a logged-in user (provisioning, scheduled jobs). */
    static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The database fills in seq, prev_hash and hash (the chain trigger). */
    private static final String APPEND = """
            insert into audit_record (tenant_id, id, occurred_at, username, office_id, subject_person_id, action,
                                      resource, resource_id, request_id, outcome, purpose, details, seq, prev_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', '')
            """;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        Object[] row = values(event); // who, when and why: taken now, also when the insert waits for a standby read's end
        if (!ReplicaReads.deferToPrimary(() -> jdbc.update(APPEND, row))) {
            jdbc.update(APPEND, row);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEvent> events) {
        List<Object[]> rows = events.stream()
                .sorted(java.util.Comparator.comparing((AuditEvent e) -> e.office() == null ? null : e.office().value(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(this::values).toList();
        if (!rows.isEmpty() && !ReplicaReads.deferToPrimary(() -> jdbc.batchUpdate(APPEND, rows))) {
            jdbc.batchUpdate(APPEND, rows); // the driver sends them all before waiting for an answer
        }
    }

    @Override
    public AuditActor actor() {
        return new AuditActor(user(), RequestIds.current(), purpose());
    }

    private Object[] values(AuditEvent event) {
        AuditActor actor = event.actor() == null ? actor() : event.actor();
        return new Object[] {TenantContext.require().value(), UUID.randomUUID(), Timestamp.from(clock.instant()),
                actor.username(), event.office() == null ? null : event.office().value(), event.subjectPerson(),
                event.action().name(), event.resource(), event.resourceId(), actor.requestId(), event.outcome().name(),
                actor.purpose(), truncate(event.details())};
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChainBreak> verify() {
        return jdbc.query("select tenant_id, seq, id, problem, records from audit_verify()", (rs, i) ->
                new ChainBreak(new TenantId(rs.getObject(1, UUID.class)), rs.getLong(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getLong(5)));
    }

    @Override
    @Transactional(readOnly = true)
    public long totalRecords() {
        Long n = jdbc.queryForObject("select coalesce(sum(records), 0) from audit_counts()", Long.class);
        return n == null ? 0 : n;
    }

    private static String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SYSTEM : auth.getName();
    }

    private static String purpose() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return truncate(attributes.getRequest().getHeader(PURPOSE_HEADER), 500);
        }
        return null;
    }

    private static String truncate(String text) {
        return truncate(text, 2000);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
