package jp.tsunagu.workspace.internal;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional PIN a person types on the office tablet (4 to 6 digits, kept as a BCrypt hash). Without one, a tap
 * on the name is enough, as in most offices; with one, check-in and check-out need it.
 */
@Service
public class TabletPins {
    private static final BCryptPasswordEncoder HASH = new BCryptPasswordEncoder(6);
    private final JdbcTemplate jdbc;
    private final jp.tsunagu.planning.api.PlanningQueries planning;
    private final AuditTrail audit;
    private final Clock clock;

    TabletPins(JdbcTemplate jdbc, jp.tsunagu.planning.api.PlanningQueries planning, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.planning = planning;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void set(OfficeId office, PersonId personId, String pin, String by) {
        if (planning.served(office, personId, java.time.LocalDate.now(clock)).isEmpty()) {
            throw new Problem.NotFound("workspace.personNotFound");
        }
        if (pin == null || !pin.matches("\\d{4,6}")) {
            throw new Problem.Invalid("pin", "workspace.pin.format");
        }
        jdbc.update("""
                insert into tablet_pin (tenant_id, office_id, person_id, pin_hash, set_at, set_by)
                values (app_current_tenant(), ?, ?, ?, ?, ?)
                on conflict (tenant_id, office_id, person_id) do update set pin_hash = excluded.pin_hash, set_at = excluded.set_at,
                                                                           set_by = excluded.set_by""",
                office.value(), personId.value(), HASH.encode(pin), java.sql.Timestamp.from(clock.instant()), by);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "tablet_pin", personId.toString()).inOffice(office).about(personId.value()));
    }

    @Transactional
    public void remove(OfficeId office, PersonId personId) {
        if (planning.served(office, personId, java.time.LocalDate.now(clock)).isEmpty()) {
            throw new Problem.NotFound("workspace.personNotFound");
        }
        jdbc.update("delete from tablet_pin where office_id = ? and person_id = ?", office.value(), personId.value());
        audit.record(AuditEvent.of(AuditEvent.Action.DELETE, "tablet_pin", personId.toString()).inOffice(office).about(personId.value()));
    }

    @Transactional(readOnly = true)
    public boolean has(OfficeId office, PersonId personId) {
        return !hash(office, personId).isEmpty();
    }

    /** Refuses a missing or wrong PIN when the person has one. */
    @Transactional(readOnly = true)
    public void check(OfficeId office, PersonId personId, String pin) {
        List<String> hash = hash(office, personId);
        if (!hash.isEmpty() && (pin == null || !HASH.matches(pin, hash.get(0)))) {
            throw new Problem.Invalid("pin", "workspace.pin.wrong");
        }
    }

    private List<String> hash(OfficeId office, PersonId personId) {
        return jdbc.queryForList("select pin_hash from tablet_pin where office_id = ? and person_id = ?", String.class, office.value(),
                personId.value());
    }
}
