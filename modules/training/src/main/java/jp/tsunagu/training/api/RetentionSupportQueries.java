package jp.tsunagu.training.api;

import java.time.YearMonth;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;

/**
 * What claims may ask of 就労定着支援: whether a person's month is billable (a face-to-face contact in it), and the
 * service's retention rate with the units a month it sets for a fiscal year. Call inside a transaction of the current
 * tenant. (Kept apart from {@code TrainingQueries} for now; they are to be merged.)
 */
public interface RetentionSupportQueries {

    /** The face-to-face contacts of the person's retention support at the office in {@code month}: 0 means not billable. */
    int faceToFaceContacts(OfficeId office, PersonId person, YearMonth month);

    /** The office's retention rate for {@code year} (its users in the three fiscal years before, employed at the last one's end) and its units. */
    RetentionServiceRate serviceRate(OfficeId office, FiscalYear year);
}
