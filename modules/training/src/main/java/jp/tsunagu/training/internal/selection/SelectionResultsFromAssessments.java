package jp.tsunagu.training.internal.selection;

import java.time.LocalDate;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.planning.api.SelectionResults;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers planning's question before a new A型 contract (TR-4), and the usage period's before a transition-support
 * extension: whether the person has a 就労選択支援 assessment completed by a day, at any office of the tenant.
 */
@Component
class SelectionResultsFromAssessments implements SelectionResults {
    private final SelectionAssessmentRepository assessments;

    SelectionResultsFromAssessments(SelectionAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasCompletedResult(PersonId person, LocalDate onOrBefore) {
        return assessments.completedBy(person.value(), onOrBefore);
    }
}
