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

    /** A user's closed month: gross wages, minutes and days worked. */
    record PaidMonth(Yen gross, long minutesWorked, int daysWorked) {
    }
}
