package jp.tsunagu.training.internal.practicum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
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

/** Job search: a person's ハローワーク registrations and applications with their steps; job development per company. */
@RestController
@RequiresModule("training")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/training")
class JobSearchController {
    private final JobSearchService search;

    JobSearchController(JobSearchService search) {
        this.search = search;
    }

    @GetMapping("/job-search/{personId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    JobSearchService.Search search(@PathVariable OfficeId officeId, @PathVariable UUID personId) {
        return search.search(officeId, new PersonId(personId));
    }

    @PostMapping("/job-search/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    JobSearchService.Registration register(@PathVariable OfficeId officeId, @Valid @RequestBody RegistrationRequest r, Principal user) {
        return search.register(officeId, new PersonId(r.personId()), r.registeredOn(), r.helloworkOffice(), r.registrationNumber(), user.getName());
    }

    @PostMapping("/job-search/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    JobSearchService.Application apply(@PathVariable OfficeId officeId, @Valid @RequestBody ApplicationRequest r, Principal user) {
        return search.apply(officeId, r.application(), user.getName());
    }

    @PostMapping("/job-search/applications/{applicationId}/steps")
    @PreAuthorize("hasAuthority('training:support.write')")
    JobSearchService.Application step(@PathVariable OfficeId officeId, @PathVariable UUID applicationId, @Valid @RequestBody StepRequest r,
                                      Principal user) {
        return search.step(officeId, applicationId, r.status(), r.date(), r.note(), r.outcome(), user.getName());
    }

    @GetMapping("/job-development")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<JobSearchService.Development> developments(@PathVariable OfficeId officeId) {
        return search.developments(officeId, null);
    }

    @GetMapping("/companies/{companyId}/job-development")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<JobSearchService.Development> developments(@PathVariable OfficeId officeId, @PathVariable UUID companyId) {
        return search.developments(officeId, companyId);
    }

    @PostMapping("/job-development")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    JobSearchService.Development develop(@PathVariable OfficeId officeId, @Valid @RequestBody DevelopmentRequest r, Principal user) {
        return search.develop(officeId, r.companyId(), r.date(), r.staff(), r.discussed(), r.outcome(), user.getName());
    }

    record RegistrationRequest(@NotNull UUID personId, @NotNull LocalDate registeredOn, @NotBlank @Size(max = 200) String helloworkOffice,
                               @NotBlank @Size(max = 50) String registrationNumber) {
    }

    record ApplicationRequest(@NotNull UUID personId, UUID companyId, @Size(max = 200) String companyName, @NotNull LocalDate appliedOn,
                              @NotBlank @Size(max = 200) String job, @Size(max = 1000) String note) {
        JobSearchService.NewApplication application() {
            return new JobSearchService.NewApplication(new PersonId(personId), companyId, companyName, appliedOn, job, note);
        }
    }

    record StepRequest(@NotNull JobApplication.Status status, @NotNull LocalDate date, @Size(max = 1000) String note,
                       @Size(max = 1000) String outcome) {
    }

    record DevelopmentRequest(@NotNull UUID companyId, @NotNull LocalDate date, @NotBlank @Size(max = 200) String staff,
                              @NotBlank @Size(max = 2000) String discussed, @Size(max = 1000) String outcome) {
    }
}
