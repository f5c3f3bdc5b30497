package jp.tsunagu.employment.api;

import java.time.YearMonth;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;

/**
 * What other modules may ask of the employment module about closed payrolls. Call inside a transaction of the current
 * tenant; an office of another tenant is not found.
 */
public interface EmploymentQueries {

    /** The user's pay of a closed month: the gross wages and the minutes worked; empty while the month is open or unpaid. */
    Optional<PaidMonth> paid(OfficeId office, PersonId person, YearMonth month);

    /** The office's total gross wages of a closed month; empty while the month is open. */
    Optional<Yen> totalWages(OfficeId office, YearMonth month);

    /**
     * The A型 score the office reports for {@code year} (from the year before) and the base units it implies for the
     * staffing type ({@code I} 7.5:1 or {@code II} 10:1); empty until every item has its points.
     */
    Optional<Score> score(OfficeId office, jp.tsunagu.kernel.FiscalYear year, String staffing);

    /** The score's total and the base units per day it implies. */
    record Score(int total, int units) {
    }

    /** A user's closed month: gross wages, minutes and days worked. */
    record PaidMonth(Yen gross, long minutesWorked, int daysWorked) {
    }
}
