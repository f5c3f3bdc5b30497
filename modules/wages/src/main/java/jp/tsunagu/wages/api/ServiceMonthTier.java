package jp.tsunagu.wages.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.national.TypeBBaseUnits;

/**
 * The B型 base units per day of a service month (基本報酬の区分) and the average monthly 工賃 (平均工賃月額) that set
 * them: the average of the fiscal year before the service month, from the office's closed runs and closed service
 * records, or — in the office's first year — the new office's "below 10,000 yen".
 *
 * @param fiscalYear    the fiscal year whose average applies (the one before the service month's)
 * @param basis         ACTUALS (the year's figures) or NEW_OFFICE (the first year after designation)
 * @param average       the average the tier was looked up with; for a new office, the highest yen below the new-office
 *                      bound (9,999)
 * @param usersPerDay   the year's average users per day (null for a new office)
 * @param monthsCounted the months of that year whose run is closed (0 for a new office)
 * @param tier          the tier's name in the table ({@code T7}, {@code 30000-32999}, {@code FLAT})
 * @param tierFrom      the tier's lower bound (null for a flat type)
 * @param tierTo        the tier's upper bound (null when open-ended or flat)
 * @param capacity      the office's B型 capacity (利用定員) the band was chosen by
 * @param trail         the rule versions used (the average's rounding and the base-unit table of the service month)
 */
public record ServiceMonthTier(YearMonth serviceMonth, FiscalYear fiscalYear, Basis basis, Yen average, BigDecimal usersPerDay,
                               int monthsCounted, StaffingType staffing, TypeBBaseUnits.Variant variant, int capacity, String tier,
                               Yen tierFrom, Yen tierTo, int units, RuleTrail trail) {

    /** Where the average came from. */
    public enum Basis { ACTUALS, NEW_OFFICE }
}
