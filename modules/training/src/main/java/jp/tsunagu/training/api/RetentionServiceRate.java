package jp.tsunagu.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.tsunagu.kernel.FiscalYear;

/**
 * 就労定着支援's retention rate (就労定着率) for a fiscal year and the units a month it sets: of the persons supported
 * in the three fiscal years before ({@code windowFrom} to {@code windowTo}), those employed at {@code windowTo}'s end
 * (not left the job on or before it). With no user in the window there is no rate: {@code percent}, {@code band} and
 * {@code monthlyUnits} are null.
 *
 * @param percent      the rate in percent, to one decimal (rounded half up; the band is chosen on the exact fraction)
 * @param band         the rule table's band ({@code retention-support-units}: 95_PLUS, 90_TO_95, …)
 * @param monthlyUnits the units a month for each person in the fiscal year (a count of units, not money)
 * @param trail        how it was computed: the window, the counts, the table and its source
 */
public record RetentionServiceRate(FiscalYear fiscalYear, LocalDate windowFrom, LocalDate windowTo, int users, int employed,
                                   BigDecimal percent, String band, Integer monthlyUnits, String trail) {
}
