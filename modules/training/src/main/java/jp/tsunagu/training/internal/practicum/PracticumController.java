package jp.tsunagu.training.internal.practicum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's company directory (listed and added under any office with the module on) and workplace practicums:
 * the office's practicums, a start, one practicum with its notes, evaluations and monthly reviews, and each of those.
 */
@RestController
@RequiresModule("training")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/training")
class PracticumController {
    private final PracticumService practicums;

    PracticumController(PracticumService practicums) {
        this.practicums = practicums;
    }

    @GetMapping("/companies")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<PracticumService.Company> companies(@PathVariable OfficeId officeId) {
        return practicums.companies(officeId);
    }

    @PostMapping("/companies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    PracticumService.Company addCompany(@PathVariable OfficeId officeId, @Valid @RequestBody CompanyRequest r, Principal user) {
        return practicums.addCompany(officeId, r.company(), user.getName());
    }

    @GetMapping("/practicums")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<PracticumService.View> practicums(@PathVariable OfficeId officeId) {
        return practicums.practicums(officeId);
    }

    @PostMapping("/practicums")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    PracticumService.View start(@PathVariable OfficeId officeId, @Valid @RequestBody PracticumRequest r, Principal user) {
        return practicums.start(officeId, r.start(), user.getName());
    }

    @GetMapping("/practicums/{practicumId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    PracticumService.Detail practicum(@PathVariable OfficeId officeId, @PathVariable UUID practicumId) {
        return practicums.practicum(officeId, practicumId);
    }

    @PostMapping("/practicums/{practicumId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    PracticumService.Note addNote(@PathVariable OfficeId officeId, @PathVariable UUID practicumId, @Valid @RequestBody NoteRequest r,
                                  Principal user) {
        return practicums.addNote(officeId, practicumId, r.note(), user.getName());
    }

    @PostMapping("/practicums/{practicumId}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    PracticumService.Evaluation addEvaluation(@PathVariable OfficeId officeId, @PathVariable UUID practicumId,
                                              @Valid @RequestBody EvaluationRequest r, Principal user) {
        return practicums.addEvaluation(officeId, practicumId, r.evaluation(), user.getName());
    }

    @PostMapping("/practicums/{practicumId}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    PracticumService.Review addReview(@PathVariable OfficeId officeId, @PathVariable UUID practicumId, @Valid @RequestBody ReviewRequest r,
                                      Principal user) {
        return practicums.addReview(officeId, practicumId, r.month(), r.reviewedOn(), r.review(), r.nextSteps(), user.getName());
    }

    record CompanyRequest(@NotBlank @Size(max = 200) String name, @Size(max = 300) String address, @Size(max = 200) String contactPerson,
                          @Size(max = 50) String phone, @Size(max = 200) String industry, @Size(max = 1000) String note) {
        PracticumService.NewCompany company() {
            return new PracticumService.NewCompany(name, address, contactPerson, phone, industry, note);
        }
    }

    record PracticumRequest(@NotNull UUID personId, @NotNull UUID companyId, @NotNull LocalDate fromDate, @NotNull LocalDate toDate,
                            @NotBlank @Size(max = 1000) String tasks) {
        PracticumService.Start start() {
            return new PracticumService.Start(new PersonId(personId), companyId, fromDate, toDate, tasks);
        }
    }

    record NoteRequest(@NotNull LocalDate date, @NotNull Boolean staffPresent, @Size(max = 200) String companyContact,
                       @NotBlank @Size(max = 1000) String done, @Size(max = 2000) String observations) {
        PracticumService.NewNote note() {
            return new PracticumService.NewNote(date, staffPresent, companyContact, done, observations);
        }
    }

    record EvaluationRequest(@NotNull PracticumEvaluation.By by, @NotNull LocalDate date, @NotBlank @Size(max = 200) String evaluator,
                             @Min(1) @Max(5) Integer pace, @Size(max = 500) String paceNote, @Min(1) @Max(5) Integer accuracy,
                             @Size(max = 500) String accuracyNote, @Min(1) @Max(5) Integer attendance, @Size(max = 500) String attendanceNote,
                             @Min(1) @Max(5) Integer communication, @Size(max = 500) String communicationNote,
                             @NotBlank @Size(max = 2000) String overall) {
        PracticumService.NewEvaluation evaluation() {
            return new PracticumService.NewEvaluation(by, date, evaluator, new PracticumEvaluation.Aspect(pace, paceNote),
                    new PracticumEvaluation.Aspect(accuracy, accuracyNote), new PracticumEvaluation.Aspect(attendance, attendanceNote),
                    new PracticumEvaluation.Aspect(communication, communicationNote), overall);
        }
    }

    record ReviewRequest(@NotNull YearMonth month, @NotNull LocalDate reviewedOn, @NotBlank @Size(max = 2000) String review,
                         @Size(max = 1000) String nextSteps) {
    }
}
