package jp.tsunagu.planning.internal.web;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.ServiceEndService;
import jp.tsunagu.planning.internal.domain.ServiceEnd;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 利用終了 of a person at an office, and its checklist of tasks. */
@RestController
@RequiresModule("planning")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/persons/{personId}/ends")
class ServiceEndController {
    private final ServiceEndService ends;

    ServiceEndController(ServiceEndService ends) {
        this.ends = ends;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    EndView end(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody EndRequest r, Principal user) {
        return EndView.of(ends.end(officeId, personId, r.endedOn(), r.reason(), r.note(), user.getName()));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('planning:person.read')")
    List<EndView> list(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return ends.ofPerson(officeId, personId).stream().map(EndView::of).toList();
    }

    @PostMapping("/{endId}/tasks/{taskId}/done")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    EndView done(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID endId, @PathVariable UUID taskId,
                 @Valid @RequestBody TaskDone r, Principal user) {
        return EndView.of(ends.taskDone(officeId, personId, endId, taskId, r.doneOn(), user.getName()));
    }

    record EndRequest(@NotNull LocalDate endedOn, @NotNull ServiceEnd.Reason reason, @Size(max = 2000) String note) {
    }

    record TaskDone(@NotNull LocalDate doneOn) {
    }

    record TaskView(UUID id, ServiceEnd.TaskKind kind, boolean done, LocalDate doneOn, String doneBy) {
    }

    record EndView(UUID id, LocalDate endedOn, ServiceEnd.Reason reason, String note, String recordedBy, List<TaskView> tasks) {
        static EndView of(ServiceEnd e) {
            return new EndView(e.id(), e.endedOn(), e.reason(), e.note(), e.recordedBy(), e.tasks().stream()
                    .map(t -> new TaskView(t.id(), t.kind(), t.doneOn() != null, t.doneOn(), t.doneBy())).toList());
        }
    }
}
