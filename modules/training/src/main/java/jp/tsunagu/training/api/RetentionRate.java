package jp.tsunagu.training.api;

import java.math.BigDecimal;
import jp.tsunagu.kernel.FiscalYear;

/**
 * 就労移行支援's retention rate (就労定着率) for the reward year {@code fiscalYear}: the persons whose 6-month day fell in the
 * previous fiscal year ({@code retainedPrevious}) and in the year before ({@code retainedBefore}), each still employed on
 * that day, over the office's capacities of those years; and the base units per day it sets under the rules of the
 * year's first day, for the office's current capacity.
 *
 * @param ratePercent the rate in percent, cut (not rounded) to two decimals; the tier compares the exact fraction
 * @param capacity    the current capacity that chooses the table's capacity band
 * @param tier        the table's retention band ({@code 20_TO_30}, {@code 50_PLUS} …)
 * @param units       base units per day, or null where the rules do not configure that band (capacity over 20)
 * @param trail       how the figures were found: counts, capacities and their source, the rule table's version
 */
public record RetentionRate(FiscalYear fiscalYear, int retainedPrevious, int retainedBefore, int capacityPrevious,
                            int capacityBefore, BigDecimal ratePercent, int capacity, String tier, Integer units, String trail) {

    /** The persons counted: both years. */
    public int retained() {
        return retainedPrevious + retainedBefore;
    }

    /** The denominator: both years' capacities. */
    public int capacities() {
        return capacityPrevious + capacityBefore;
    }
}
