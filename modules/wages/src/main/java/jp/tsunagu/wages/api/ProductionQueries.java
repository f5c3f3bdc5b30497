package jp.tsunagu.wages.api;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;

/** What other modules may ask of the production activity ledger. */
public interface ProductionQueries {

    /**
     * The month's revenue, expenses and pool (工賃の原資 = revenue − expenses) of all the office's activities, with the
     * corrections of closed months entered in this month (a negative correction may leave revenue or expenses below 0).
     */
    MonthTotals totals(OfficeId office, YearMonth month);

    /** Revenue and expenses of a month; the pool is their difference and may be negative (a loss). */
    record MonthTotals(YearMonth month, Yen revenue, Yen expenses) {
        public Yen pool() {
            return revenue.minus(expenses);
        }
    }
}
