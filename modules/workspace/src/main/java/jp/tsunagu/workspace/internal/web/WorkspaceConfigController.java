package jp.tsunagu.workspace.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.workspace.internal.WorkspaceConfigService;
import jp.tsunagu.workspace.internal.domain.GroupKind;
import jp.tsunagu.workspace.internal.domain.WorkAssignment;
import jp.tsunagu.workspace.internal.domain.WorkGroup;
import jp.tsunagu.workspace.internal.domain.WorkPlace;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An office's groups, work areas and contents, their time slots, and each group's own shift table. */
@RestController
@RequiresModule("workspace")
@RequestMapping("/api/v1/offices/{officeId}/workspace")
class WorkspaceConfigController {
    private final WorkspaceConfigService config;

    WorkspaceConfigController(WorkspaceConfigService config) {
        this.config = config;
    }

    @GetMapping("/groups")
    @PreAuthorize("hasAuthority('workspace:config.read')")
    List<GroupView> groups(@PathVariable OfficeId officeId) {
        return config.groups(officeId).stream().map(GroupView::of).toList();
    }

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    GroupView addGroup(@PathVariable OfficeId officeId, @Valid @RequestBody NewGroup g, Principal user) {
        return GroupView.of(config.addGroup(officeId, g.name().strip(), g.kind(), user.getName()));
    }

    @GetMapping("/places")
    @PreAuthorize("hasAuthority('workspace:config.read')")
    List<PlaceView> places(@PathVariable OfficeId officeId) {
        return config.places(officeId).stream().map(PlaceView::of).toList();
    }

    @PostMapping("/places")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    PlaceView addPlace(@PathVariable OfficeId officeId, @Valid @RequestBody NewPlace p, Principal user) {
        return PlaceView.of(config.addPlace(officeId, p.type(), p.name().strip(), p.location(), p.floorArea(),
                Boolean.TRUE.equals(p.offsite()), user.getName()));
    }

    @GetMapping("/assignments")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('workspace:config.read')")
    List<AssignmentView> assignments(@PathVariable OfficeId officeId) {
        return views(officeId, config.assignments(officeId));
    }

    @PostMapping("/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    AssignmentView assign(@PathVariable OfficeId officeId, @Valid @RequestBody NewAssignment a, Principal user) {
        OfficeId office = officeId;
        WorkAssignment made = config.assign(office, a.groupId(), a.placeId(), a.startsAt(), a.endsAt(), a.validFrom(), a.validTo(),
                user.getName());
        return views(office, List.of(made)).getFirst();
    }

    /** The group's shift table: its own slots only, a document apart from every other group's. */
    @GetMapping("/groups/{groupId}/shift-table")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('workspace:config.read')")
    ShiftTable shiftTable(@PathVariable OfficeId officeId, @PathVariable UUID groupId) {
        OfficeId office = officeId;
        List<WorkAssignment> slots = config.shiftTable(office, groupId); // 404 for a group not of this office
        WorkGroup group = config.groups(office).stream().filter(g -> g.id().equals(groupId)).findFirst().orElseThrow();
        return new ShiftTable(GroupView.of(group), views(office, slots));
    }

    private List<AssignmentView> views(OfficeId office, List<WorkAssignment> list) {
        Map<UUID, WorkGroup> groups = config.groups(office).stream().collect(Collectors.toMap(WorkGroup::id, g -> g));
        Map<UUID, WorkPlace> places = config.places(office).stream().collect(Collectors.toMap(WorkPlace::id, p -> p));
        return list.stream().map(a -> new AssignmentView(a.id(), a.groupId(), groups.get(a.groupId()).name(), a.placeId(),
                places.get(a.placeId()).name(), places.get(a.placeId()).type(), a.startsAt(), a.endsAt(), a.validFrom(), a.validTo()))
                .toList();
    }

    record NewGroup(@NotBlank @Size(max = 50) String name, @NotNull GroupKind kind) {
    }

    record NewPlace(@NotNull WorkPlace.Type type, @NotBlank @Size(max = 50) String name, @Size(max = 100) String location,
                    @DecimalMin(value = "0.01") @DecimalMax(value = "99999.99") BigDecimal floorArea, Boolean offsite) {
    }

    record NewAssignment(@NotNull UUID groupId, @NotNull UUID placeId, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt,
                         @NotNull LocalDate validFrom, LocalDate validTo) {
    }

    record GroupView(UUID id, String name, GroupKind kind) {
        static GroupView of(WorkGroup g) {
            return new GroupView(g.id(), g.name(), g.kind());
        }
    }

    record PlaceView(UUID id, WorkPlace.Type type, String name, String location, BigDecimal floorArea, boolean offsite) {
        static PlaceView of(WorkPlace p) {
            return new PlaceView(p.id(), p.type(), p.name(), p.location(), p.floorArea(), p.offsite());
        }
    }

    record AssignmentView(UUID id, UUID groupId, String groupName, UUID placeId, String placeName, WorkPlace.Type placeType,
                          LocalTime startsAt, LocalTime endsAt, LocalDate validFrom, LocalDate validTo) {
    }

    record ShiftTable(GroupView group, List<AssignmentView> slots) {
    }
}
