package jp.tsunagu.training.api;

import java.time.YearMonth;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;

/** What other modules (claims) may ask of the training module. Call inside a transaction of the current tenant. */
public interface TrainingQueries {

    /**
     * 就労移行支援's retention rate and the base units it sets for the reward year {@code year} (TR-2): (persons whose
     * 6-month day fell in {@code year - 1} + those in {@code year - 2}, each still employed on it) ÷ (the capacities of
     * those two years). An office that does not offer 就労移行支援 is a {@code Problem.Invalid}.
     */
    RetentionRate transitionRetentionRate(OfficeId office, FiscalYear year);

    /** The same for the fiscal year {@code serviceMonth} falls in (a claim's service month). */
    default RetentionRate transitionRetentionRate(OfficeId office, YearMonth serviceMonth) {
        return transitionRetentionRate(office, FiscalYear.of(serviceMonth));
    }
}
