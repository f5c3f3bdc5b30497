package jp.tsunagu.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for auditors and tenant admins: by person, user and period (at most one year), as JSON or
 * as a CSV export. Reading the trail is itself recorded.
 */
@RestController
@RequestMapping("/api/v1/audit-records")
@PreAuthorize("hasAuthority('audit:trail.read')")
class AuditController {
    static final int MAX_ROWS = 10_000;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcTemplate jdbc;
    private final AuditTrail trail;
    private final Clock clock;

    AuditController(JdbcTemplate jdbc, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping
    @Transactional
    List<AuditRecordView> search(@RequestParam(required = false) UUID person, @RequestParam(required = false) String user,
                                 @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                 @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new Problem.Invalid("limit", "audit.limit", 1, 1000);
        }
        Query q = query(person, user, from, to);
        trail.record(AuditEvent.of(AuditEvent.Action.READ, "audit_record", null).about(person).withDetails(q.describe()));
        return select(q, limit);
    }

    @GetMapping("/export")
    @Transactional
    void export(@RequestParam(required = false) UUID person, @RequestParam(required = false) String user,
                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                HttpServletResponse response) throws IOException {
        Query q = query(person, user, from, to);
        List<AuditRecordView> rows = select(q, MAX_ROWS);
        trail.record(AuditEvent.of(AuditEvent.Action.EXPORT, "audit_record", null).about(person)
                .withDetails(q.describe() + " rows=" + rows.size()));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + q.from() + "-" + q.to() + ".csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with a byte-order mark
        out.print("seq,occurred_at,username,office_id,subject_person_id,action,resource,resource_id,request_id,outcome,purpose,details,hash\r\n");
        for (AuditRecordView r : rows) {
            out.print(String.join(",", String.valueOf(r.seq()), csv(r.occurredAt().toString()), csv(r.username()),
                    csv(r.officeId()), csv(r.subjectPersonId()), csv(r.action()), csv(r.resource()), csv(r.resourceId()),
                    csv(r.requestId()), csv(r.outcome()), csv(r.purpose()), csv(r.details()), csv(r.hash())) + "\r\n");
        }
        out.flush();
    }

    private Query query(UUID person, String user, LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(JAPAN));
        LocalDate start = from != null ? from : end.minusDays(30);
        if (start.isAfter(end)) {
            throw new Problem.Invalid("from", "audit.period.inverted", start, end);
        }
        if (start.plusYears(1).isBefore(end)) {
            throw new Problem.Invalid("to", "audit.period.tooLong", start, end);
        }
        if (user != null && user.length() > 255) {
            throw new Problem.Invalid("user", "audit.user.tooLong", 255);
        }
        return new Query(person, user == null || user.isBlank() ? null : user.strip().toLowerCase(java.util.Locale.ROOT), start, end);
    }

    private List<AuditRecordView> select(Query q, int limit) {
        StringBuilder sql = new StringBuilder("""
                select seq, occurred_at, username, office_id, subject_person_id, action, resource, resource_id,
                       request_id, outcome, purpose, details, hash
                  from audit_record where occurred_at >= ? and occurred_at < ?""");
        List<Object> args = new ArrayList<>(List.of(
                Timestamp.from(q.from().atStartOfDay(JAPAN).toInstant()),
                Timestamp.from(q.to().plusDays(1).atStartOfDay(JAPAN).toInstant())));
        if (q.person() != null) {
            sql.append(" and subject_person_id = ?");
            args.add(q.person());
        }
        if (q.user() != null) {
            sql.append(" and username = ?");
            args.add(q.user());
        }
        sql.append(" order by seq desc limit ").append(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new AuditRecordView(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)), args.toArray());
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value; // no formula injection in Excel
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    record Query(UUID person, String user, LocalDate from, LocalDate to) {
        String describe() {
            return "from=" + from + " to=" + to + (person == null ? "" : " person=" + person) + (user == null ? "" : " user=" + user);
        }
    }

    record AuditRecordView(long seq, Instant occurredAt, String username, String officeId, String subjectPersonId,
                           String action, String resource, String resourceId, String requestId, String outcome,
                           String purpose, String details, String hash) {
    }
}
