package jp.tsunagu.training.internal.selection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.training.api.SelectionResult;
import org.springframework.stereotype.Component;

/** A completed assessment's result as {@code api.TrainingQueries} answers it (not audited: the reader audits its own use). */
@Component
public class SelectionResultReader {
    private final SelectionAssessmentRepository assessments;
    private final SelectionFindingRepository findings;

    SelectionResultReader(SelectionAssessmentRepository assessments, SelectionFindingRepository findings) {
        this.assessments = assessments;
        this.findings = findings;
    }

    public Optional<SelectionResult> result(OfficeId office, PersonId person, LocalDate completedOn) {
        return assessments.ofOffice(office.value()).stream()
                .filter(a -> a.personId().equals(person) && a.status() == SelectionAssessment.Status.COMPLETED
                        && completedOn.equals(a.completedOn()))
                .max(Comparator.comparing(SelectionAssessment::createdAt))
                .map(a -> {
                    List<SelectionFinding> all = findings.of(a.id());
                    return new SelectionResult(a.startedOn(), a.completedOn(), a.handedOverOn(), a.resultSummary(), a.strengths(),
                            a.helpfulConditions(), of(all, SelectionFinding.Kind.FACT), of(all, SelectionFinding.Kind.PREDICTION),
                            Boolean.TRUE.equals(a.shareWithConsultation()));
                });
    }

    private static List<SelectionResult.Finding> of(List<SelectionFinding> all, SelectionFinding.Kind kind) {
        return all.stream().filter(f -> f.kind() == kind).map(f -> new SelectionResult.Finding(f.statement(), f.evidence())).toList();
    }
}
