package jp.tsunagu.workspace.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.internal.domain.StaffAssignment;
import jp.tsunagu.workspace.internal.domain.StaffMember;
import jp.tsunagu.workspace.internal.domain.StaffRole;
import jp.tsunagu.workspace.internal.persistence.StaffAssignmentRepository;
import jp.tsunagu.workspace.internal.persistence.StaffMemberRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's staff (職員) and their assignments: role, service, scheduled hours a week, validity. Staff names are
 * personal data: every read and write is audited in its transaction. A staff member with assignments is not
 * deleted (their hours make past months' full-time equivalents); an assignment that ends gets its end date.
 */
@Service
public class StaffService {
    private final StaffMemberRepository members;
    private final StaffAssignmentRepository assignments;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    StaffService(StaffMemberRepository members, StaffAssignmentRepository assignments, Offices offices, AuditTrail audit, Clock clock) {
        this.members = members;
        this.assignments = assignments;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A staff member with their assignments. */
    public record Staff(StaffMember member, List<StaffAssignment> assignments) {
    }

    @Transactional // writes its audit record
    public List<Staff> list(OfficeId office) {
        office(office);
        List<StaffAssignment> all = assignments.ofOffice(office.value());
        List<Staff> staff = members.ofOffice(office.value()).stream()
                .map(m -> new Staff(m, all.stream().filter(a -> a.staffId().equals(m.id())).toList())).toList();
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "staff_list", office.value().toString()).inOffice(office)
                .withDetails("results=" + staff.size()));
        return staff;
    }

    @Transactional // writes its audit record
    public Staff read(OfficeId office, UUID staffId) {
        StaffMember m = member(office, staffId);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "staff_member", staffId.toString()).inOffice(office));
        return new Staff(m, assignments.ofStaff(office.value(), staffId));
    }

    @Transactional
    public Staff add(OfficeId office, String name, String kana, String by) {
        office(office);
        StaffMember m = members.save(new StaffMember(office.value(), name, kana, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "staff_member", m.id().toString()).inOffice(office));
        return new Staff(m, List.of());
    }

    @Transactional
    public Staff change(OfficeId office, UUID staffId, String name, String kana, String by) {
        StaffMember m = member(office, staffId);
        m.change(name, kana, by, clock.instant());
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "staff_member", staffId.toString()).inOffice(office));
        return new Staff(m, assignments.ofStaff(office.value(), staffId));
    }

    /** Deletes a staff member entered in error; one with assignments is refused (409). */
    @Transactional
    public void remove(OfficeId office, UUID staffId) {
        StaffMember m = member(office, staffId);
        if (!assignments.ofStaff(office.value(), staffId).isEmpty()) {
            throw new Problem.Conflict("workspace.staff.hasAssignments");
        }
        members.delete(m);
        audit.record(AuditEvent.of(AuditEvent.Action.DELETE, "staff_member", staffId.toString()).inOffice(office));
    }

    @Transactional
    public StaffAssignment assign(OfficeId office, UUID staffId, StaffRole role, ServiceType serviceType, BigDecimal hoursPerWeek,
                                  LocalDate validFrom, LocalDate validTo, String by) {
        member(office, staffId);
        requireOffered(office, serviceType);
        StaffAssignment a = assignments.save(new StaffAssignment(office.value(), staffId, role, serviceType, hoursPerWeek, validFrom,
                validTo, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "staff_assignment", a.id().toString()).inOffice(office)
                .withDetails(details(staffId, a)));
        return a;
    }

    @Transactional
    public StaffAssignment changeAssignment(OfficeId office, UUID staffId, UUID assignmentId, StaffRole role, ServiceType serviceType,
                                            BigDecimal hoursPerWeek, LocalDate validFrom, LocalDate validTo) {
        StaffAssignment a = assignment(office, staffId, assignmentId);
        requireOffered(office, serviceType);
        a.change(role, serviceType, hoursPerWeek, validFrom, validTo);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "staff_assignment", assignmentId.toString()).inOffice(office)
                .withDetails(details(staffId, a)));
        return a;
    }

    /** Deletes an assignment entered in error (work that ends gets an end date instead). */
    @Transactional
    public void removeAssignment(OfficeId office, UUID staffId, UUID assignmentId) {
        StaffAssignment a = assignment(office, staffId, assignmentId);
        assignments.delete(a);
        audit.record(AuditEvent.of(AuditEvent.Action.DELETE, "staff_assignment", assignmentId.toString()).inOffice(office)
                .withDetails(details(staffId, a)));
    }

    private OfficeSummary office(OfficeId office) {
        return offices.require(office);
    }

    private StaffMember member(OfficeId office, UUID staffId) {
        return members.find(office.value(), staffId).orElseThrow(() -> new Problem.NotFound("workspace.staff.notFound"));
    }

    private StaffAssignment assignment(OfficeId office, UUID staffId, UUID assignmentId) {
        member(office, staffId);
        return assignments.find(office.value(), staffId, assignmentId)
                .orElseThrow(() -> new Problem.NotFound("workspace.staff.assignmentNotFound"));
    }

    private void requireOffered(OfficeId office, ServiceType serviceType) {
        if (!office(office).offers(serviceType)) {
            throw new Problem.Invalid("serviceType", "workspace.staff.serviceNotOffered", serviceType);
        }
    }

    private static String details(UUID staffId, StaffAssignment a) {
        return "staff=" + staffId + " role=" + a.role() + " service=" + a.serviceType() + " hours=" + a.hoursPerWeek().toPlainString()
                + " from=" + a.validFrom() + (a.validTo() == null ? "" : " to=" + a.validTo());
    }
}
