package jp.tsunagu.workspace.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Check-in, check-out and the day's service records of an office. */
@RestController
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/workspace/attendance")
class AttendanceController {
    private final AttendanceService attendance;

    AttendanceController(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @PostMapping("/check-in")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    RecordView checkIn(@PathVariable UUID officeId, @Valid @RequestBody CheckIn c, Principal user) {
        return RecordView.of(attendance.checkIn(new OfficeId(officeId), c.personId(), c.date(), c.time(), c.groupId(), c.areaId(),
                c.contentId(), user.getName()));
    }

    @PostMapping("/check-out")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    RecordView checkOut(@PathVariable UUID officeId, @Valid @RequestBody CheckOut c, Principal user) {
        return RecordView.of(attendance.checkOut(new OfficeId(officeId), c.personId(), c.date(), c.time(),
                c.breakMinutes() == null ? 0 : c.breakMinutes(), Boolean.TRUE.equals(c.transportTo()),
                Boolean.TRUE.equals(c.transportFrom()), Boolean.TRUE.equals(c.meal()), user.getName()));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    List<RecordView> day(@PathVariable UUID officeId, @RequestParam LocalDate date) {
        return attendance.day(new OfficeId(officeId), date).stream().map(RecordView::of).toList();
    }

    record CheckIn(@NotNull UUID personId, @NotNull LocalDate date, @NotNull LocalTime time, @NotNull UUID groupId, UUID areaId,
                   UUID contentId) {
    }

    record CheckOut(@NotNull UUID personId, @NotNull LocalDate date, @NotNull LocalTime time, @Min(0) @Max(600) Integer breakMinutes,
                    Boolean transportTo, Boolean transportFrom, Boolean meal) {
    }

    record RecordView(UUID id, UUID personId, LocalDate date, ServiceType serviceType, UUID groupId, LocalTime checkIn,
                      LocalTime checkOut, LocalTime roundedStart, LocalTime roundedEnd, int breakMinutes, Integer minutes,
                      boolean transportTo, boolean transportFrom, boolean meal, boolean exceedsAmount, String rounding) {
        static RecordView of(ServiceRecord r) {
            return new RecordView(r.id(), r.personId(), r.serviceDate(), r.serviceType(), r.groupId(), r.checkIn(), r.checkOut(),
                    r.roundedStart(), r.roundedEnd(), r.breakMinutes(), r.minutes(), r.transportTo(), r.transportFrom(), r.meal(),
                    r.exceedsAmount(), r.rounding());
        }
    }
}
