package jp.tsunagu.workspace.internal;

import jp.tsunagu.workspace.api.GroupId;
import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.workspace.events.AttendanceCorrected;
import jp.tsunagu.workspace.events.AttendanceRecorded;
import jp.tsunagu.workspace.internal.domain.CheckInRules;
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
 * The day's service records (サービス提供記録), through the entities. A check-in here is the entity path: it reads what
 * {@link CheckInRules} needs through the repositories and writes the record as an entity, in the caller's transaction
 * (the tablet's and the API's check-ins go through {@code checkin.CheckInService}, which writes them in batches in
 * SQL and comes here only inside a caller's transaction). Absences keep the response given. Staff corrections need a
 * reason, keep before and after, and in a closed month must be asked for explicitly. Lateness only for employed A型
 * users. Audited.
 */
@Service
public class AttendanceService {
    private final ServiceRecordRepository records;
    private final WorkGroupRepository groups;
    private final WorkingHoursRepository hours;
    private final CorrectionRepository corrections;
    private final AttendanceMonthRepository months;
    private final WorkspaceConfigService config;
    private final PlanningQueries planning;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AttendanceService(ServiceRecordRepository records, WorkGroupRepository groups, WorkingHoursRepository hours,
                      CorrectionRepository corrections, AttendanceMonthRepository months, WorkspaceConfigService config,
                      PlanningQueries planning, AuditTrail audit, ApplicationEventPublisher events, JdbcTemplate jdbc,
                      Clock clock) {
        this.records = records;
        this.groups = groups;
        this.hours = hours;
        this.corrections = corrections;
        this.months = months;
        this.config = config;
        this.planning = planning;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A check-in through the entities, in the caller's transaction (or one of its own): its record, or the rule it
     * breaks ({@link CheckInRules}). The record is flushed before its audit record is appended: the append holds the
     * office's audit chain until commit, so it comes last.
     */
    @Transactional
    public ServiceRecord checkIn(CheckInRules.Request request) {
        LocalDate today = LocalDate.now(clock);
        CheckInRules.refusedAtOnce(request, today).ifPresent(p -> {
            throw p;
        });
        OfficeId office = request.office();
        UUID person = request.personId();
        LocalDate date = request.date();
        GroupKind kind = groups.find(office.value(), request.groupId()).map(WorkGroup::kind).orElse(null);
        CheckInRules.Facts facts = new CheckInRules.Facts(kind, months.closed(office.value(), date.withDayOfMonth(1)),
                kind == null ? OptionalInt.empty()
                        : planning.daysAllowedUnderContract(office, new PersonId(person), kind.serviceType(), date),
                () -> planning.served(office, new PersonId(person), date).isPresent(),
                request.areaId() == null ? null : config.place(office, request.areaId()).orElse(null),
                request.contentId() == null ? null : config.place(office, request.contentId()).orElse(null),
                records.ofPersonMonth(person, date.withDayOfMonth(1), date).stream().map(CheckInRules.Stay::of).toList(),
                config.rounding(office, date), () -> workingHours(office, new PersonId(person), date));
        ServiceRecord record = records.saveAndFlush(CheckInRules.decide(request, facts, today, clock.instant()).record());
        audit.record(checkedIn(record));
        return record;
    }

    /** The audit record of a check-in (either path writes the same). */
    public static AuditEvent checkedIn(ServiceRecord r) {
        return AuditEvent.of(AuditEvent.Action.CREATE, "service_record", r.id().toString()).inOffice(new OfficeId(r.officeId()))
                .about(r.personId()).withDetails("date=" + r.serviceDate() + " in=" + r.checkIn()
                        + (r.exceedsAmount() ? " exceeds the decided amount" : ""));
    }

    @Transactional
    public ServiceRecord checkOut(OfficeId office, PersonId personId, LocalDate date, LocalTime time, DayDetails details, String by) {
        ServiceRecord record = records.ofDay(office.value(), personId.value(), date)
                .orElseThrow(() -> new Problem.Invalid("checkOut", "workspace.attendance.notIn", date));
        requireOpen(office, date);
        for (ServiceRecord other : records.ofPersonDay(personId.value(), date)) {
            if (!other.id().equals(record.id()) && record.checkIn() != null && other.overlaps(record.checkIn(), time)) {
                throw overlap("time", other);
            }
        }
        record.checkOut(time, details, config.rounding(office, date), workingHours(office, personId, date), by, clock.instant());
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "service_record", record.id().toString()).inOffice(office)
                .about(personId.value()).withDetails("date=" + date + " out=" + time + " minutes=" + record.minutes()));
        events.publishEvent(new AttendanceRecorded(TenantContext.require(), office, personId, date, record.serviceType(), group(record.groupId()),
                record.minutes()));
        return record;
    }

    /** An absence (欠席) with how the office learnt of it and the response it gave (欠席時対応). */
    @Transactional
    public ServiceRecord absence(OfficeId office, PersonId personId, LocalDate date, UUID groupId, String contact, String response,
                                 String by) {
        WorkGroup group = admissible(office, personId, date, groupId);
        records.ofDay(office.value(), personId.value(), date).ifPresent(r -> {
            throw alreadyRecorded(r);
        });
        ServiceRecord record = records.save(ServiceRecord.absence(office.value(), personId.value(), date, group.kind().serviceType(), groupId,
                contact, response, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "service_record", record.id().toString()).inOffice(office)
                .about(personId.value()).withDetails("date=" + date + " absent"));
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
        record.correct(in, out, details, config.rounding(office, record.serviceDate()),
                workingHours(office, new PersonId(record.personId()), record.serviceDate()), by, clock.instant());
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
    public WorkingHours setWorkingHours(OfficeId office, PersonId personId, LocalDate from, LocalTime start, LocalTime end,
                                        int breakMinutes, String by) {
        PlanningQueries.ServedPerson person = planning.served(office, personId, from)
                .orElseThrow(() -> new Problem.Invalid("personId", "workspace.attendance.notServed", from));
        if (!person.serviceTypes().contains(jp.tsunagu.kernel.ServiceType.TYPE_A)) {
            throw new Problem.Invalid("personId", "workspace.hours.employedOnly", person.serviceTypes());
        }
        hours.ofPerson(office.value(), personId.value()).stream().filter(h -> h.effectiveFrom().equals(from)).findFirst()
                .ifPresent(h -> {
                    hours.delete(h);
                    hours.flush();
                });
        WorkingHours h = hours.save(new WorkingHours(office.value(), personId.value(), jp.tsunagu.kernel.ServiceType.TYPE_A, from, start, end,
                breakMinutes, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "working_hours", h.id().toString()).inOffice(office).about(personId.value())
                .withDetails("from " + from + " " + start + "-" + end));
        return h;
    }

    @Transactional // writes its audit record
    public List<WorkingHours> workingHours(OfficeId office, PersonId personId) {
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "working_hours", personId.toString()).inOffice(office).about(personId.value()));
        return hours.ofPerson(office.value(), personId.value());
    }

    /** The group, when the person may be served in it that day; else the first rule broken, naming its field. */
    private WorkGroup admissible(OfficeId office, PersonId personId, LocalDate date, UUID groupId) {
        WorkGroup group = group(office, date, groupId);
        if (!planning.hasValidContract(office, personId, group.kind().serviceType(), date)) {
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
    private Problem notAdmitted(OfficeId office, PersonId personId, ServiceType type, LocalDate date) {
        return CheckInRules.notAdmitted(planning.served(office, personId, date).isPresent(), type, date);
    }

    private static Problem overlap(String field, ServiceRecord other) {
        return CheckInRules.overlap(field, other.checkIn(), other.checkOut());
    }

    private static Problem alreadyRecorded(ServiceRecord r) {
        return CheckInRules.alreadyRecorded(r.present(), r.serviceDate(), r.checkIn());
    }

    private void requirePast(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw CheckInRules.future();
        }
    }

    private void requireOpen(OfficeId office, LocalDate date) {
        if (months.closed(office.value(), YearMonth.from(date).atDay(1))) {
            throw new Problem.Conflict("workspace.month.closed", YearMonth.from(date));
        }
    }

    private WorkingHours workingHours(OfficeId office, PersonId personId, LocalDate date) {
        return hours.on(office.value(), personId.value(), date).orElse(null);
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }

    private static GroupId group(UUID id) {
        return id == null ? null : new GroupId(id);
    }
}
