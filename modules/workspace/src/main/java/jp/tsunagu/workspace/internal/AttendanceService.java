package jp.tsunagu.workspace.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.rules.LocalParameters;
import jp.tsunagu.workspace.internal.domain.AttendanceRounding;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import jp.tsunagu.workspace.internal.domain.WorkGroup;
import jp.tsunagu.workspace.internal.persistence.ServiceRecordRepository;
import jp.tsunagu.workspace.internal.persistence.WorkGroupRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in and check-out (サービス提供記録): only with a valid contract and benefit decision for the group's
 * service, never into a place a separated group holds (WS-5); times rounded by the office's own parameters
 * (WS-6); a day beyond the decision's amount for the month is recorded and flagged (WS-7). Audited.
 */
@Service
public class AttendanceService {
    private final ServiceRecordRepository records;
    private final WorkGroupRepository groups;
    private final WorkspaceConfigService config;
    private final PlanningQueries planning;
    private final LocalParameters parameters;
    private final AuditTrail audit;
    private final Clock clock;

    AttendanceService(ServiceRecordRepository records, WorkGroupRepository groups, WorkspaceConfigService config,
                      PlanningQueries planning, LocalParameters parameters, AuditTrail audit, Clock clock) {
        this.records = records;
        this.groups = groups;
        this.config = config;
        this.planning = planning;
        this.parameters = parameters;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ServiceRecord checkIn(OfficeId office, UUID personId, LocalDate date, LocalTime time, UUID groupId, UUID areaId,
                                 UUID contentId, String by) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("date", "workspace.attendance.future");
        }
        WorkGroup group = groups.find(office.value(), groupId)
                .orElseThrow(() -> new Problem.Invalid("groupId", "workspace.unknown", groupId));
        if (!planning.hasValidContract(office.value(), personId, group.kind().serviceType(), date)) {
            throw new Problem.Invalid("personId", "workspace.attendance.noContract", group.kind().serviceType(), date);
        }
        if (areaId != null) {
            config.requireAllowed(office, group.kind(), areaId, date, time);
        }
        if (contentId != null) {
            config.requireAllowed(office, group.kind(), contentId, date, time);
        }
        records.ofDay(office.value(), personId, date).ifPresent(r -> {
            throw new Problem.Conflict("workspace.attendance.alreadyIn", date, r.checkIn());
        });
        OptionalInt allowed = planning.daysAllowed(personId, group.kind().serviceType(), date);
        long before = records.daysBefore(personId, group.kind().serviceType(), date.withDayOfMonth(1), date);
        boolean exceeds = allowed.isPresent() && before + 1 > allowed.getAsInt();
        ServiceRecord record = records.save(new ServiceRecord(office.value(), personId, date, group.kind().serviceType(), groupId,
                areaId, contentId, time, rounding(office, date), exceeds, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "service_record", record.id().toString()).inOffice(office)
                .about(personId).withDetails("date=" + date + " in=" + time + (exceeds ? " exceeds the decided amount" : "")));
        return record;
    }

    @Transactional
    public ServiceRecord checkOut(OfficeId office, UUID personId, LocalDate date, LocalTime time, int breakMinutes,
                                  boolean transportTo, boolean transportFrom, boolean meal, String by) {
        ServiceRecord record = records.ofDay(office.value(), personId, date)
                .orElseThrow(() -> new Problem.Invalid("checkOut", "workspace.attendance.notIn", date));
        record.checkOut(time, breakMinutes, transportTo, transportFrom, meal, rounding(office, date), by, clock.instant());
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "service_record", record.id().toString()).inOffice(office)
                .about(personId).withDetails("date=" + date + " out=" + time + " minutes=" + record.minutes()));
        return record;
    }

    /** The day's records of the office, by check-in. */
    @Transactional // writes its audit record
    public List<ServiceRecord> day(OfficeId office, LocalDate date) {
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "service_record", "day:" + date).inOffice(office));
        return records.ofOfficeDay(office.value(), date);
    }

    private AttendanceRounding rounding(OfficeId office, LocalDate date) {
        return new AttendanceRounding(parameters.forOffice(office, "attendance-start-rounding", date).value(),
                parameters.forOffice(office, "attendance-end-rounding", date).value());
    }
}
