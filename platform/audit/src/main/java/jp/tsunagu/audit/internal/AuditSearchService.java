package jp.tsunagu.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditRecord;
import jp.tsunagu.audit.AuditSearch;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AuditSearchService implements AuditSearch {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcTemplate jdbc;
    private final AuditTrail trail;
    private final Clock clock;

    AuditSearchService(JdbcTemplate jdbc, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public Result search(UUID person, String user, LocalDate from, LocalDate to, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new Problem.Invalid("limit", "audit.limit", 1, 1000);
        }
        Query q = query(person, user, from, to);
        trail.record(AuditEvent.of(AuditEvent.Action.READ, "audit_record", null).about(person).withDetails(q.describe()));
        return new Result(q.from(), q.to(), select(q, limit));
    }

    @Override
    public Result export(UUID person, String user, LocalDate from, LocalDate to) {
        Query q = query(person, user, from, to);
        List<AuditRecord> rows = select(q, MAX_EXPORT_ROWS);
        trail.record(AuditEvent.of(AuditEvent.Action.EXPORT, "audit_record", null).about(person)
                .withDetails(q.describe() + " rows=" + rows.size()));
        return new Result(q.from(), q.to(), rows);
    }

    private Query query(UUID person, String user, LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
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
        return new Query(person, user == null || user.isBlank() ? null : user.strip().toLowerCase(Locale.ROOT), start, end);
    }

    private List<AuditRecord> select(Query q, int limit) {
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
        sql.append(" order by occurred_at desc, seq desc limit ").append(limit); // seq counts within a chain (an office's)
        return jdbc.query(sql.toString(), (rs, i) -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)), args.toArray());
    }

    record Query(UUID person, String user, LocalDate from, LocalDate to) {
        String describe() {
            return "from=" + from + " to=" + to + (person == null ? "" : " person=" + person) + (user == null ? "" : " user=" + user);
        }
    }
}
