package jp.tsunagu.workspace.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.workspace.internal.CapacityService;
import jp.tsunagu.workspace.internal.StaffingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staffing (常勤換算 against the ratio, WS-4) of a month, the office's staffing levels, and capacity over-use
 * (定員超過, WS-3) of a day. Figures only: no staff or user is named.
 */
@RestController
@RequiresModule("workspace")
@RequestMapping("/api/v1/offices/{officeId}/workspace")
class StaffingController {
    private final StaffingService staffing;
    private final CapacityService capacity;
    private final Clock clock;

    StaffingController(StaffingService staffing, CapacityService capacity, Clock clock) {
        this.staffing = staffing;
        this.capacity = capacity;
        this.clock = clock;
    }

    @GetMapping("/staffing")
    @PreAuthorize("hasAuthority('workspace:staffing.read')")
    StaffingService.Report staffing(@PathVariable OfficeId officeId, @RequestParam YearMonth month) {
        return staffing.staffing(officeId, month);
    }

    /** The staffing level per service in force on a date (today by default), the office's own or the default. */
    @GetMapping("/staffing/levels")
    @PreAuthorize("hasAuthority('workspace:staffing.read')")
    List<StaffingService.Level> levels(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate date) {
        return staffing.levels(officeId, date == null ? LocalDate.now(clock) : date);
    }

    /** The office's staffing level for a service from the first day of a month. */
    @PutMapping("/staffing/levels")
    @PreAuthorize("hasAuthority('workspace:staffing.manage')")
    StaffingService.Level setLevel(@PathVariable OfficeId officeId, @Valid @RequestBody NewLevel l, Principal user) {
        return staffing.setLevel(officeId, l.serviceType(), l.level().strip(), l.effectiveFrom(), user.getName());
    }

    @GetMapping("/capacity")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    CapacityService.Report capacity(@PathVariable OfficeId officeId, @RequestParam LocalDate date) {
        return capacity.capacity(officeId, date);
    }

    record NewLevel(@NotNull ServiceType serviceType, @NotBlank String level, @NotNull LocalDate effectiveFrom) {
    }
}
