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
    private final jp.tsunagu.modules.ModuleActivations modules;

    ProductionQueriesService(LedgerService ledger, jp.tsunagu.modules.ModuleActivations modules) {
        this.ledger = ledger;
        this.modules = modules;
    }

    @Override
    @Transactional(readOnly = true)
    public MonthTotals totals(OfficeId office, YearMonth month) {
        LedgerService.Totals total = ledger.summary(office, month).total();
        return new MonthTotals(month, total.revenue(), total.expenses());
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<MonthTotals> employedTotals(OfficeId office, YearMonth month) {
        if (!modules.isEnabled(office, "wages") || ledger.activities(office).stream().allMatch(ProductionActivity::kouchin)) {
            return java.util.Optional.empty();
        }
        LedgerService.Totals employed = ledger.summary(office, month).employed();
        return java.util.Optional.of(new MonthTotals(month, employed.revenue(), employed.expenses()));
    }
}
