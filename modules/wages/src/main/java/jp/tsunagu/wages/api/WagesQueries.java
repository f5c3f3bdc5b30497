package jp.tsunagu.wages.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;

/**
 * What other modules (claims, sharing) may ask about 工賃 paid and the average monthly 工賃: only closed runs count. Call
 * inside a transaction of the current tenant.
 */
public interface WagesQueries {

    /** The 工賃 paid to the person by the office for {@code month}, once that month's run is closed. */
    Optional<Yen> paid(OfficeId office, PersonId person, YearMonth month);

    /** Every user's 工賃 of the office's closed run of {@code month} (empty while the month is open). */
    List<Paid> paid(OfficeId office, YearMonth month);

    /**
     * The B型 base units per day for {@code serviceMonth} and the average monthly 工賃 that sets them (the average of the
     * fiscal year before it, from closed months only; a new office's first year counts as below 10,000 yen), under the
     * office's reward profile in force that month and the rule tables of that month. A missing profile, a year without
     * a closed month or a month without rules is a {@code Problem.Invalid} naming what is missing, never a tier of 0.
     */
    ServiceMonthTier average(OfficeId office, YearMonth serviceMonth);

    /**
     * For statistics outside the module (a municipality's, nobody named there): per closed month from {@code from} to
     * {@code to}, oldest first, the 工賃 paid to the users the average monthly 工賃 counts (B型), the persons paid more than
     * nothing, their days present and the opening days: the average's own inputs.
     */
    List<ClosedMonth> closedMonths(OfficeId office, YearMonth from, YearMonth to);

    /** A closed month's inputs of the average monthly 工賃. */
    record ClosedMonth(YearMonth month, Yen paid, java.util.Set<jp.tsunagu.kernel.PersonId> paidPersons, long userDays, long openingDays) {
        public ClosedMonth {
            paidPersons = java.util.Set.copyOf(paidPersons);
        }
    }

    /** One user's 工賃 of a month. */
    record Paid(PersonId person, Yen amount) {
    }
}
