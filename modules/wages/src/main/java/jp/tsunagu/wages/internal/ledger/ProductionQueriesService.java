package jp.tsunagu.wages.internal.ledger;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.wages.api.ProductionQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProductionQueries} for other modules, read from the ledger. */
@Service
class ProductionQueriesService implements ProductionQueries {
    private final LedgerService ledger;

    ProductionQueriesService(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public MonthTotals totals(OfficeId office, YearMonth month) {
        LedgerService.Totals total = ledger.summary(office, month).total();
        return new MonthTotals(month, total.revenue(), total.expenses());
    }
}
