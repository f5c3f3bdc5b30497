package jp.tsunagu.claims.internal.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.claims.internal.month.ClaimChecks;
import jp.tsunagu.claims.internal.month.ClaimClose;
import jp.tsunagu.claims.internal.month.MonthlyClaimService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * 過誤申立: the explicit, audited correction of one person's statement in a closed claim month. The closed month is
 * never changed: the correction keeps the figures as closed (or as last re-claimed) beside the figures recomputed from
 * the fixed records, and the difference. While it is open (REQUESTED, WITHDRAWN) the database lets that person's
 * service records of the month be fixed (claims 0004). The municipality's deadline, when the office has recorded it,
 * gives the processing month and the deadline; without one the correction says so (a warning, not a refusal).
 */
@Service
public class ClaimCorrections {
    public enum Reason { RECORD_ERROR, CALCULATION_ERROR, CERTIFICATE_ERROR, OTHER }

    public enum State { REQUESTED, WITHDRAWN, RECLAIMED, CANCELLED }

    private static final Map<State, Set<State>> NEXT = Map.of(State.REQUESTED, Set.of(State.WITHDRAWN, State.CANCELLED),
            State.WITHDRAWN, Set.of(State.RECLAIMED, State.CANCELLED), State.RECLAIMED, Set.of(), State.CANCELLED, Set.of());

    private final ClaimClose close;
    private final MonthlyClaimService claims;
    private final PlanningQueries planning;
    private final Offices offices;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final jp.tsunagu.claims.internal.documents.ClaimFileExport files;
    private final ClaimChecks checks;

    ClaimCorrections(ClaimClose close, MonthlyClaimService claims, PlanningQueries planning, Offices offices, JdbcTemplate jdbc,
                     ObjectMapper json, AuditTrail audit, Clock clock, PlatformTransactionManager transactions,
                     jp.tsunagu.claims.internal.documents.ClaimFileExport files, ClaimChecks checks) {
        this.files = files;
        this.checks = checks;
        this.tx = new TransactionTemplate(transactions);
        this.close = close;
        this.claims = claims;
        this.planning = planning;
        this.offices = offices;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** A correction as requested (reason one of {@link Reason}; requestedOn defaults to today). */
    public record NewCorrection(ServiceType serviceType, YearMonth month, UUID personId, String reason, String details, LocalDate requestedOn) {
    }

    /** A step of the life cycle: the new state; for RECLAIMED the processing month of the claim the corrected statement went into. */
    public record Transition(String state, YearMonth reclaimMonth, String note) {
    }

    /** A statement's figures: units, total cost, the user's charge, the benefit claimed. */
    public record Figures(long units, long cost, long charge, long benefit) {
        static Figures of(MonthlyClaimService.PersonClaim p) {
            return p == null || p.claim() == null ? new Figures(0, 0, 0, 0)
                    : new Figures(p.claim().units(), p.claim().cost().value(), p.claim().charge().value(), p.claim().benefit().value());
        }

        Figures minus(Figures o) {
            return new Figures(units - o.units, cost - o.cost, charge - o.charge, benefit - o.benefit);
        }
    }

    /** The deadline that applies: the processing month, the deadline day's date, from when the re-claim may be sent, and where the figure comes from. */
    public record Deadline(YearMonth processingMonth, LocalDate deadline, YearMonth reclaimFrom, boolean sameMonth, int deadlineDay, String source,
                    LocalDate effectiveFrom) {
    }

    /**
     * A correction: the statement as closed ({@code original}) and as recomputed ({@code corrected}: kept once RECLAIMED;
     * while open, recomputed from the records as they are now, {@code correctedIsPreview}), the difference, the deadline
     * or {@code warning} (a message key) when none is recorded for the municipality.
     */
    public record CorrectionView(UUID id, ServiceType serviceType, YearMonth month, UUID personId, String name, String certificateNumber,
                          String municipalityCode, String municipalityName, Reason reason, String details, LocalDate requestedOn, State state,
                          Deadline deadline, String warning, Figures original, Figures corrected, boolean correctedIsPreview,
                          Figures difference, YearMonth reclaimMonth, String note, Instant createdAt, String createdBy, Instant updatedAt,
                          String updatedBy) {
        public boolean open() {
            return state == State.REQUESTED || state == State.WITHDRAWN;
        }

        public List<State> next() {
            return NEXT.get(state).stream().sorted().toList();
        }
    }

    /** A municipality's deadline for 過誤申立書, from a day on, with its source. */
    public record DeadlineView(UUID id, String municipalityCode, String municipalityName, int deadlineDay, boolean sameMonth, String source,
                        LocalDate effectiveFrom, Instant createdAt, String createdBy) {
    }

    public record NewDeadline(String municipalityCode, String municipalityName, Integer deadlineDay, Boolean sameMonth, String source,
                       LocalDate effectiveFrom) {
    }

    // ---- corrections ------------------------------------------------------------------------------------------------

    /** Records the request; answers its id (the view is {@link #get}'s, read after this transaction). */
    @Transactional
    public UUID request(OfficeId officeId, NewCorrection c, String user) {
        OfficeId office = offices.require(officeId).id();
        if (c.serviceType() == null) {
            throw new Problem.Invalid("serviceType", "claims.correction.required");
        }
        if (c.month() == null) {
            throw new Problem.Invalid("month", "claims.correction.required");
        }
        if (c.personId() == null) {
            throw new Problem.Invalid("personId", "claims.correction.required");
        }
        Reason reason = reason(c.reason());
        String details = c.details() == null || c.details().isBlank() ? null : c.details().strip();
        if (reason == Reason.OTHER && details == null) {
            throw new Problem.Invalid("details", "claims.correction.detailsRequired");
        }
        if (details != null && details.length() > 1000) {
            throw new Problem.Invalid("details", "claims.correction.tooLong", 1000);
        }
        LocalDate requestedOn = c.requestedOn() != null ? c.requestedOn() : LocalDate.now(clock);
        if (!requestedOn.isAfter(c.month().atEndOfMonth())) {
            throw new Problem.Invalid("requestedOn", "claims.correction.requestedTooEarly", c.month());
        }
        ClaimClose.Closed closed = close.find(office, c.serviceType(), c.month())
                .orElseThrow(() -> new Problem.Invalid("month", "claims.correction.notClosed", c.serviceType(), c.month()));
        MonthlyClaimService.MonthClaim content = close.content(office, c.serviceType(), c.month()).orElseThrow();
        PersonId person = new PersonId(c.personId());
        MonthlyClaimService.PersonClaim claimed = content.persons().stream()
                .filter(p -> p.personId().equals(person) && p.claim() != null).findFirst()
                .orElseThrow(() -> new Problem.Invalid("personId", "claims.correction.notInClaim", c.month()));
        Integer open = jdbc.queryForObject("""
                select count(*) from claim_correction where office_id = ? and service_type = ? and month = ? and person_id = ?
                   and state in ('REQUESTED', 'WITHDRAWN')""", Integer.class, office.value(), c.serviceType().name(), c.month().atDay(1),
                c.personId());
        if (open != null && open > 0) {
            throw new Problem.Conflict("claims.correction.alreadyOpen", c.month());
        }
        PlanningQueries.CertificateRef certificate = planning.certificate(person, c.month().atEndOfMonth())
                .or(() -> planning.certificate(person, c.month().atDay(1)))
                .orElseThrow(() -> new Problem.Invalid("personId", "claims.correction.noCertificate", c.month()));
        // what was paid: the statement as closed, or as the last re-claim of the month corrected it
        MonthlyClaimService.PersonClaim original = lastReclaimed(office, c.serviceType(), c.month(), c.personId()).orElse(claimed);
        Figures figures = Figures.of(original);
        Optional<DeadlineRow> deadline = deadlineOn(certificate.municipalityCode(), requestedOn);
        CorrectionSchedule schedule = deadline.map(d -> CorrectionSchedule.of(requestedOn, d.day(), d.sameMonth())).orElse(null);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("""
                insert into claim_correction (tenant_id, id, office_id, service_type, month, person_id, claim_month_id, certificate_number,
                    municipality_code, municipality_name, reason, details, requested_on, deadline_id, processing_month, deadline, reclaim_from,
                    state, original, original_units, original_cost, original_benefit, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)""",
                TenantContext.require().value(), id, office.value(), c.serviceType().name(), c.month().atDay(1), c.personId(), closed.id(),
                certificate.number(), certificate.municipalityCode(), certificate.municipalityName(), reason.name(), details, requestedOn,
                deadline.map(DeadlineRow::id).orElse(null), schedule == null ? null : schedule.processingMonth().atDay(1),
                schedule == null ? null : schedule.deadline(), schedule == null ? null : schedule.reclaimFrom().atDay(1),
                json.writeValueAsString(original), figures.units(), figures.cost(), figures.benefit(), Timestamp.from(now), user,
                Timestamp.from(now), user);
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "claim_correction", id.toString()).inOffice(office).about(c.personId())
                .withDetails(c.serviceType() + " " + c.month() + " correction requested: " + reason + (details == null ? "" : " " + details)
                        + " municipality=" + certificate.municipalityCode()
                        + (schedule == null ? " no deadline recorded" : " processing=" + schedule.processingMonth() + " deadline=" + schedule.deadline())));
        return id;
    }

    /** Moves the correction on; answers its id. */
    @Transactional
    public UUID transition(OfficeId officeId, UUID id, Transition t, String user) {
        OfficeId office = offices.require(officeId).id();
        Row row = row(office, id).orElseThrow(() -> new Problem.NotFound("claims.correction.notFound"));
        State to = state(t.state());
        if (!NEXT.get(row.state()).contains(to)) {
            throw new Problem.Conflict("claims.correction.transition", row.state(), to);
        }
        String note = t.note() == null || t.note().isBlank() ? null : t.note().strip();
        if (note != null && note.length() > 1000) {
            throw new Problem.Invalid("note", "claims.correction.tooLong", 1000);
        }
        Instant now = clock.instant();
        int changed;
        String detail;
        if (to == State.RECLAIMED) {
            if (t.reclaimMonth() == null) {
                throw new Problem.Invalid("reclaimMonth", "claims.correction.required");
            }
            if (!t.reclaimMonth().isAfter(row.month())) {
                throw new Problem.Invalid("reclaimMonth", "claims.correction.reclaimTooEarly", row.month());
            }
            LocalDate reclaimFrom = jdbc.queryForObject("select reclaim_from from claim_correction where id = ? and office_id = ?", LocalDate.class,
                    id, office.value());
            if (reclaimFrom != null && t.reclaimMonth().isBefore(YearMonth.from(reclaimFrom))) {
                // re-claimed before the withdrawal is processed, the statement would be sent twice (ED01)
                throw new Problem.Invalid("reclaimMonth", "claims.correction.beforeSchedule", YearMonth.from(reclaimFrom));
            }
            long stopping = checks.checkRecords(office, row.serviceType(), row.month()).findings().stream()
                    .filter(f -> f.severity() == ClaimChecks.Severity.ERROR && row.personId().equals(f.personId())).count();
            if (stopping > 0) { // the corrected statement would be rejected like any other: the checks of the month name why
                throw new Problem.Conflict("claims.correction.findings", stopping, row.month());
            }
            // the corrected statement as the records now give it, kept from here on; none when the person has no day left
            MonthlyClaimService.PersonClaim corrected = recompute(office, row.serviceType(), row.month(), row.personId()).orElse(null);
            Figures f = Figures.of(corrected);
            changed = jdbc.update("""
                    update claim_correction set state = 'RECLAIMED', reclaim_month = ?, corrected = cast(? as jsonb), corrected_units = ?,
                           corrected_cost = ?, corrected_benefit = ?, note = coalesce(?, note), updated_at = ?, updated_by = ?, version = version + 1
                     where id = ? and office_id = ? and state = ?""", t.reclaimMonth().atDay(1), json.writeValueAsString(corrected), f.units(),
                    f.cost(), f.benefit(), note, Timestamp.from(now), user, id, office.value(), row.state().name());
            Figures diff = f.minus(row.original());
            detail = row.state() + " -> RECLAIMED in " + t.reclaimMonth() + ": units " + row.original().units() + " -> " + f.units() + " ("
                    + diff.units() + "), benefit " + row.original().benefit() + " -> " + f.benefit() + " (" + diff.benefit() + " yen)";
        } else {
            if (to == State.CANCELLED) { // records changed under the correction and not re-claimed would no longer match what was paid
                Figures current = recompute(office, row.serviceType(), row.month(), row.personId()).map(Figures::of).orElse(null);
                if (current != null && !current.equals(row.original())) {
                    throw new Problem.Conflict("claims.correction.recordsChanged", row.month());
                }
            }
            changed = jdbc.update("""
                    update claim_correction set state = ?, note = coalesce(?, note), updated_at = ?, updated_by = ?, version = version + 1
                     where id = ? and office_id = ? and state = ?""", to.name(), note, Timestamp.from(now), user, id, office.value(),
                    row.state().name());
            detail = row.state() + " -> " + to;
        }
        if (changed != 1) { // another request moved it first
            throw new Problem.Conflict("claims.correction.transition", row.state(), to);
        }
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "claim_correction", id.toString()).inOffice(office).about(row.personId().value())
                .withDetails(row.serviceType() + " " + row.month() + " correction " + detail + (note == null ? "" : ": " + note)));
        return id;
    }

    /**
     * One correction. Not one transaction: the stored correction is read (and the read audited) in one, and an open
     * correction's preview is the month's claim computed in a transaction of its own, so that a month that cannot be
     * computed now (its refusal marks its transaction rollback-only) leaves the preview empty and the read standing.
     */
    public CorrectionView get(OfficeId officeId, UUID id) {
        CorrectionView stored = tx.execute(status -> {
            OfficeId office = offices.require(officeId).id();
            CorrectionView v = view(office, id);
            audit.record(AuditEvent.of(AuditEvent.Action.READ, "claim_correction", id.toString()).inOffice(office).about(v.personId()));
            return v;
        });
        return withPreview(officeId, stored, new HashMap<>());
    }

    /** The office's corrections, the open ones first, newest first. */
    public List<CorrectionView> list(OfficeId officeId) {
        List<CorrectionView> stored = tx.execute(status -> {
            OfficeId office = offices.require(officeId).id();
            List<UUID> ids = jdbc.queryForList("""
                    select id from claim_correction where office_id = ?
                     order by state in ('REQUESTED', 'WITHDRAWN') desc, created_at desc""", UUID.class, office.value());
            List<CorrectionView> result = new ArrayList<>();
            for (UUID id : ids) {
                result.add(view(office, id));
            }
            audit.recordAll(result.isEmpty()
                    ? List.of(AuditEvent.of(AuditEvent.Action.READ, "claim_correction", "list").inOffice(office).withDetails("no corrections"))
                    : result.stream().map(v -> AuditEvent.of(AuditEvent.Action.READ, "claim_correction", v.id().toString()).inOffice(office)
                            .about(v.personId())).toList());
            return result;
        });
        Map<String, Optional<MonthlyClaimService.MonthClaim>> months = new HashMap<>();
        return stored.stream().map(v -> withPreview(officeId, v, months)).toList();
    }

    /** An open correction with the person's statement as the records give it now (unchanged when the month cannot be computed). */
    private CorrectionView withPreview(OfficeId office, CorrectionView v, Map<String, Optional<MonthlyClaimService.MonthClaim>> months) {
        if (!v.open()) {
            return v;
        }
        Optional<MonthlyClaimService.MonthClaim> now = months.computeIfAbsent(v.serviceType() + " " + v.month(),
                k -> preview(office, v.serviceType(), v.month()));
        if (now.isEmpty()) {
            return v;
        }
        Figures after = Figures.of(now.get().persons().stream().filter(p -> p.personId().value().equals(v.personId())).findFirst().orElse(null));
        return new CorrectionView(v.id(), v.serviceType(), v.month(), v.personId(), v.name(), v.certificateNumber(), v.municipalityCode(),
                v.municipalityName(), v.reason(), v.details(), v.requestedOn(), v.state(), v.deadline(), v.warning(), v.original(), after, true,
                after.minus(v.original()), v.reclaimMonth(), v.note(), v.createdAt(), v.createdBy(), v.updatedAt(), v.updatedBy());
    }

    /** The persons of a closed month's claim (for the form), by kana; empty while the month is not closed. */
    @Transactional(readOnly = true)
    public List<MonthlyClaimService.PersonClaim> claimedPersons(OfficeId office, ServiceType type, YearMonth month) {
        return close.content(office, type, month).map(c -> c.persons().stream().filter(p -> p.claim() != null).toList()).orElse(List.of());
    }

    // ---- deadlines --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<DeadlineView> deadlines(OfficeId officeId) {
        offices.require(officeId);
        return jdbc.query("""
                select id, municipality_code, municipality_name, deadline_day, same_month, source, effective_from, created_at, created_by
                  from claim_correction_deadline order by municipality_code, effective_from desc""", ClaimCorrections::deadline);
    }

    @Transactional
    public DeadlineView addDeadline(OfficeId officeId, NewDeadline d, String user) {
        OfficeId office = offices.require(officeId).id();
        String code = d.municipalityCode() == null ? null : d.municipalityCode().strip();
        if (code == null || code.isEmpty()) {
            throw new Problem.Invalid("municipalityCode", "claims.correction.required");
        }
        if (!code.matches("[0-9]{6}")) {
            throw new Problem.Invalid("municipalityCode", "claims.deadline.code", code);
        }
        String name = d.municipalityName() == null ? "" : d.municipalityName().strip();
        if (name.isEmpty()) {
            throw new Problem.Invalid("municipalityName", "claims.correction.required");
        }
        if (name.length() > 100) {
            throw new Problem.Invalid("municipalityName", "claims.correction.tooLong", 100);
        }
        if (d.deadlineDay() == null) {
            throw new Problem.Invalid("deadlineDay", "claims.correction.required");
        }
        if (d.deadlineDay() < 1 || d.deadlineDay() > 31) {
            throw new Problem.Invalid("deadlineDay", "claims.deadline.day", d.deadlineDay());
        }
        if (d.sameMonth() == null) {
            throw new Problem.Invalid("sameMonth", "claims.correction.required");
        }
        String source = d.source() == null ? "" : d.source().strip();
        if (source.isEmpty()) {
            throw new Problem.Invalid("source", "claims.deadline.sourceRequired");
        }
        if (source.length() > 1000) {
            throw new Problem.Invalid("source", "claims.correction.tooLong", 1000);
        }
        if (d.effectiveFrom() == null) {
            throw new Problem.Invalid("effectiveFrom", "claims.correction.required");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        List<UUID> inserted = jdbc.queryForList("""
                insert into claim_correction_deadline (tenant_id, id, municipality_code, municipality_name, deadline_day, same_month, source,
                                                       effective_from, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, municipality_code, effective_from) do nothing
                returning id""", UUID.class, TenantContext.require().value(), id, code, name, d.deadlineDay(), d.sameMonth(), source,
                d.effectiveFrom(), Timestamp.from(now), user);
        if (inserted.isEmpty()) {
            throw new Problem.Conflict("claims.deadline.exists", code, d.effectiveFrom());
        }
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "claim_correction_deadline", id.toString()).inOffice(office)
                .withDetails(code + " " + name + " from " + d.effectiveFrom() + ": day " + d.deadlineDay() + (d.sameMonth() ? ", same-month correction accepted" : "")
                        + "; source: " + source));
        return new DeadlineView(id, code, name, d.deadlineDay(), d.sameMonth(), source, d.effectiveFrom(), now, user);
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    private record DeadlineRow(UUID id, int day, boolean sameMonth, String source, LocalDate effectiveFrom) {
    }

    private Optional<DeadlineRow> deadlineOn(String municipalityCode, LocalDate on) {
        return jdbc.query("""
                select id, deadline_day, same_month, source, effective_from from claim_correction_deadline
                 where municipality_code = ? and effective_from <= ? order by effective_from desc limit 1""",
                (rs, i) -> new DeadlineRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBoolean(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)), municipalityCode, on).stream().findFirst();
    }

    private static DeadlineView deadline(ResultSet rs, int i) throws SQLException {
        return new DeadlineView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    /**
     * The re-claim file of a re-claimed correction: the corrected statement of the service month, written as the claim file
     * of the processing month it was re-claimed in (the interface spec's CSV, checked like any claim file). 409 until the
     * correction is re-claimed, or when nothing is left to claim for the person.
     */
    @Transactional
    public jp.tsunagu.claims.internal.documents.ClaimFileExport.Export reclaimFile(OfficeId officeId, UUID id) {
        OfficeId office = offices.require(officeId).id();
        Row row = row(office, id).orElseThrow(() -> new Problem.NotFound("claims.correction.notFound"));
        record Reclaimed(String corrected, LocalDate month) {
        }
        Reclaimed r = jdbc.query("select corrected::text, reclaim_month from claim_correction where id = ? and office_id = ?",
                (rs, i) -> new Reclaimed(rs.getString(1), rs.getObject(2, LocalDate.class)), id, office.value()).getFirst();
        if (row.state() != State.RECLAIMED || r.corrected() == null || r.corrected().equals("null")) {
            throw new Problem.Conflict("claims.correction.notReclaimed", row.state());
        }
        return files.reclaim(office, row.serviceType(), row.month(), json.readValue(r.corrected(), MonthlyClaimService.PersonClaim.class),
                YearMonth.from(r.month()));
    }

    private record Row(UUID id, ServiceType serviceType, YearMonth month, PersonId personId, State state, Figures original) {
    }

    private Optional<Row> row(OfficeId office, UUID id) {
        return jdbc.query("""
                select id, service_type, month, person_id, state, original::text from claim_correction where id = ? and office_id = ?""",
                (rs, i) -> new Row(rs.getObject(1, UUID.class), ServiceType.valueOf(rs.getString(2)), YearMonth.from(rs.getObject(3, LocalDate.class)),
                        new PersonId(rs.getObject(4, UUID.class)), State.valueOf(rs.getString(5)),
                        Figures.of(json.readValue(rs.getString(6), MonthlyClaimService.PersonClaim.class))), id, office.value())
                .stream().findFirst();
    }

    private Optional<MonthlyClaimService.PersonClaim> lastReclaimed(OfficeId office, ServiceType type, YearMonth month, UUID person) {
        return jdbc.queryForList("""
                select corrected::text from claim_correction where office_id = ? and service_type = ? and month = ? and person_id = ?
                   and state = 'RECLAIMED' order by updated_at desc limit 1""", String.class, office.value(), type.name(), month.atDay(1), person)
                .stream().findFirst().map(text -> text == null || text.equals("null") ? null
                        : json.readValue(text, MonthlyClaimService.PersonClaim.class));
    }

    private Optional<MonthlyClaimService.PersonClaim> recompute(OfficeId office, ServiceType type, YearMonth month, PersonId person) {
        return claims.month(office, type, month).persons().stream().filter(p -> p.personId().equals(person) && p.claim() != null).findFirst();
    }

    private CorrectionView view(OfficeId office, UUID id) {
        return jdbc.query("""
                select c.id, c.service_type, c.month, c.person_id, c.certificate_number, c.municipality_code, c.municipality_name, c.reason,
                       c.details, c.requested_on, c.state, c.original::text, c.corrected::text, c.reclaim_month, c.note, c.created_at, c.created_by,
                       c.updated_at, c.updated_by, c.processing_month, c.deadline, c.reclaim_from, d.deadline_day, d.same_month, d.source,
                       d.effective_from
                  from claim_correction c left join claim_correction_deadline d on d.tenant_id = c.tenant_id and d.id = c.deadline_id
                 where c.id = ? and c.office_id = ?""", (rs, i) -> {
            ServiceType type = ServiceType.valueOf(rs.getString(2));
            YearMonth month = YearMonth.from(rs.getObject(3, LocalDate.class));
            State state = State.valueOf(rs.getString(11));
            MonthlyClaimService.PersonClaim original = json.readValue(rs.getString(12), MonthlyClaimService.PersonClaim.class);
            Figures before = Figures.of(original);
            Figures after = null;
            if (state == State.RECLAIMED) {
                String corrected = rs.getString(13);
                after = Figures.of(corrected == null || corrected.equals("null") ? null
                        : json.readValue(corrected, MonthlyClaimService.PersonClaim.class));
            }
            LocalDate deadline = rs.getObject(21, LocalDate.class);
            Deadline d = deadline == null ? null : new Deadline(YearMonth.from(rs.getObject(20, LocalDate.class)), deadline,
                    YearMonth.from(rs.getObject(22, LocalDate.class)), rs.getBoolean(24), rs.getInt(23), rs.getString(25),
                    rs.getObject(26, LocalDate.class));
            LocalDate reclaim = rs.getObject(14, LocalDate.class);
            return new CorrectionView(rs.getObject(1, UUID.class), type, month, rs.getObject(4, UUID.class), original.name(), rs.getString(5),
                    rs.getString(6), rs.getString(7), Reason.valueOf(rs.getString(8)), rs.getString(9), rs.getObject(10, LocalDate.class), state,
                    d, d == null ? "claims.correction.noDeadline" : null, before, after, false, after == null ? null : after.minus(before),
                    reclaim == null ? null : YearMonth.from(reclaim), rs.getString(15), rs.getTimestamp(16).toInstant(), rs.getString(17),
                    rs.getTimestamp(18).toInstant(), rs.getString(19));
        }, id, office.value()).stream().findFirst().orElseThrow(() -> new Problem.NotFound("claims.correction.notFound"));
    }

    /**
     * The month as the records give it now, in a transaction of its own; empty when it cannot be computed (the refusal is
     * the month page's to show).
     */
    private Optional<MonthlyClaimService.MonthClaim> preview(OfficeId office, ServiceType type, YearMonth month) {
        try {
            return Optional.of(tx.execute(status -> claims.month(office, type, month)));
        } catch (Problem refused) {
            return Optional.empty();
        }
    }

    private static Reason reason(String s) {
        if (s == null || s.isBlank()) {
            throw new Problem.Invalid("reason", "claims.correction.required");
        }
        try {
            return Reason.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid("reason", "claims.correction.reasonUnknown", s);
        }
    }

    private static State state(String s) {
        if (s == null || s.isBlank()) {
            throw new Problem.Invalid("state", "claims.correction.required");
        }
        try {
            return State.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid("state", "claims.correction.stateUnknown", s);
        }
    }
}
