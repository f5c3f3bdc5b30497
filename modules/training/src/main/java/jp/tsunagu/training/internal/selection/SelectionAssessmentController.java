package jp.tsunagu.training.internal.selection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 就労選択支援's assessments: list, start, one with its record, observations, findings (facts and predictions), the
 * strengths and conditions, the case meeting, the completion, and the result sheet (評価及び整理) as a PDF.
 */
@RestController
@RequiresModule("training")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/training/assessments")
class SelectionAssessmentController {
    private final SelectionAssessmentService assessments;

    SelectionAssessmentController(SelectionAssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('training:support.read')")
    List<SelectionAssessmentService.Assessment> list(@PathVariable OfficeId officeId) {
        return assessments.list(officeId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    SelectionAssessmentService.Assessment start(@PathVariable OfficeId officeId, @Valid @RequestBody StartRequest r, Principal user) {
        return assessments.start(officeId, new PersonId(r.personId()), r.startedOn(), r.periodEnd(), user.getName());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('training:support.read')")
    SelectionAssessmentService.Assessment get(@PathVariable OfficeId officeId, @PathVariable UUID id) {
        return assessments.get(officeId, id);
    }

    @PostMapping("/{id}/observations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    SelectionAssessmentService.Assessment observe(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @RequestBody ObservationRequest r,
                                                  Principal user) {
        return assessments.observe(officeId, id, r.observedOn(), r.task(), r.seen(), r.evidence(), user.getName());
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    SelectionAssessmentService.Assessment find(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @RequestBody FindingRequest r,
                                               Principal user) {
        return assessments.find(officeId, id, r.kind(), r.statement(), r.evidence(), user.getName());
    }

    @PutMapping("/{id}/strengths")
    @PreAuthorize("hasAuthority('training:support.write')")
    SelectionAssessmentService.Assessment describe(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @RequestBody StrengthsRequest r,
                                                   Principal user) {
        return assessments.describe(officeId, id, r.strengths(), r.conditions(), user.getName());
    }

    @PutMapping("/{id}/meeting")
    @PreAuthorize("hasAuthority('training:support.write')")
    SelectionAssessmentService.Assessment meeting(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @RequestBody MeetingRequest r,
                                                  Principal user) {
        return assessments.meeting(officeId, id, r.meetingOn(), r.participants(), r.summary(), user.getName());
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAuthority('training:support.write')")
    SelectionAssessmentService.Assessment complete(@PathVariable OfficeId officeId, @PathVariable UUID id, @Valid @RequestBody CompleteRequest r,
                                                   Principal user) {
        return assessments.complete(officeId, id, r.completedOn(), r.handedOverOn(), r.resultSummary(), r.shareWithConsultation(),
                user.getName());
    }

    @GetMapping("/{id}/result.pdf")
    @PreAuthorize("hasAuthority('training:support.read')")
    ResponseEntity<byte[]> result(@PathVariable OfficeId officeId, @PathVariable UUID id, Locale locale) {
        SelectionAssessmentService.Download d = assessments.resultSheet(officeId, id, locale);
        return Downloads.pdf(d.content(), d.filename());
    }

    record StartRequest(@NotNull UUID personId, @NotNull LocalDate startedOn, @NotNull LocalDate periodEnd) {
    }

    record ObservationRequest(@NotNull LocalDate observedOn, @NotBlank @Size(max = 200) String task, @NotBlank @Size(max = 2000) String seen,
                              @NotBlank @Size(max = 1000) String evidence) {
    }

    record FindingRequest(@NotNull SelectionFinding.Kind kind, @NotBlank @Size(max = 2000) String statement, @Size(max = 1000) String evidence) {
    }

    record StrengthsRequest(@Size(max = 2000) String strengths, @Size(max = 2000) String conditions) {
    }

    record MeetingRequest(@NotNull LocalDate meetingOn, @NotBlank @Size(max = 1000) String participants, @Size(max = 2000) String summary) {
    }

    record CompleteRequest(@NotNull LocalDate completedOn, LocalDate handedOverOn, @NotBlank @Size(max = 2000) String resultSummary,
                           @NotNull Boolean shareWithConsultation) {
    }
}
