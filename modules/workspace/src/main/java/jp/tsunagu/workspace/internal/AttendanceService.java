package jp.tsunagu.workspace.internal;

import jp.tsunagu.workspace.api.GroupId;
import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import jp.tsunagu.audit.AuditActor;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.LocalParameters;
import jp.tsunagu.rules.ParameterValue;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.workspace.events.AttendanceCorrected;
import jp.tsunagu.workspace.events.AttendanceRecorded;
import jp.tsunagu.workspace.internal.domain.AttendanceRounding;
import jp.tsunagu.workspace.internal.domain.DayDetails;
import jp.tsunagu.workspace.internal.domain.GroupKind;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import jp.tsunagu.workspace.internal.domain.ServiceRecordCorrection;
import jp.tsunagu.workspace.internal.domain.WorkGroup;
import jp.tsunagu.workspace.internal.domain.WorkingHours;
import jp.tsunagu.workspace.internal.persistence.AttendanceMonthRepository;
import jp.tsunagu.workspace.internal.persistence.CorrectionRepository;
import jp.tsunagu.workspace.internal.persistence.ServiceRecordRepository;
import jp.tsunagu.workspace.internal.persistence.WorkGroupRepository;
import jp.tsunagu.workspace.internal.persistence.WorkingHoursRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's service records (サービス提供記録). A check-in needs a contract of the office running that day and a
 * benefit decision for the group's service, keeps separation (WS-5), never overlaps the person's stay at another
 * office, and is rounded by the office's own parameters (WS-6); a day beyond the decision's amount for the month is
 * recorded and flagged (WS-7). Absences keep the response given. Staff corrections need a reason, keep before and
 * after, and in a closed month must be asked for explicitly. Lateness only for employed A型 users. Audited.
 */
@Service
public class AttendanceService {
    private static final String START_ROUNDING = "attendance-start-rounding";
    private static final String END_ROUNDING = "attendance-end-rounding";
    private final ServiceRecordRepository records;
    private final WorkGroupRepository groups;
    private final WorkingHoursRepository hours;
    private final CorrectionRepository corrections;
    private final AttendanceMonthRepository months;
    private final WorkspaceConfigService config;
    private final PlanningQueries planning;
    private final LocalParameters parameters;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CheckInQueue queue;
    private final java.time.Duration lockTimeout;

    AttendanceService(ServiceRecordRepository records, WorkGroupRepository groups, WorkingHoursRepository hours,
                      CorrectionRepository corrections, AttendanceMonthRepository months, WorkspaceConfigService config,
                      PlanningQueries planning, LocalParameters parameters, AuditTrail audit, ApplicationEventPublisher events,
                      JdbcTemplate jdbc, Clock clock, @org.springframework.context.annotation.Lazy CheckInQueue queue,
                      @org.springframework.beans.factory.annotation.Value("${tsunagu.workspace.check-in.lock-timeout:2s}")
                      java.time.Duration lockTimeout) {
        this.records = records;
        this.groups = groups;
        this.hours = hours;
        this.corrections = corrections;
        this.months = months;
        this.config = config;
        this.planning = planning;
        this.parameters = parameters;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.queue = queue;
        this.lockTimeout = lockTimeout;
    }

    /**
     * A check-in. Check-ins are written in batches (see {@link CheckInQueue}): this thread waits for its batch's
     * transaction and gets this check-in's record, or the rule it breaks. Inside a transaction of the caller, it is
     * written in that transaction.
     */
    public ServiceRecord checkIn(OfficeId office, UUID personId, LocalDate date, LocalTime time, UUID groupId, UUID areaId,
                                 UUID contentId, String by) {
        requirePast(date);
        if (groupId == null) { // the API's body requires it; the tablet's form may lack it
            throw new Problem.Invalid("groupId", "NotNull", "groupId");
        }
        CheckIn checkIn = new CheckIn(office, personId, date, time, groupId, areaId, contentId, by, audit.actor());
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            return checkInAll(List.of(checkIn)).get(0).record();
        }
        return queue.write(checkIn);
    }

    /** A check-in to be written, with who entered it (for the audit record, taken on the request's thread). */
    record CheckIn(OfficeId office, UUID personId, LocalDate date, LocalTime time, UUID groupId, UUID areaId, UUID contentId,
                   String by, AuditActor actor) {
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

    /**
     * Check-ins of the current tenant in one transaction: one read for every check-in's group, month and the person's
     * records of the month, one for the contracts and decisions, one for the records and one for their audit records,
     * whatever their number. Each is checked as if alone, after those before it in the list (a second check-in of the
     * same person and day is a conflict); one that breaks a rule gets its problem and the others are written. A failure
     * of the database fails them all (the caller may retry them one by one).
     */
    @Transactional
    public List<Outcome> checkInAll(List<CheckIn> batch) {
        // the morning rush's path: the reads are SQL (Hibernate translates a query anew each time while the tenant
        // filter is on; row-level security keeps them to the tenant) and nothing is loaded to be dirty-checked
        int n = batch.size();
        GroupOfDay[] groupOf = new GroupOfDay[n];
        List<List<Stay>> stays = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            stays.add(new ArrayList<>());
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement(GROUPS_AND_STAYS);
            // a batch that waits for a lock holds up every check-in of its lane: past the lock timeout it fails, and its
            // check-ins are written one by one (CheckInQueue), each waiting as long as it must (0: no limit), so those
            // before the one that needs the lock are answered; those after it still wait, in turn on the same writer
            ps.setString(1, batch.size() > 1 ? lockTimeout.toMillis() + "ms" : "0");
            ps.setArray(2, con.createArrayOf("uuid", batch.stream().map(c -> c.office().value()).toArray()));
            ps.setArray(3, con.createArrayOf("uuid", batch.stream().map(CheckIn::groupId).toArray()));
            ps.setArray(4, con.createArrayOf("uuid", batch.stream().map(CheckIn::personId).toArray()));
            ps.setArray(5, con.createArrayOf("text", batch.stream().map(c -> c.date().withDayOfMonth(1).toString()).toArray()));
            ps.setArray(6, con.createArrayOf("text", batch.stream().map(c -> c.date().toString()).toArray()));
            return ps;
        }, rs -> {
            int k = rs.getInt(1) - 1;
            groupOf[k] = new GroupOfDay(GroupKind.valueOf(rs.getString(2)), rs.getBoolean(3));
            if (rs.getObject(4) != null) {
                stays.get(k).add(Stay.ROW.mapRow(rs, 0));
            }
        });
        // a contract of the office and a decision for the group's service, and the days the decision allows
        List<PlanningQueries.ContractQuestion> questions = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            CheckIn c = batch.get(k);
            questions.add(new PlanningQueries.ContractQuestion(c.office().value(), c.personId(),
                    groupOf[k] == null ? ServiceType.TYPE_B : groupOf[k].kind().serviceType(), c.date()));
        }
        List<OptionalInt> allowed = planning.daysAllowedUnderContract(questions);
        List<Outcome> outcomes = new ArrayList<>(n);
        List<ServiceRecord> written = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            CheckIn c = batch.get(k);
            try {
                List<Stay> known = new ArrayList<>(stays.get(k));
                for (ServiceRecord w : written) { // this batch's records so far, as the read would have seen them
                    if (w.personId().equals(c.personId()) && !w.serviceDate().isBefore(c.date().withDayOfMonth(1))
                            && !w.serviceDate().isAfter(c.date())) {
                        known.add(new Stay(w.officeId(), w.serviceDate(), true, w.serviceType(), w.checkIn(), null));
                    }
                }
                ServiceRecord record = checkIn(c, groupOf[k], allowed.get(k), known);
                written.add(record);
                outcomes.add(new Outcome(record, null));
            } catch (Problem refused) {
                outcomes.add(new Outcome(null, refused));
            }
        }
        if (!written.isEmpty()) {
            // written before the audit records: appending to an office's audit trail holds its chain's lock until
            // commit, so the lock is taken last (every audited write of the office waits for it)
            jdbc.batchUpdate(INSERT_CHECK_IN, written.stream().map(r -> new Object[] {tenant(), r.id(), r.officeId(),
                    r.personId(), r.serviceDate(), r.serviceType().name(), r.status().name(), r.groupId(), r.areaId(),
                    r.contentId(), r.checkIn(), r.roundedStart(), r.rounding(), r.exceedsAmount(), r.lateMinutes(),
                    java.sql.Timestamp.from(r.recordedAt()), r.recordedBy()}).toList());
            List<AuditEvent> records = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                ServiceRecord r = outcomes.get(k).written();
                if (r != null) {
                    records.add(AuditEvent.of(AuditEvent.Action.CREATE, "service_record", r.id().toString())
                            .inOffice(new OfficeId(r.officeId())).about(r.personId()).by(batch.get(k).actor())
                            .withDetails("date=" + r.serviceDate() + " in=" + r.checkIn()
                                    + (r.exceedsAmount() ? " exceeds the decided amount" : "")));
                }
            }
            audit.recordAll(records);
        }
        return outcomes;
    }

    /** One check-in's rules, in the order a user meets them; its record (not yet written), or the rule's problem. */
    private ServiceRecord checkIn(CheckIn c, GroupOfDay group, OptionalInt allowed, List<Stay> stays) {
        if (group == null) {
            throw new Problem.Invalid("groupId", "workspace.unknown", c.groupId());
        }
        ServiceType type = group.kind().serviceType();
        if (allowed.isEmpty()) {
            throw notAdmitted(c.office(), c.personId(), type, c.date());
        }
        if (group.monthClosed()) {
            throw new Problem.Conflict("workspace.month.closed", YearMonth.from(c.date()));
        }
        if (c.areaId() != null) {
            config.requireAllowed(c.office(), group.kind(), c.areaId(), c.date(), c.time());
        }
        if (c.contentId() != null) {
            config.requireAllowed(c.office(), group.kind(), c.contentId(), c.date(), c.time());
        }
        // the person's records of the month so far: today's at this office is a conflict, today's elsewhere must not
        // overlap, and the days before count against the amount (WS-7)
        long before = 0;
        for (Stay other : stays) {
            if (!other.date().equals(c.date())) {
                before += other.present() && other.type() == type ? 1 : 0;
            } else if (other.office().equals(c.office().value())) {
                throw alreadyRecorded(other.present(), c.date(), other.checkIn());
            } else if (other.present() && (other.checkOut() == null || other.covers(c.time()))) {
                throw overlap("time", other.checkIn(), other.checkOut());
            }
        }
        boolean exceeds = before + 1 > allowed.getAsInt();
        WorkingHours hours = type == ServiceType.TYPE_A ? workingHours(c.office(), c.personId(), c.date()) : null;
        return ServiceRecord.checkIn(c.office().value(), c.personId(), c.date(), type, c.groupId(), c.areaId(), c.contentId(),
                c.time(), rounding(c.office(), c.date()), hours, exceeds, c.by(), clock.instant());
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
                                        recorded_at, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private record GroupOfDay(GroupKind kind, boolean monthClosed) { }

    /** Of another record of the person: where and when, for the conflicts and the days used. */
    private record Stay(UUID office, LocalDate date, boolean present, ServiceType type, LocalTime checkIn, LocalTime checkOut) {
        /** From the columns 4 to 9 of {@link #GROUPS_AND_STAYS}. */
        static final org.springframework.jdbc.core.RowMapper<Stay> ROW = (rs, i) -> new Stay(rs.getObject(4, UUID.class),
                rs.getObject(5, LocalDate.class), "PRESENT".equals(rs.getString(6)), ServiceType.valueOf(rs.getString(7)),
                rs.getObject(8, LocalTime.class), rs.getObject(9, LocalTime.class));

        boolean covers(LocalTime t) {
            return ServiceRecord.covers(present, checkIn, checkOut, t);
        }
    }

    @Transactional
    public ServiceRecord checkOut(OfficeId office, UUID personId, LocalDate date, LocalTime time, DayDetails details, String by) {
        ServiceRecord record = records.ofDay(office.value(), personId, date)
                .orElseThrow(() -> new Problem.Invalid("checkOut", "workspace.attendance.notIn", date));
        requireOpen(office, date);
        for (ServiceRecord other : records.ofPersonDay(personId, date)) {
            if (!other.id().equals(record.id()) && record.checkIn() != null && other.overlaps(record.checkIn(), time)) {
                throw overlap("time", other);
            }
        }
        record.checkOut(time, details, rounding(office, date), workingHours(office, personId, date), by, clock.instant());
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "service_record", record.id().toString()).inOffice(office)
                .about(personId).withDetails("date=" + date + " out=" + time + " minutes=" + record.minutes()));
        events.publishEvent(new AttendanceRecorded(TenantContext.require(), office, new PersonId(personId), date, record.serviceType(), group(record.groupId()),
                record.minutes()));
        return record;
    }

    /** An absence (欠席) with how the office learnt of it and the response it gave (欠席時対応). */
    @Transactional
    public ServiceRecord absence(OfficeId office, UUID personId, LocalDate date, UUID groupId, String contact, String response,
                                 String by) {
        WorkGroup group = admissible(office, personId, date, groupId);
        records.ofDay(office.value(), personId, date).ifPresent(r -> {
            throw alreadyRecorded(r);
        });
        ServiceRecord record = records.save(ServiceRecord.absence(office.value(), personId, date, group.kind().serviceType(), groupId,
                contact, response, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "service_record", record.id().toString()).inOffice(office)
                .about(personId).withDetails("date=" + date + " absent"));
        return record;
    }

    /**
     * A staff correction: the times as they should have been and the day's details, with a reason. In a closed
     * month only with {@code afterClose} (an explicit correction after close); the trigger that locks closed
     * months lets this one transaction through.
     */
    @Transactional
    public ServiceRecord correct(OfficeId office, UUID recordId, LocalTime in, LocalTime out, DayDetails details, String reason,
                                 boolean afterClose, String by) {
        ServiceRecord record = records.find(office.value(), recordId)
                .orElseThrow(() -> new Problem.NotFound("workspace.recordNotFound"));
        if (reason == null || reason.isBlank()) {
            throw new Problem.Invalid("reason", "workspace.correction.reasonRequired");
        }
        boolean closed = months.closed(office.value(), YearMonth.from(record.serviceDate()).atDay(1));
        if (closed && !afterClose) {
            throw new Problem.Conflict("workspace.month.closed", YearMonth.from(record.serviceDate()));
        }
        for (ServiceRecord other : records.ofPersonDay(record.personId(), record.serviceDate())) {
            if (!other.id().equals(record.id()) && other.overlaps(in, out)) {
                throw overlap("checkIn", other);
            }
        }
        Map<String, Object> before = record.snapshot();
        Integer minutesBefore = record.minutes();
        record.correct(in, out, details, rounding(office, record.serviceDate()),
                workingHours(office, record.personId(), record.serviceDate()), by, clock.instant());
        if (closed) {
            jdbc.queryForObject("select set_config('app.after_close', 'on', true)", String.class);
        }
        corrections.save(new ServiceRecordCorrection(record, reason, before, closed, by, clock.instant()));
        records.flush();
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "service_record", record.id().toString()).inOffice(office)
                .about(record.personId()).withDetails("correction" + (closed ? " after close" : "") + ": " + reason.strip()));
        events.publishEvent(new AttendanceCorrected(TenantContext.require(), office, new PersonId(record.personId()), record.serviceDate(),
                record.serviceType(), group(record.groupId()), minutesBefore, record.minutes(), reason.strip(), closed));
        return record;
    }

    /** The corrections of a record, oldest first. */
    @Transactional // writes its audit record
    public List<ServiceRecordCorrection> corrections(OfficeId office, UUID recordId) {
        ServiceRecord record = records.find(office.value(), recordId)
                .orElseThrow(() -> new Problem.NotFound("workspace.recordNotFound"));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "service_record_correction", recordId.toString()).inOffice(office)
                .about(record.personId()));
        return corrections.ofRecord(office.value(), recordId);
    }

    /** One record of the office (404 for a record of another office). */
    @Transactional(readOnly = true)
    public ServiceRecord record(OfficeId office, UUID recordId) {
        return records.find(office.value(), recordId).orElseThrow(() -> new Problem.NotFound("workspace.recordNotFound"));
    }

    /** The day's records of the office, by check-in (absences last). */
    @Transactional // writes its audit record
    public List<ServiceRecord> day(OfficeId office, LocalDate date) {
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "service_record", "day:" + date).inOffice(office));
        return records.ofOfficeDay(office.value(), date);
    }

    /** Sets the working hours (所定労働時間) of an employed A型 user from a date on. */
    @Transactional
    public WorkingHours setWorkingHours(OfficeId office, UUID personId, LocalDate from, LocalTime start, LocalTime end,
                                        int breakMinutes, String by) {
        PlanningQueries.ServedPerson person = planning.served(office.value(), personId, from)
                .orElseThrow(() -> new Problem.Invalid("personId", "workspace.attendance.notServed", from));
        if (!person.serviceTypes().contains(jp.tsunagu.kernel.ServiceType.TYPE_A)) {
            throw new Problem.Invalid("personId", "workspace.hours.employedOnly", person.serviceTypes());
        }
        hours.ofPerson(office.value(), personId).stream().filter(h -> h.effectiveFrom().equals(from)).findFirst()
                .ifPresent(h -> {
                    hours.delete(h);
                    hours.flush();
                });
        WorkingHours h = hours.save(new WorkingHours(office.value(), personId, jp.tsunagu.kernel.ServiceType.TYPE_A, from, start, end,
                breakMinutes, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "working_hours", h.id().toString()).inOffice(office).about(personId)
                .withDetails("from " + from + " " + start + "-" + end));
        return h;
    }

    @Transactional // writes its audit record
    public List<WorkingHours> workingHours(OfficeId office, UUID personId) {
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "working_hours", personId.toString()).inOffice(office).about(personId));
        return hours.ofPerson(office.value(), personId);
    }

    /** The group, when the person may be served in it that day; else the first rule broken, naming its field. */
    private WorkGroup admissible(OfficeId office, UUID personId, LocalDate date, UUID groupId) {
        WorkGroup group = group(office, date, groupId);
        if (!planning.hasValidContract(office.value(), personId, group.kind().serviceType(), date)) {
            throw notAdmitted(office, personId, group.kind().serviceType(), date);
        }
        requireOpen(office, date);
        return group;
    }

    /** The office's group, for a date that is not in the future. */
    private WorkGroup group(OfficeId office, LocalDate date, UUID groupId) {
        requirePast(date);
        return groups.find(office.value(), groupId).orElseThrow(() -> new Problem.Invalid("groupId", "workspace.unknown", groupId));
    }

    /** Why the person may not be served: not a person of the office that day, or no contract and decision for the service. */
    private Problem notAdmitted(OfficeId office, UUID personId, ServiceType type, LocalDate date) {
        return planning.served(office.value(), personId, date).isEmpty()
                ? new Problem.Invalid("personId", "workspace.attendance.notServed", date)
                : new Problem.Invalid("personId", "workspace.attendance.noContract", type, date);
    }

    private static Problem overlap(String field, ServiceRecord other) {
        return overlap(field, other.checkIn(), other.checkOut());
    }

    private static Problem overlap(String field, LocalTime checkIn, LocalTime checkOut) {
        return new Problem.Invalid(field, "workspace.attendance.overlap", checkIn, checkOut == null ? "—" : checkOut);
    }

    private static Problem alreadyRecorded(ServiceRecord r) {
        return alreadyRecorded(r.present(), r.serviceDate(), r.checkIn());
    }

    private static Problem alreadyRecorded(boolean present, LocalDate date, LocalTime checkIn) {
        return present ? new Problem.Conflict("workspace.attendance.alreadyIn", date, checkIn)
                : new Problem.Conflict("workspace.attendance.alreadyAbsent", date);
    }

    private void requirePast(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("date", "workspace.attendance.future");
        }
    }

    private void requireOpen(OfficeId office, LocalDate date) {
        if (months.closed(office.value(), YearMonth.from(date).atDay(1))) {
            throw new Problem.Conflict("workspace.month.closed", YearMonth.from(date));
        }
    }

    private WorkingHours workingHours(OfficeId office, UUID personId, LocalDate date) {
        return hours.on(office.value(), personId, date).orElse(null);
    }

    private AttendanceRounding rounding(OfficeId office, LocalDate date) {
        Map<String, ParameterValue> values = parameters.forOffice(office, List.of(START_ROUNDING, END_ROUNDING), date);
        return new AttendanceRounding(values.get(START_ROUNDING).value(), values.get(END_ROUNDING).value());
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }

    private static GroupId group(UUID id) {
        return id == null ? null : new GroupId(id);
    }
}
