package jp.tsunagu.wages.internal.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.ActivityYear;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.ByCategory;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.Figures;
import jp.tsunagu.wages.internal.ledger.EntryCategory;

/**
 * The production activity sheet laid out once for both documents (Excel and PDF), so they cannot differ: the heading
 * lines, and the two tables with their labels, columns and amounts. The Excel writer puts each cell in a sheet, the
 * PDF template prints them.
 *
 * @param office the office, its number and the corporation
 * @param period the fiscal year's first and last day and the day prepared, in 和暦 with ISO beside
 * @param note   how the difference is reckoned and the rule it checks
 * @param sheet  生産活動シート: a column per month and the year's total
 * @param detail 就労支援事業別事業活動明細書: a column per activity, a subtotal per service type (多機能型), the total
 */
record ProductionSheetTable(String office, String period, String note, Table sheet, Table detail) {

    /**
     * One table, {@code name} naming its Excel sheet, {@code title} with the fiscal year in 和暦 (令和7年度 (FY2025)
     * 生産活動シート): {@code groups} span the columns above the heads (the 明細書's service types; empty for the sheet), the
     * label column first; {@code flagged} marks the columns where 工賃 exceed the production balance.
     */
    record Table(String name, String title, String groupsLabel, List<Span> groups, List<String> heads, List<Row> rows,
            List<Boolean> flagged, String warning) {
        /** The number of amount columns (the heads less the label column's). */
        public int columns() {
            return heads.size() - 1;
        }

        /** The text of the check row's cell in column {@code i}: the warning where flagged. */
        public String check(int i) {
            return flagged.get(i) ? warning : "";
        }
    }

    /** A head spanning {@code columns} amount columns. */
    record Span(String label, int columns) {
    }

    /** What a row is, for its look: a section's heading, a line, a subtotal, 工賃 paid (marked where flagged), the check. */
    enum Kind {
        SECTION, LINE, SUBTOTAL, WAGES, CHECK
    }

    /** A row: its label and its amounts, one per column (none for a section's heading and the check). */
    record Row(String label, Kind kind, List<Yen> amounts) {
    }

    static ProductionSheetTable of(ProductionSheetView view, DocumentLabels labels) {
        String year = view.fiscalYear().japaneseName() + " (" + view.fiscalYear() + ")";
        String warning = labels.get("warning");
        return new ProductionSheetTable(labels.get("office", view.officeName(), view.officeNumber(), view.corporationName()),
                labels.get("period", JapaneseDates.withIso(view.fiscalYear().start()), JapaneseDates.withIso(view.fiscalYear().end()),
                        JapaneseDates.withIso(view.preparedOn())),
                labels.get("note"), sheet(view, labels, year, warning), detail(view, labels, year));
    }

    private static Table sheet(ProductionSheetView view, DocumentLabels labels, String year, String warning) {
        List<Figures> columns = new ArrayList<>();
        List<String> heads = new ArrayList<>(List.of(labels.get("item")));
        for (ProductionSheetView.MonthLine m : view.months()) {
            columns.add(m.figures());
            heads.add(labels.month(m.month()));
        }
        columns.add(view.total());
        heads.add(labels.get("total"));
        List<Row> rows = amountRows(columns, labels);
        rows.add(row(labels.get("reserveSetAside"), Kind.LINE, columns, Figures::reserveSetAside));
        rows.add(row(labels.get("reserveUsed"), Kind.LINE, columns, Figures::reserveUsed));
        rows.add(row(labels.get("wagesPaid"), Kind.WAGES, columns, Figures::wagesPaid));
        rows.add(row(labels.get("difference"), Kind.SUBTOTAL, columns, Figures::difference));
        rows.add(new Row(labels.get("check"), Kind.CHECK, List.of()));
        return new Table(labels.get("name"), labels.get("title", year), null, List.of(), heads, rows,
                columns.stream().map(Figures::wagesExceedBalance).toList(), warning);
    }

    /** The activities grouped by service type (in the enum's order), a subtotal for each where there are several, the total. */
    private static Table detail(ProductionSheetView view, DocumentLabels labels, String year) {
        Map<ServiceType, List<ActivityYear>> byType = new EnumMap<>(ServiceType.class);
        for (ActivityYear a : view.activities()) {
            byType.computeIfAbsent(a.serviceType(), t -> new ArrayList<>()).add(a);
        }
        boolean multiFunction = byType.size() > 1;
        List<ByCategory> columns = new ArrayList<>();
        List<String> heads = new ArrayList<>(List.of(labels.get("detail.activity")));
        List<Span> groups = new ArrayList<>();
        byType.forEach((type, activities) -> {
            for (ActivityYear a : activities) {
                columns.add(a);
                heads.add(a.name());
            }
            if (multiFunction) {
                columns.add(sum(activities));
                heads.add(labels.get("detail.subtotal"));
            }
            groups.add(new Span(labels.serviceType(type), activities.size() + (multiFunction ? 1 : 0)));
        });
        columns.add(sum(view.activities()));
        heads.add(labels.get("total"));
        groups.add(new Span("", 1));
        return new Table(labels.get("detail.name"), labels.get("detail.title", year), labels.get("detail.serviceType"), groups, heads,
                amountRows(columns, labels), Collections.nCopies(columns.size(), false), null);
    }

    /** The activities' year added up, as one column (a service type's subtotal, or the total). */
    private static ByCategory sum(List<ActivityYear> activities) {
        Map<EntryCategory, Yen> sum = new EnumMap<>(EntryCategory.class);
        for (ActivityYear a : activities) {
            a.amounts().forEach((c, yen) -> sum.merge(c, yen, Yen::plus));
        }
        return new Figures(sum, Yen.ZERO);
    }

    /** The rows both tables have: revenue by category and its subtotal, expenses likewise, the production balance. */
    private static <C extends ByCategory> List<Row> amountRows(List<C> columns, DocumentLabels labels) {
        List<Row> rows = new ArrayList<>();
        for (boolean revenue : new boolean[] {true, false}) {
            String section = revenue ? "revenue" : "expenses";
            rows.add(new Row(labels.get(section), Kind.SECTION, List.of()));
            for (EntryCategory c : EntryCategory.values()) {
                if (c.revenue() == revenue) {
                    rows.add(row(labels.category(c), Kind.LINE, columns, column -> column.amount(c)));
                }
            }
            rows.add(row(labels.get(section + ".total"), Kind.SUBTOTAL, columns, revenue ? ByCategory::revenue : ByCategory::expenses));
        }
        rows.add(row(labels.get("balance"), Kind.SUBTOTAL, columns, ByCategory::productionBalance));
        return rows;
    }

    private static <C> Row row(String label, Kind kind, List<C> columns, Function<? super C, Yen> amount) {
        return new Row(label, kind, columns.stream().map(amount).toList());
    }
}
