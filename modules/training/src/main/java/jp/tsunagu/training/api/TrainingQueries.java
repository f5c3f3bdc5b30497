package jp.tsunagu.training.api;

import java.time.YearMonth;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;

/**
 * What other modules (claims, sharing) may ask of the training module: 就労移行支援's retention rate, and for
 * 就労定着支援 whether a person's month is billable (a face-to-face contact in it) and the service's retention rate with
 * the units a month it sets. Call inside a transaction of the current tenant.
 */
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

    /** The face-to-face contacts of the person's 就労定着支援 at the office in {@code month}: 0 means not billable. */
    int faceToFaceContacts(OfficeId office, PersonId person, YearMonth month);

    /**
     * 就労定着支援's retention rate for {@code year} (TR-3: its users in the three fiscal years before, employed at the
     * last one's end) and the units a month it sets; audited as one read of the office's supports (it names nobody).
     */
    RetentionServiceRate retentionServiceRate(OfficeId office, FiscalYear year);

    /** The same for the fiscal year {@code serviceMonth} falls in (a claim's service month). */
    default RetentionServiceRate retentionServiceRate(OfficeId office, YearMonth serviceMonth) {
        return retentionServiceRate(office, FiscalYear.of(serviceMonth));
    }

    /**
     * The result of the person's 就労選択支援 assessment at the office completed on {@code completedOn} (the latest that
     * day), or empty when none was. For the sharing module, which provides it to a consultation office on the person's
     * consent.
     */
    java.util.Optional<SelectionResult> selectionResult(OfficeId office, PersonId person, java.time.LocalDate completedOn);
}
