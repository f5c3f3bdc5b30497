package jp.tsunagu.wages.internal.documents;

import static jp.tsunagu.wages.internal.ledger.EntryCategory.CONTRACT_INCOME;
import static jp.tsunagu.wages.internal.ledger.EntryCategory.EQUIPMENT;
import static jp.tsunagu.wages.internal.ledger.EntryCategory.MATERIALS;
import static jp.tsunagu.wages.internal.ledger.EntryCategory.OUTSOURCING;
import static jp.tsunagu.wages.internal.ledger.EntryCategory.SALES;
import static jp.tsunagu.wages.internal.ledger.EntryCategory.STAFF;
import static jp.tsunagu.wages.internal.ledger.EntryCategory.UTILITIES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.ActivityYear;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.Figures;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.MonthLine;
import jp.tsunagu.wages.internal.ledger.EntryCategory;

/**
 * A B型 office's 令和7年度 (FY2025) for the sheet's tests. April is the worked case WG-2: revenue 1,200,000 (sales
 * 700,000, contract income 500,000), expenses 380,000, 工賃 820,000, nothing left. May has the same figures but pays
 * 850,000: 30,000 more than production earned, flagged. August pays 30,000 over its balance out of the 工賃変動積立金
 * (not flagged); March sets 50,000 aside. The other months pay out their balance.
 */
final class ProductionSheetSamples {
    static final FiscalYear YEAR = FiscalYear.startingIn(2025);
    static final String OFFICE = "つなぐ作業所";
    static final String WARNING_JA = "工賃支払額が生産活動収支を上回っています（就労支援事業収益以外からの補填は不可）";

    private ProductionSheetSamples() {
    }

    /** The year with two activities of the B型 service. */
    static ProductionSheetView office() {
        Map<EntryCategory, Yen> year = year();
        return view(months(), List.of(
                activity("受託作業", ServiceType.TYPE_B, year, CONTRACT_INCOME, OUTSOURCING, STAFF),
                activity("カフェ", ServiceType.TYPE_B, year, SALES, MATERIALS, UTILITIES, EQUIPMENT)));
    }

    /** The same year at a multi-function office (多機能型): the contract work is the A型 service's. */
    static ProductionSheetView multiFunction() {
        Map<EntryCategory, Yen> year = year();
        return view(months(), List.of(
                activity("受託作業", ServiceType.TYPE_A, year, CONTRACT_INCOME, OUTSOURCING),
                activity("カフェ", ServiceType.TYPE_B, year, SALES, MATERIALS, UTILITIES),
                activity("清掃", ServiceType.TYPE_B, year, STAFF, EQUIPMENT)));
    }

    static ProductionSheetView view(List<MonthLine> months, List<ActivityYear> activities) {
        return new ProductionSheetView("社会福祉法人つなぐ会", OFFICE, "1310000005", YEAR, LocalDate.of(2026, 4, 10), activities, months);
    }

    /** The months' amounts by category added up. */
    static Map<EntryCategory, Yen> year() {
        return months().stream().map(MonthLine::figures).reduce(Figures.NONE, Figures::plus).amounts();
    }

    static List<MonthLine> months() {
        List<MonthLine> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<EntryCategory, Yen> amounts = i < 2
                    ? amounts(700_000, 500_000, 200_000, 50_000, 30_000, 80_000, 20_000)
                    : amounts(600_000 + 10_000 * i, 400_000, 150_000, 40_000, 30_000, 80_000, 0);
            long balance = i < 2 ? 820_000 : 700_000 + 10_000 * i;
            Figures figures = switch (i) {
                case 1 -> new Figures(amounts, Yen.of(850_000));
                case 4 -> new Figures(amounts, Yen.of(balance + 30_000), Yen.ZERO, Yen.of(30_000));
                case 11 -> new Figures(amounts, Yen.of(balance - 50_000), Yen.of(50_000), null);
                default -> new Figures(amounts, Yen.of(balance));
            };
            months.add(new MonthLine(YEAR.firstMonth().plusMonths(i), figures));
        }
        return months;
    }

    /** Sales, contract income; materials, outsourcing, utilities, staff, equipment. */
    static Map<EntryCategory, Yen> amounts(long... yen) {
        Map<EntryCategory, Yen> amounts = new EnumMap<>(EntryCategory.class);
        EntryCategory[] order = {SALES, CONTRACT_INCOME, MATERIALS, OUTSOURCING, UTILITIES, STAFF, EQUIPMENT};
        for (int i = 0; i < order.length; i++) {
            amounts.put(order[i], Yen.of(yen[i]));
        }
        return amounts;
    }

    /** An activity that had the whole year of {@code categories}. */
    private static ActivityYear activity(String name, ServiceType type, Map<EntryCategory, Yen> year, EntryCategory... categories) {
        Map<EntryCategory, Yen> amounts = new EnumMap<>(EntryCategory.class);
        for (EntryCategory c : categories) {
            amounts.put(c, year.get(c));
        }
        return new ActivityYear(name, type, amounts);
    }
}
