package jp.tsunagu.workspace.internal.checkin;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import jp.tsunagu.audit.AuditActor;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.WorkspaceConfigService;
import jp.tsunagu.workspace.internal.domain.CheckInRules;
import jp.tsunagu.workspace.internal.domain.GroupKind;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import jp.tsunagu.workspace.internal.persistence.WorkingHoursRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning rush's path: check-ins of the current tenant written in one transaction in hand-written SQL (Hibernate
 * translates a query anew each time while the tenant filter is on; row-level security keeps the reads to the tenant)
 * with nothing loaded to be dirty-checked. One read for every check-in's group, month and the person's records of the
 * month, one for the contracts and decisions, one batch of records and one of their audit records, whatever their
 * number. Each check-in is decided by {@link CheckInRules}, as the entity path decides it ({@code CheckInPathsIT}
 * compares the two), after those before it in the list (a second check-in of the same person and day is a conflict);
 * one that breaks a rule gets its problem and the others are written. A failure of the database fails them all (the
 * queue then writes them one by one).
 */
@Component
class CheckInBatch {
    private final PlanningQueries planning;
    private final WorkspaceConfigService config;
    private final WorkingHoursRepository hours;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lockTimeout;

    CheckInBatch(PlanningQueries planning, WorkspaceConfigService config, WorkingHoursRepository hours, AuditTrail audit,
                 JdbcTemplate jdbc, Clock clock,
                 @Value("${tsunagu.workspace.check-in.lock-timeout:2s}") Duration lockTimeout) {
        this.planning = planning;
        this.config = config;
        this.hours = hours;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lockTimeout = lockTimeout;
    }

    /** A check-in to be written, with who entered it (for the audit record, taken on the request's thread). */
    record CheckIn(CheckInRules.Request request, AuditActor actor) {
    }

    /** What became of a check-in of a batch: its record, or the rule it broke (nothing was written for it). */
    record Outcome(ServiceRecord written, Problem refused) {
        ServiceRecord record() {
            if (refused != null) {
                throw refused;
            }
            return written;
        }
    }

    @Transactional
    public List<Outcome> write(List<CheckIn> batch) {
        int n = batch.size();
        GroupOfDay[] groupOf = new GroupOfDay[n];
        List<List<CheckInRules.Stay>> stays = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            stays.add(new ArrayList<>());
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement(GROUPS_AND_STAYS);
            // a batch that waits for a lock holds up every check-in of its lane: past the lock timeout it fails, and its
            // check-ins are written one by one (CheckInQueue), each waiting as long as it must (0: no limit), so those
            // before the one that needs the lock are answered; those after it still wait, in turn on the same writer
            ps.setString(1, batch.size() > 1 ? lockTimeout.toMillis() + "ms" : "0");
            ps.setArray(2, con.createArrayOf("uuid", batch.stream().map(c -> c.request().office().value()).toArray()));
            ps.setArray(3, con.createArrayOf("uuid", batch.stream().map(c -> c.request().groupId()).toArray()));
            ps.setArray(4, con.createArrayOf("uuid", batch.stream().map(c -> c.request().personId()).toArray()));
            ps.setArray(5, con.createArrayOf("text", batch.stream().map(c -> c.request().date().withDayOfMonth(1).toString()).toArray()));
            ps.setArray(6, con.createArrayOf("text", batch.stream().map(c -> c.request().date().toString()).toArray()));
            return ps;
        }, rs -> {
            int k = rs.getInt(1) - 1;
            groupOf[k] = new GroupOfDay(GroupKind.valueOf(rs.getString(2)), rs.getBoolean(3));
            if (rs.getObject(4) != null) {
                stays.get(k).add(new CheckInRules.Stay(rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class),
                        "PRESENT".equals(rs.getString(6)), ServiceType.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalTime.class), rs.getObject(9, LocalTime.class)));
            }
        });
        // a contract of the office and a decision for the group's service, and the days the decision allows
        List<PlanningQueries.ContractQuestion> questions = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            CheckInRules.Request c = batch.get(k).request();
            questions.add(new PlanningQueries.ContractQuestion(c.office(), new PersonId(c.personId()),
                    groupOf[k] == null ? ServiceType.TYPE_B : groupOf[k].kind().serviceType(), c.date()));
        }
        List<OptionalInt> allowed = planning.daysAllowedUnderContract(questions);
        LocalDate today = LocalDate.now(clock);
        List<Outcome> outcomes = new ArrayList<>(n);
        List<ServiceRecord> written = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            CheckInRules.Request c = batch.get(k).request();
            List<CheckInRules.Stay> known = new ArrayList<>(stays.get(k));
            for (ServiceRecord w : written) { // this batch's records so far, as the read would have seen them
                if (w.personId().equals(c.personId()) && !w.serviceDate().isBefore(c.date().withDayOfMonth(1))
                        && !w.serviceDate().isAfter(c.date())) {
                    known.add(CheckInRules.Stay.of(w));
                }
            }
            GroupOfDay group = groupOf[k];
            CheckInRules.Facts facts = new CheckInRules.Facts(group == null ? null : group.kind(),
                    group != null && group.monthClosed(), allowed.get(k),
                    () -> planning.served(c.office(), new PersonId(c.personId()), c.date()).isPresent(),
                    place(c.office(), c.areaId()), place(c.office(), c.contentId()), known,
                    config.rounding(c.office(), c.date()),
                    () -> hours.on(c.office().value(), c.personId(), c.date()).orElse(null));
            switch (CheckInRules.decide(c, facts, today, clock.instant())) {
                case CheckInRules.Accepted a -> {
                    written.add(a.written());
                    outcomes.add(new Outcome(a.written(), null));
                }
                case CheckInRules.Refused r -> outcomes.add(new Outcome(null, r.problem()));
            }
        }
        if (!written.isEmpty()) {
            // written before the audit records: appending to an office's audit trail holds its chain's lock until
            // commit, so the lock is taken last (every audited write of the office waits for it)
            UUID tenant = TenantContext.require().value();
            jdbc.batchUpdate(INSERT_CHECK_IN, written.stream().map(r -> new Object[] {tenant, r.id(), r.officeId(),
                    r.personId(), r.serviceDate(), r.serviceType().name(), r.status().name(), r.groupId(), r.areaId(),
                    r.contentId(), r.checkIn(), r.roundedStart(), r.rounding(), r.exceedsAmount(), r.lateMinutes(),
                    java.sql.Timestamp.from(r.recordedAt()), r.recordedBy(), java.sql.Timestamp.from(r.createdAt()),
                    r.createdBy()}).toList());
            List<AuditEvent> records = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                ServiceRecord r = outcomes.get(k).written();
                if (r != null) {
                    records.add(AttendanceService.checkedIn(r).by(batch.get(k).actor()));
                }
            }
            audit.recordAll(records);
        }
        return outcomes;
    }

    /** A chosen area or content as the rules see it (null: none chosen, or not the office's). */
    private CheckInRules.Place place(OfficeId office, UUID placeId) {
        return placeId == null ? null : config.place(office, placeId).orElse(null);
    }

    /**
     * For each check-in (numbered from 1): its group of the office and whether the group's month is closed (no row: no
     * such group), with the person's records at every office of the tenant from the first of the month to the day (by
     * the person index), a row each (none: one row of nulls). Lateral joins, the group's kept apart by {@code offset 0}:
     * each check-in's rows by the indexes, as the planner cannot know how few check-ins the arrays hold (else it hashes
     * every group of the tenant, and row-level security calls its function for each: 0.6 ms instead of 0.2). The
     * transaction's lock timeout rides on it (one round trip fewer a batch); where no check-in has a group, nothing is
     * written after it, so none is needed.
     */
    private static final String GROUPS_AND_STAYS = """
            with lock_wait as materialized (select set_config('lock_timeout', ?, true))
            select q.i, g.kind, g.closed, s.office_id, s.service_date, s.status, s.service_type, s.check_in, s.check_out
              from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[]::date[], ?::text[]::date[])
                   with ordinality as q(office_id, group_id, person_id, month, day, i)
                   cross join lock_wait
              join lateral (select g.kind, exists (select 1 from attendance_month m
                                                   where m.office_id = g.office_id and m.month = q.month) as closed
                              from work_group g where g.office_id = q.office_id and g.id = q.group_id offset 0) g on true
              left join lateral (select s.office_id, s.service_date, s.status, s.service_type, s.check_in, s.check_out
                                   from service_record s
                                  where s.person_id = q.person_id and s.service_date between q.month and q.day) s on true
            """;

    /** A check-in as {@link ServiceRecord#checkIn} makes it; the other columns keep their defaults (none yet). */
    private static final String INSERT_CHECK_IN = """
            insert into service_record (tenant_id, id, office_id, person_id, service_date, service_type, status, group_id,
                                        area_id, content_id, check_in, rounded_start, rounding, exceeds_amount, late_minutes,
                                        recorded_at, recorded_by, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private record GroupOfDay(GroupKind kind, boolean monthClosed) { }
}
