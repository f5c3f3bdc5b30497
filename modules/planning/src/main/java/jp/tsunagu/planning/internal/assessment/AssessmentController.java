package jp.tsunagu.planning.internal.assessment;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** アセスメント of a person: record and read; test results only for holders of the restricted privilege. */
@RestController
@RequiresModule("planning")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/persons/{personId}/assessments")
class AssessmentController {
    static final String RESTRICTED = "planning:assessment.restricted";
    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:plan.write')")
    AssessmentView record(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody AssessmentRequest r,
                          Authentication auth, Principal user) {
        boolean restricted = can(auth);
        if (r.testResults() != null && !r.testResults().isEmpty() && !restricted) {
            throw new Problem.Forbidden("planning.assessment.restricted");
        }
        Assessment a = assessments.record(officeId, personId, r.interviewedOn(), r.assessor(),
                Boolean.TRUE.equals(r.purposeExplained()), r.sheet() == null ? emptySheet() : r.sheet().domain(),
                r.testResults() == null ? List.of() : r.testResults().stream()
                        .map(t -> new Assessment.TestResult(t.test(), t.takenOn(), t.scores(), t.note())).toList(), user.getName());
        return AssessmentView.of(a, restricted);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('planning:plan.read')")
    List<AssessmentView> list(@PathVariable OfficeId officeId, @PathVariable PersonId personId, Authentication auth) {
        boolean restricted = can(auth);
        return assessments.list(officeId, personId, restricted).stream().map(a -> AssessmentView.of(a, restricted)).toList();
    }

    @GetMapping("/{assessmentId}")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    AssessmentView read(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID assessmentId, Authentication auth) {
        boolean restricted = can(auth);
        return AssessmentView.of(assessments.read(officeId, personId, assessmentId, restricted), restricted);
    }

    private static boolean can(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> RESTRICTED.equals(a.getAuthority()));
    }

    private static AssessmentSheet emptySheet() {
        return new AssessmentSheet(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    record AssessmentRequest(@NotNull LocalDate interviewedOn, @NotBlank @Size(max = 50) String assessor,
                             @NotNull Boolean purposeExplained, @Valid Sheet sheet, @Size(max = 10) List<@Valid Test> testResults) {
    }

    /** The sheet's fields, each at most 2,000 characters. */
    record Sheet(@Size(max = 2000) String health, @Size(max = 2000) String dailyLiving, @Size(max = 2000) String workSkills,
                 @Size(max = 2000) String motivation, @Size(max = 2000) String concentration,
                 @Size(max = 2000) String communication, @Size(max = 2000) String commuting,
                 @Size(max = 2000) String moneyManagement, @Size(max = 2000) String supportNetwork,
                 @Size(max = 2000) String personWishes, @Size(max = 2000) String familyWishes,
                 @Size(max = 2000) String vocationalEvaluation) {
        AssessmentSheet domain() {
            return new AssessmentSheet(health, dailyLiving, workSkills, motivation, concentration, communication, commuting,
                    moneyManagement, supportNetwork, personWishes, familyWishes, vocationalEvaluation);
        }
    }

    record Test(@NotBlank @Size(max = 50) String test, LocalDate takenOn, @Size(max = 1000) String scores, @Size(max = 1000) String note) {
    }

    record AssessmentView(UUID id, LocalDate interviewedOn, String assessor, boolean purposeExplained, AssessmentSheet sheet,
                          List<Assessment.TestResult> testResults, int testResultsHidden, Instant createdAt, String createdBy) {
        static AssessmentView of(Assessment a, boolean restricted) {
            List<Assessment.TestResult> results = a.restrictedResults();
            return new AssessmentView(a.id(), a.interviewedOn(), a.assessor(), a.purposeExplained(), a.sheet(),
                    restricted ? results : List.of(), restricted ? 0 : results.size(), a.createdAt(), a.createdBy());
        }
    }
}
