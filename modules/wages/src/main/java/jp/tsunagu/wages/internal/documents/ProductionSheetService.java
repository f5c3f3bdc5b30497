package jp.tsunagu.wages.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.Tenants;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.ActivityYear;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.Figures;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.MonthLine;
import jp.tsunagu.wages.internal.ledger.EntryCategory;
import jp.tsunagu.wages.internal.ledger.LedgerService;
import jp.tsunagu.wages.internal.ledger.LedgerService.CategoryTotal;
import jp.tsunagu.wages.internal.ledger.ProductionActivity;
import jp.tsunagu.wages.internal.run.RunService;
import jp.tsunagu.wages.internal.run.RunService.RunSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 生産活動シート of an office's fiscal year ({@link ProductionSheetView}) as the ledger and the closed runs give it: per
 * month the ledger's amounts by category, the 工賃 each closed run paid, what it set aside for the reserves and the
 * 工賃変動積立金 it used (months not closed paid nothing yet); per activity with entries in the year its amounts by
 * category, for the 明細書.
 *
 * <p>The corporation (法人) heading both tables is the current tenant's name as the tenancy module keeps it ({@link Tenants}):
 * the tenant is the corporation running the office.
 *
 * <p>What the data does not hold yet, and the sheet therefore shows as such: an activity's service type (activities do not
 * record one: all are listed under B型, the service whose 工賃 this module pays).
 */
@Service
public class ProductionSheetService {
    private final LedgerService ledger;
    private final RunService runs;
    private final Offices offices;
    private final Tenants tenants;
    private final Clock clock;

    ProductionSheetService(LedgerService ledger, RunService runs, Offices offices, Tenants tenants, Clock clock) {
        this.ledger = ledger;
        this.runs = runs;
        this.offices = offices;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The sheet's view of {@code year}, prepared today. Aggregates only: no user's data, nothing audited. */
    @Transactional(readOnly = true)
    public ProductionSheetView view(OfficeId office, FiscalYear year) {
        OfficeSummary summary = offices.require(office);
        Map<YearMonth, Map<EntryCategory, Yen>> byMonth = new LinkedHashMap<>();
        Map<ProductionActivity, Map<EntryCategory, Yen>> byActivity = new LinkedHashMap<>();
        for (CategoryTotal t : ledger.categoryTotals(office, year)) {
            byMonth.computeIfAbsent(t.month(), m -> new EnumMap<>(EntryCategory.class)).merge(t.category(), t.amount(), Yen::plus);
            byActivity.computeIfAbsent(t.activity(), a -> new EnumMap<>(EntryCategory.class)).merge(t.category(), t.amount(), Yen::plus);
        }
        Map<YearMonth, RunSummary> paid = new LinkedHashMap<>();
        runs.closedRuns(office).stream().filter(r -> FiscalYear.of(r.month()).equals(year)).forEach(r -> paid.put(r.month(), r));
        List<MonthLine> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = year.firstMonth().plusMonths(i);
            RunSummary run = paid.get(month);
            months.add(new MonthLine(month, new Figures(byMonth.getOrDefault(month, Map.of()), run == null ? Yen.ZERO : run.totalPaid(),
                    run == null ? Yen.ZERO : run.setAside(), run == null ? Yen.ZERO : run.reserveUsed())));
        }
        List<ActivityYear> activities = byActivity.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ProductionActivity::name)))
                .map(e -> new ActivityYear(e.getKey().name(), ServiceType.TYPE_B, e.getValue())).toList();
        return new ProductionSheetView(tenants.currentName(), summary.name(), summary.officeNumber(), year, LocalDate.now(clock),
                activities, months);
    }
}
