package jp.tsunagu.workspace.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.workspace.internal.StaffService;
import jp.tsunagu.workspace.internal.domain.StaffAssignment;
import jp.tsunagu.workspace.internal.domain.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The office's staff (職員) and their assignments (role, service, hours a week, validity). Staff names are personal data. */
@RestController
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/workspace/staff")
class StaffController {
    private final StaffService staff;

    StaffController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workspace:staffing.read')")
    List<StaffView> list(@PathVariable OfficeId officeId) {
        return staff.list(officeId).stream().map(StaffView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:staffing.manage')")
    StaffView add(@PathVariable OfficeId officeId, @Valid @RequestBody StaffDetails d, Principal user) {
        return StaffView.of(staff.add(officeId, d.name(), d.kana(), user.getName()));
    }

    @GetMapping("/{staffId}")
    @PreAuthorize("hasAuthority('workspace:staffing.read')")
    StaffView read(@PathVariable OfficeId officeId, @PathVariable UUID staffId) {
        return StaffView.of(staff.read(officeId, staffId));
    }

    @PutMapping("/{staffId}")
    @PreAuthorize("hasAuthority('workspace:staffing.manage')")
    StaffView change(@PathVariable OfficeId officeId, @PathVariable UUID staffId, @Valid @RequestBody StaffDetails d, Principal user) {
        return StaffView.of(staff.change(officeId, staffId, d.name(), d.kana(), user.getName()));
    }

    /** Deletes a staff member entered in error; one with assignments is refused (end the assignments instead). */
    @DeleteMapping("/{staffId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('workspace:staffing.manage')")
    void remove(@PathVariable OfficeId officeId, @PathVariable UUID staffId) {
        staff.remove(officeId, staffId);
    }

    @PostMapping("/{staffId}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:staffing.manage')")
    AssignmentView assign(@PathVariable OfficeId officeId, @PathVariable UUID staffId, @Valid @RequestBody AssignmentDetails a,
                          Principal user) {
        return AssignmentView.of(staff.assign(officeId, staffId, a.role(), a.serviceType(), a.hoursPerWeek(), a.validFrom(),
                a.validTo(), user.getName()));
    }

    @PutMapping("/{staffId}/assignments/{assignmentId}")
    @PreAuthorize("hasAuthority('workspace:staffing.manage')")
    AssignmentView changeAssignment(@PathVariable OfficeId officeId, @PathVariable UUID staffId, @PathVariable UUID assignmentId,
                                    @Valid @RequestBody AssignmentDetails a) {
        return AssignmentView.of(staff.changeAssignment(officeId, staffId, assignmentId, a.role(), a.serviceType(),
                a.hoursPerWeek(), a.validFrom(), a.validTo()));
    }

    /** Deletes an assignment entered in error; work that ends gets its {@code validTo} instead. */
    @DeleteMapping("/{staffId}/assignments/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('workspace:staffing.manage')")
    void removeAssignment(@PathVariable OfficeId officeId, @PathVariable UUID staffId, @PathVariable UUID assignmentId) {
        staff.removeAssignment(officeId, staffId, assignmentId);
    }

    record StaffDetails(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 50) String kana) {
    }

    record AssignmentDetails(@NotNull StaffRole role, @NotNull ServiceType serviceType, @NotNull BigDecimal hoursPerWeek,
                             @NotNull LocalDate validFrom, LocalDate validTo) {
    }

    record StaffView(UUID id, String name, String kana, List<AssignmentView> assignments) {
        static StaffView of(StaffService.Staff s) {
            return new StaffView(s.member().id(), s.member().name(), s.member().kana(),
                    s.assignments().stream().map(AssignmentView::of).toList());
        }
    }

    record AssignmentView(UUID id, UUID staffId, StaffRole role, ServiceType serviceType, BigDecimal hoursPerWeek, LocalDate validFrom,
                          LocalDate validTo) {
        static AssignmentView of(StaffAssignment a) {
            return new AssignmentView(a.id(), a.staffId(), a.role(), a.serviceType(), a.hoursPerWeek(), a.validFrom(), a.validTo());
        }
    }
}
