package jp.tsunagu.wages.api;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;

/** What other modules may ask of the production activity ledger. */
public interface ProductionQueries {

    /**
     * The month's revenue, expenses and pool (工賃の原資 = revenue − expenses) of the office's activities whose balance is
     * paid out as 工賃, with the corrections of closed months entered in this month (a negative correction may leave
     * revenue or expenses below 0).
     */
    MonthTotals totals(OfficeId office, YearMonth month);

    /**
     * The month's revenue and expenses of the office's activities marked as the employed A型 users' production, or empty
     * when the office keeps none in its ledger (the wages module off, or no such activity).
     */
    java.util.Optional<MonthTotals> employedTotals(OfficeId office, YearMonth month);

    /** Revenue and expenses of a month; the pool is their difference and may be negative (a loss). */
    record MonthTotals(YearMonth month, Yen revenue, Yen expenses) {
        public Yen pool() {
            return revenue.minus(expenses);
        }
    }
}
