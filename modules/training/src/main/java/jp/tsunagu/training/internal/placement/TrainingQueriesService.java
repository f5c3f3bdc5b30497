package jp.tsunagu.training.internal.placement;

import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.training.api.RetentionRate;
import jp.tsunagu.training.api.TrainingQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of training: the retention rate that sets 就労移行支援's base units (TR-2). */
@Service
class TrainingQueriesService implements TrainingQueries {
    private final PlacementService placements;

    TrainingQueriesService(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    @Transactional(readOnly = true)
    public RetentionRate transitionRetentionRate(OfficeId office, FiscalYear year) {
        return placements.rate(office, year);
    }
}
