package jp.tsunagu.workspace.internal.web;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.BoardService;
import jp.tsunagu.workspace.internal.checkin.CheckInService;
import jp.tsunagu.workspace.internal.domain.DayDetails;
import jp.tsunagu.workspace.internal.domain.Offsite;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Check-in, check-out, absences, corrections, the day's service records and board of an office. */
@RestController
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/workspace/attendance")
class AttendanceController {
    private final AttendanceService attendance;
    private final CheckInService checkIns;
    private final BoardService board;

    AttendanceController(AttendanceService attendance, CheckInService checkIns, BoardService board) {
        this.attendance = attendance;
        this.checkIns = checkIns;
        this.board = board;
    }

    @PostMapping("/check-in")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    RecordView checkIn(@PathVariable OfficeId officeId, @Valid @RequestBody CheckIn c, Principal user) {
        return RecordView.of(checkIns.checkIn(officeId, new PersonId(c.personId()), c.date(), c.time(), c.groupId(), c.areaId(),
                c.contentId(), user.getName()));
    }

    @PostMapping("/check-out")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    RecordView checkOut(@PathVariable OfficeId officeId, @Valid @RequestBody CheckOut c, Principal user) {
        return RecordView.of(attendance.checkOut(officeId, new PersonId(c.personId()), c.date(), c.time(), c.details(), user.getName()));
    }

    @PostMapping("/absence")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    RecordView absence(@PathVariable OfficeId officeId, @Valid @RequestBody Absence a, Principal user) {
        return RecordView.of(attendance.absence(officeId, new PersonId(a.personId()), a.date(), a.groupId(), a.contact(), a.response(),
                user.getName()));
    }

    /** A staff correction with its reason; in a closed month only with {@code afterClose: true}. */
    @PutMapping("/{recordId}")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    RecordView correct(@PathVariable OfficeId officeId, @PathVariable UUID recordId, @Valid @RequestBody Correction c, Principal user) {
        return RecordView.of(attendance.correct(officeId, recordId, c.checkIn(), c.checkOut(), c.details(), c.reason(),
                Boolean.TRUE.equals(c.afterClose()), user.getName()));
    }

    @GetMapping("/{recordId}/corrections")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    List<CorrectionView> corrections(@PathVariable OfficeId officeId, @PathVariable UUID recordId) {
        return attendance.corrections(officeId, recordId).stream()
                .map(c -> new CorrectionView(c.reason(), c.before(), c.after(), c.afterClose(), c.correctedAt(), c.correctedBy()))
                .toList();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    List<RecordView> day(@PathVariable OfficeId officeId, @RequestParam LocalDate date) {
        return attendance.day(officeId, date).stream().map(RecordView::of).toList();
    }

    /** The day's board per group: who is expected, in, out or absent, with the flags. */
    @GetMapping("/board")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    List<BoardGroupView> board(@PathVariable OfficeId officeId, @RequestParam LocalDate date) {
        return board.board(officeId, date).groups().stream().map(g -> new BoardGroupView(g.group().id(), g.group().name(),
                g.group().kind().name(), g.entries().stream().map(e -> new BoardEntryView(e.person().personId(), e.person().name(),
                        e.person().kana(), e.state().name(), e.record() == null ? null : RecordView.of(e.record()), e.uninsured()))
                        .toList())).toList();
    }

    record CheckIn(@NotNull UUID personId, @NotNull LocalDate date, @NotNull LocalTime time, @NotNull UUID groupId, UUID areaId,
                   UUID contentId) {
    }

    record CheckOut(@NotNull UUID personId, @NotNull LocalDate date, @NotNull LocalTime time, @Min(0) @Max(600) Integer breakMinutes,
                    Boolean transportTo, Boolean transportFrom, Boolean meal, Offsite offsite, @Size(max = 100) String offsitePlace) {
        DayDetails details() {
            return new DayDetails(breakMinutes == null ? 0 : breakMinutes, Boolean.TRUE.equals(transportTo),
                    Boolean.TRUE.equals(transportFrom), Boolean.TRUE.equals(meal), offsite, offsitePlace);
        }
    }

    record Absence(@NotNull UUID personId, @NotNull LocalDate date, @NotNull UUID groupId, @NotBlank @Size(max = 500) String contact,
                   @Size(max = 2000) String response) {
    }

    record Correction(@NotNull LocalTime checkIn, LocalTime checkOut, @Min(0) @Max(600) Integer breakMinutes, Boolean transportTo,
                      Boolean transportFrom, Boolean meal, Offsite offsite, @Size(max = 100) String offsitePlace,
                      @NotBlank @Size(max = 500) String reason, Boolean afterClose) {
        DayDetails details() {
            return new DayDetails(breakMinutes == null ? 0 : breakMinutes, Boolean.TRUE.equals(transportTo),
                    Boolean.TRUE.equals(transportFrom), Boolean.TRUE.equals(meal), offsite, offsitePlace);
        }
    }

    record CorrectionView(String reason, Map<String, Object> before, Map<String, Object> after, boolean afterClose, Instant correctedAt,
                          String correctedBy) {
    }

    record BoardGroupView(UUID groupId, String name, String kind, List<BoardEntryView> persons) {
    }

    record BoardEntryView(PersonId personId, String name, String kana, String state, RecordView record, boolean uninsured) {
    }

    record RecordView(UUID id, PersonId personId, LocalDate date, ServiceType serviceType, String status, UUID groupId, UUID areaId,
                      UUID contentId, LocalTime checkIn, LocalTime checkOut, LocalTime roundedStart, LocalTime roundedEnd,
                      int breakMinutes, Integer minutes, boolean transportTo, boolean transportFrom, boolean meal, Offsite offsite,
                      String offsitePlace, Integer lateMinutes, Integer earlyLeaveMinutes, String absenceContact,
                      String absenceResponse, boolean exceedsAmount, boolean corrected, String rounding) {
        static RecordView of(ServiceRecord r) {
            return new RecordView(r.id(), new PersonId(r.personId()), r.serviceDate(), r.serviceType(), r.status().name(), r.groupId(), r.areaId(),
                    r.contentId(), r.checkIn(), r.checkOut(), r.roundedStart(), r.roundedEnd(), r.breakMinutes(), r.minutes(),
                    r.transportTo(), r.transportFrom(), r.meal(), r.offsite(), r.offsitePlace(), r.lateMinutes(),
                    r.earlyLeaveMinutes(), r.absenceContact(), r.absenceResponse(), r.exceedsAmount(), r.corrected(), r.rounding());
        }
    }
}
