package jp.tsunagu.training.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The result (評価及び整理) of a completed 就労選択支援 assessment as other modules may read it: the period, the days
 * completed and handed over, the summary, the strengths and the conditions that help, the facts and the predictions
 * (each with its evidence, kept apart), and whether the person consented to its going to the consultation office.
 */
public record SelectionResult(LocalDate startedOn, LocalDate completedOn, LocalDate handedOverOn, String summary, String strengths,
                              String conditions, List<Finding> facts, List<Finding> predictions, boolean shareWithConsultation) {
    public SelectionResult {
        facts = List.copyOf(facts);
        predictions = List.copyOf(predictions);
    }

    /** A statement and its evidence. */
    public record Finding(String statement, String evidence) {
    }
}
