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
 * placements, and 就労定着支援's billable months and rate (TR-3) from {@link RetentionSupportService}.
 */
@Service
class TrainingQueriesService implements TrainingQueries {
    private final PlacementService placements;
    private final RetentionSupportService supports;

    TrainingQueriesService(PlacementService placements, RetentionSupportService supports) {
        this.placements = placements;
        this.supports = supports;
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
