package jp.tsunagu.workspace.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.rules.LocalParameters;
import jp.tsunagu.rules.ParameterValue;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.internal.domain.AttendanceRounding;
import jp.tsunagu.workspace.internal.domain.CheckInRules;
import jp.tsunagu.workspace.internal.domain.GroupKind;
import jp.tsunagu.workspace.internal.domain.WorkAssignment;
import jp.tsunagu.workspace.internal.domain.WorkGroup;
import jp.tsunagu.workspace.internal.domain.WorkPlace;
import jp.tsunagu.workspace.internal.persistence.WorkAssignmentRepository;
import jp.tsunagu.workspace.internal.persistence.WorkGroupRepository;
import jp.tsunagu.workspace.internal.persistence.WorkPlaceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's groups, work areas and contents, and which group holds which in a time slot. One area or content
 * is never held by two groups at once (WS-5); in a multi-function office that keeps employed A型 users apart
 * from non-employed A型 and B型 users. The office's rounding of attendance times (WS-6).
 */
@Service
public class WorkspaceConfigService {
    private static final String START_ROUNDING = "attendance-start-rounding";
    private static final String END_ROUNDING = "attendance-end-rounding";
    private final WorkGroupRepository groups;
    private final WorkPlaceRepository places;
    private final WorkAssignmentRepository assignments;
    private final Offices offices;
    private final LocalParameters parameters;
    private final Clock clock;

    WorkspaceConfigService(WorkGroupRepository groups, WorkPlaceRepository places, WorkAssignmentRepository assignments,
                           Offices offices, LocalParameters parameters, Clock clock) {
        this.groups = groups;
        this.places = places;
        this.assignments = assignments;
        this.offices = offices;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Transactional
    public WorkGroup addGroup(OfficeId office, String name, GroupKind kind, String by) {
        OfficeSummary o = offices.require(office);
        if (!o.offers(kind.serviceType())) {
            throw new Problem.Invalid("kind", "workspace.group.serviceNotOffered", kind.serviceType());
        }
        if (groups.nameTaken(office.value(), name)) {
            throw new Problem.Conflict("workspace.nameTaken", name);
        }
        return groups.save(new WorkGroup(office.value(), name, kind, by, clock.instant()));
    }

    @Transactional
    public WorkPlace addPlace(OfficeId office, WorkPlace.Type type, String name, String location, BigDecimal floorArea,
                              boolean offsite, String by) {
        if (places.nameTaken(office.value(), type, name)) {
            throw new Problem.Conflict("workspace.nameTaken", name);
        }
        return places.save(new WorkPlace(office.value(), type, name, location, floorArea, offsite, by, clock.instant()));
    }

    /** Gives a group an area or content for a daily slot; refused when another group holds it then (WS-5). */
    @Transactional
    public WorkAssignment assign(OfficeId office, UUID groupId, UUID placeId, LocalTime startsAt, LocalTime endsAt,
                                 LocalDate validFrom, LocalDate validTo, String by) {
        WorkGroup group = groups.find(office.value(), groupId)
                .orElseThrow(() -> new Problem.Invalid("groupId", "workspace.unknown", groupId));
        WorkPlace place = places.find(office.value(), placeId)
                .orElseThrow(() -> new Problem.Invalid("placeId", "workspace.unknown", placeId));
        if (!endsAt.isAfter(startsAt)) {
            throw new Problem.Invalid("endsAt", "workspace.slot.endBeforeStart");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new Problem.Invalid("validTo", "workspace.slot.endBeforeStart");
        }
        for (WorkAssignment other : assignments.ofPlace(placeId)) {
            if (!other.groupId().equals(groupId) && other.overlaps(startsAt, endsAt, validFrom, validTo)) {
                WorkGroup holder = groups.findById(other.groupId()).orElseThrow();
                throw new Problem.Conflict(holder.kind().mustBeSeparatedFrom(group.kind())
                        ? "workspace.separation" : "workspace.heldByOtherGroup",
                        place.name(), holder.name(), other.startsAt(), other.endsAt());
            }
        }
        return assignments.save(new WorkAssignment(office.value(), groupId, placeId, startsAt, endsAt, validFrom, validTo, by,
                clock.instant()));
    }

    /**
     * A work area or content of the office as the check-in's separation rule sees it (WS-5, {@link CheckInRules}): its
     * name and every group's slot on it; empty when the office has no such place.
     */
    @Transactional(readOnly = true)
    public Optional<CheckInRules.Place> place(OfficeId office, UUID placeId) {
        return places.find(office.value(), placeId).map(place -> {
            List<WorkAssignment> slots = assignments.ofPlace(placeId);
            Map<UUID, WorkGroup> holders = groups.findAllById(slots.stream().map(WorkAssignment::groupId).distinct().toList())
                    .stream().collect(Collectors.toMap(WorkGroup::id, g -> g));
            return new CheckInRules.Place(place.name(), slots.stream().map(a -> new CheckInRules.Holder(a,
                    holders.get(a.groupId()).name(), holders.get(a.groupId()).kind())).toList());
        });
    }

    /** The office's rounding of attendance times on a date (its local parameters, WS-6). */
    public AttendanceRounding rounding(OfficeId office, LocalDate date) {
        Map<String, ParameterValue> values = parameters.forOffice(office, List.of(START_ROUNDING, END_ROUNDING), date);
        return new AttendanceRounding(values.get(START_ROUNDING).value(), values.get(END_ROUNDING).value());
    }

    @Transactional(readOnly = true)
    public List<WorkGroup> groups(OfficeId office) {
        return groups.ofOffice(office.value());
    }

    @Transactional(readOnly = true)
    public List<WorkPlace> places(OfficeId office) {
        return places.ofOffice(office.value());
    }

    @Transactional(readOnly = true)
    public List<WorkAssignment> assignments(OfficeId office) {
        return assignments.ofOffice(office.value());
    }

    /** The group's own shift table: only its slots (each group's table is a separate document, WS-5). */
    @Transactional(readOnly = true)
    public List<WorkAssignment> shiftTable(OfficeId office, UUID groupId) {
        groups.find(office.value(), groupId).orElseThrow(() -> new Problem.NotFound("workspace.groupNotFound"));
        return assignments.ofOffice(office.value()).stream().filter(a -> a.groupId().equals(groupId)).toList();
    }
}
