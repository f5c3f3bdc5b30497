package jp.tsunagu.employment.internal.insurance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Insurance eligibility: the employer's size and full-time schedule, workers' requests, and the notifications to file. */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/employment")
class EmploymentInsuranceController {
    private final EmploymentInsuranceService insurance;

    EmploymentInsuranceController(EmploymentInsuranceService insurance) {
        this.insurance = insurance;
    }

    @GetMapping("/employer")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    EmploymentInsuranceService.EmployerTerms employer(@PathVariable OfficeId officeId) {
        return insurance.employer(officeId).orElseThrow(() -> new jp.tsunagu.kernel.Problem.NotFound("employment.insurance.noEmployer"));
    }

    @PutMapping("/employer")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    EmploymentInsuranceService.EmployerTerms saveEmployer(@PathVariable OfficeId officeId, @Valid @RequestBody EmployerRequest r, Principal user) {
        return insurance.saveEmployer(officeId, new EmploymentInsuranceService.EmployerTerms(r.employerSize(), r.fullTimeWeeklyHours() * 60,
                r.fullTimeDaysPerWeek()), user.getName());
    }

    /** A 特定減額特例対象者's own request to join (or leave) social insurance. */
    @PostMapping("/insurance/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    void request(@PathVariable OfficeId officeId, @Valid @RequestBody OptInRequest r, Principal user) {
        insurance.request(officeId, new PersonId(r.personId()), r.requestedOn(), r.joining(), user.getName());
    }

    /** The notifications to file, by the day they take effect. */
    @GetMapping("/insurance/tasks")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    List<TaskView> tasks(@PathVariable OfficeId officeId) {
        return insurance.tasks(officeId).stream().map(TaskView::of).toList();
    }

    /** 定時決定 of {@code year}: each insured user's remuneration from the pay of April to June, in force from September. */
    @PostMapping("/insurance/annual-determination/{year}")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    List<DeterminedView> determineAnnual(@PathVariable OfficeId officeId, @PathVariable int year, Principal user) {
        return insurance.determineAnnual(officeId, year, user.getName()).stream().map(DeterminedView::of).toList();
    }

    record DeterminedView(UUID personId, String name, String kana, long remuneration, String basis, boolean recorded) {
        static DeterminedView of(EmploymentInsuranceService.Determined d) {
            return new DeterminedView(d.person().value(), d.name(), d.kana(), d.remuneration().value(), d.basis(), d.recorded());
        }
    }

    /** 随時改定 from the month a changed fixed wage was first paid. */
    @PostMapping("/insurance/revisions")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    RevisionView revise(@PathVariable OfficeId officeId, @Valid @RequestBody RevisionRequest r, Principal user) {
        return RevisionView.of(insurance.revise(officeId, new PersonId(r.personId()), r.firstPaidMonth(), user.getName()));
    }

    record RevisionRequest(@NotNull UUID personId, @NotNull java.time.YearMonth firstPaidMonth) {
    }

    record RevisionView(UUID personId, long average, int currentGrade, int newGrade, java.time.YearMonth effective, boolean revised, String basis) {
        static RevisionView of(EmploymentInsuranceService.Revision r) {
            return new RevisionView(r.person().value(), r.average().value(), r.currentGrade(), r.newGrade(), r.effective(), r.revised(), r.basis());
        }
    }

    record EmployerRequest(@NotNull @Min(1) @Max(1_000_000) Integer employerSize, @NotNull @Min(1) @Max(60) Integer fullTimeWeeklyHours,
                           @NotNull @Min(1) @Max(7) Integer fullTimeDaysPerWeek) {
    }

    record OptInRequest(@NotNull UUID personId, @NotNull LocalDate requestedOn, @NotNull Boolean joining) {
    }

    record TaskView(UUID personId, String name, String kana, String notification, LocalDate effective, LocalDate due, String remark, boolean done) {
        static TaskView of(EmploymentInsuranceService.Task t) {
            return new TaskView(t.person().value(), t.name(), t.kana(), t.notification().name(), t.effective(), t.due(), t.remark(), t.done());
        }
    }
}
