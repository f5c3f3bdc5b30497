package jp.tsunagu.wages.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;

/**
 * What other modules (claims, sharing) may ask about 工賃 paid: only closed runs count. Call inside a transaction of the
 * current tenant.
 */
public interface WagesQueries {

    /** The 工賃 paid to the person by the office for {@code month}, once that month's run is closed. */
    Optional<Yen> paid(OfficeId office, PersonId person, YearMonth month);

    /** Every user's 工賃 of the office's closed run of {@code month} (empty while the month is open). */
    List<Paid> paid(OfficeId office, YearMonth month);

    /** One user's 工賃 of a month. */
    record Paid(PersonId person, Yen amount) {
    }
}
