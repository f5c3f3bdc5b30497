package jp.tsunagu.training.internal.placement;

import java.time.YearMonth;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.training.api.RetentionRate;
import jp.tsunagu.training.api.RetentionServiceRate;
import jp.tsunagu.training.api.TrainingQueries;
import jp.tsunagu.training.internal.retention.RetentionSupportService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TrainingQueries}, the module's one answer to other modules: 就労移行支援's retention rate (TR-2) from the
 * placements, 就労定着支援's billable months and rate (TR-3) from {@link RetentionSupportService}, and a completed
 * 就労選択支援 result (for the sharing module).
 */
@Service
class TrainingQueriesService implements TrainingQueries {
    private final PlacementService placements;
    private final RetentionSupportService supports;
    private final jp.tsunagu.training.internal.selection.SelectionResultReader results;

    TrainingQueriesService(PlacementService placements, RetentionSupportService supports,
                           jp.tsunagu.training.internal.selection.SelectionResultReader results) {
        this.placements = placements;
        this.supports = supports;
        this.results = results;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<jp.tsunagu.training.api.SelectionResult> selectionResult(OfficeId office, PersonId person,
                                                                                       java.time.LocalDate completedOn) {
        return results.result(office, person, completedOn);
    }

    @Override
    @Transactional(readOnly = true)
    public RetentionRate transitionRetentionRate(OfficeId office, FiscalYear year) {
        return placements.rate(office, year);
    }

    @Override
    @Transactional(readOnly = true)
    public int faceToFaceContacts(OfficeId office, PersonId person, YearMonth month) {
        return supports.faceToFaceContacts(office, person, month);
    }

    @Override
    @Transactional
    public RetentionServiceRate retentionServiceRate(OfficeId office, FiscalYear year) {
        return supports.rate(office, year);
    }
}
