package jp.tsunagu.claims.internal.month;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Closing a month's claim, once per (tenant, office, service type, month): only when the checks find no error, the claim
 * as computed is kept whole with its totals; a second close, concurrent or retried, finds the row the first wrote (the
 * database's unique key decides) and answers it unchanged. The closed claim locks its inputs in the database (claims
 * 0002: no profile version, accepted addition or service record may take effect in it).
 */
@Service
public class ClaimClose {
    private final MonthlyClaimService claims;
    private final ClaimChecks checks;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    ClaimClose(MonthlyClaimService claims, ClaimChecks checks, JdbcTemplate jdbc, ObjectMapper json, AuditTrail audit, Clock clock) {
        this.claims = claims;
        this.checks = checks;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** A closed claim: its totals, when and by whom it was closed, and whether this request closed it (false: it already was). */
    public record Closed(UUID id, YearMonth month, ServiceType serviceType, int persons, long units, long cost, long charge, long benefit,
                         Instant closedAt, String closedBy, boolean closedNow) {
    }

    @Transactional
    public Closed close(OfficeId office, ServiceType type, YearMonth month, String user) {
        Optional<Closed> already = find(office, type, month);
        if (already.isPresent()) {
            return already.get();
        }
        ClaimChecks.Checks found = checks.checkRecords(office, type, month); // errors only: what was filed vs computed never blocks
        if (!found.clean()) {
            throw new Problem.Conflict("claims.close.findings", found.findings().stream()
                    .filter(f -> f.severity() == ClaimChecks.Severity.ERROR).count());
        }
        MonthlyClaimService.MonthClaim claim = claims.month(office, type, month);
        long capProblems = claim.persons().stream().filter(p -> p.capManagement() != null && p.capManagement().problemKey() != null).count();
        if (capProblems > 0) { // 上限額管理 results that do not fit the month's own charges (EJ13, EJ16), as the checks list them
            throw new Problem.Conflict("claims.close.findings", capProblems);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        List<UUID> inserted = jdbc.queryForList("""
                insert into claim_month (tenant_id, id, office_id, service_type, month, persons, units, cost, charge, benefit, content,
                                         created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (tenant_id, office_id, service_type, month) do nothing
                returning id""", UUID.class, TenantContext.require().value(), id, office.value(), type.name(), month.atDay(1),
                claim.persons().size(), claim.units(), claim.cost().value(), claim.charge().value(), claim.benefit().value(),
                json.writeValueAsString(claim), Timestamp.from(now), user);
        if (inserted.isEmpty()) { // another request closed it between our look and our insert
            return find(office, type, month).orElseThrow();
        }
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "claim_month", id.toString()).inOffice(office)
                .withDetails(type + " " + month + " closed: persons=" + claim.persons().size() + " benefit=" + claim.benefit().value()));
        return new Closed(id, month, type, claim.persons().size(), claim.units(), claim.cost().value(), claim.charge().value(),
                claim.benefit().value(), now, user, true);
    }

    /** The closed claim kept whole, as it was computed when closed; empty while the month is not closed. */
    @Transactional(readOnly = true)
    public Optional<MonthlyClaimService.MonthClaim> content(OfficeId office, ServiceType type, YearMonth month) {
        return jdbc.queryForList("select content::text from claim_month where office_id = ? and service_type = ? and month = ?", String.class,
                office.value(), type == null ? null : type.name(), month.atDay(1)).stream().findFirst()
                .map(text -> json.readValue(text, MonthlyClaimService.MonthClaim.class));
    }

    /** The closed claim of the month, if it is closed. */
    @Transactional(readOnly = true)
    public Optional<Closed> find(OfficeId office, ServiceType type, YearMonth month) {
        return jdbc.query("""
                select id, persons, units, cost, charge, benefit, created_at, created_by from claim_month
                 where office_id = ? and service_type = ? and month = ?""", (rs, i) -> new Closed(rs.getObject(1, UUID.class), month, type,
                rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getTimestamp(7).toInstant(), rs.getString(8), false),
                office.value(), type == null ? null : type.name(), month.atDay(1)).stream().findFirst();
    }
}
