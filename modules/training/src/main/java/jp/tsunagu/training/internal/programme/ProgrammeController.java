package jp.tsunagu.training.internal.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
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

/**
 * The programme: items, sessions of a month, a session with its roster and the attendance recorded, a person's
 * progress against the plan's goals.
 */
@RestController
@RequiresModule("training")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/training/programme")
class ProgrammeController {
    private final ProgrammeService programme;
    private final Clock clock;

    ProgrammeController(ProgrammeService programme, Clock clock) {
        this.programme = programme;
        this.clock = clock;
    }

    @GetMapping("/items")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<ProgrammeService.Item> items(@PathVariable OfficeId officeId) {
        return programme.items(officeId);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    ProgrammeService.Item addItem(@PathVariable OfficeId officeId, @Valid @RequestBody ItemRequest r, Principal user) {
        return programme.addItem(officeId, r.item(), user.getName());
    }

    /** The sessions of {@code month} (this month when not given). */
    @GetMapping("/sessions")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<ProgrammeService.Session> sessions(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month) {
        return programme.sessions(officeId, month == null ? YearMonth.now(clock) : month);
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    ProgrammeService.Session addSession(@PathVariable OfficeId officeId, @Valid @RequestBody SessionRequest r, Principal user) {
        return programme.addSession(officeId, r.session(), user.getName());
    }

    @GetMapping("/sessions/{sessionId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    ProgrammeService.SessionDetail session(@PathVariable OfficeId officeId, @PathVariable UUID sessionId) {
        return programme.session(officeId, sessionId);
    }

    @PostMapping("/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAuthority('training:support.write')")
    ProgrammeService.SessionDetail attendance(@PathVariable OfficeId officeId, @PathVariable UUID sessionId,
                                              @Valid @RequestBody AttendanceRequest r, Principal user) {
        return programme.recordAttendance(officeId, sessionId, r.entries().stream().map(EntryRequest::entry).toList(), user.getName());
    }

    @GetMapping("/persons/{personId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    ProgrammeService.PersonProgress progress(@PathVariable OfficeId officeId, @PathVariable UUID personId) {
        return programme.progress(officeId, new PersonId(personId));
    }

    @PostMapping("/persons/{personId}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    ProgrammeService.ProgressEntry recordProgress(@PathVariable OfficeId officeId, @PathVariable UUID personId,
                                                  @Valid @RequestBody ProgressRequest r, Principal user) {
        return programme.recordProgress(officeId, new PersonId(personId), r.progress(), user.getName());
    }

    record ItemRequest(@NotNull ProgrammeItem.Kind kind, @NotBlank @Size(max = 200) String title, @Size(max = 1000) String description) {
        ProgrammeService.NewItem item() {
            return new ProgrammeService.NewItem(kind, title, description);
        }
    }

    record SessionRequest(@NotNull UUID itemId, @NotNull LocalDate date, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt,
                          @NotBlank @Size(max = 200) String leader, @Size(max = 200) String place, @Size(max = 2000) String content) {
        ProgrammeService.NewSession session() {
            return new ProgrammeService.NewSession(itemId, date, startsAt, endsAt, leader, place, content);
        }
    }

    record EntryRequest(@NotNull UUID personId, @NotNull ProgrammeAttendance.Status status, @Size(max = 500) String note) {
        ProgrammeService.Entry entry() {
            return new ProgrammeService.Entry(new PersonId(personId), status, note);
        }
    }

    record AttendanceRequest(@NotEmpty List<@Valid @NotNull EntryRequest> entries) {
    }

    record ProgressRequest(@NotNull @Min(1) Integer goalNumber, @NotNull LocalDate recordedOn, @NotNull GoalProgress.Level level, UUID itemId,
                           @Size(max = 2000) String note) {
        ProgrammeService.NewProgress progress() {
            return new ProgrammeService.NewProgress(goalNumber, recordedOn, level, itemId, note);
        }
    }
}
