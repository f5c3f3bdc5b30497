package jp.tsunagu.employment.internal.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import jp.tsunagu.employment.internal.payroll.PayrollService.Minutes;
import jp.tsunagu.kernel.Yen;

/**
 * The columns of the month's payroll as a table (給与一覧), which the workbook and the CSV share after the user's kana and
 * name: the hourly wage, days, hours worked, hours of overtime (within and beyond the monthly limit), holiday and
 * late-night work, every earning, the gross, every deduction, the deductions and the net. Every item has its column in
 * every month (0 where the month has no such line), so that months line up. Hours are a number with two decimals,
 * truncated (16 h 20 min → 16.33); amounts whole yen.
 */
final class PayrollMonthTable {
    private PayrollMonthTable() {
    }

    /** What a column holds. */
    enum Kind { YEN, DAYS, HOURS }

    /** A column: the key of its head ({@code employment.payrollDoc.<key>}), what it holds, a slip's figure and the month's total (null: none). */
    record Column(String key, Kind kind, Function<PayrollMonthView.Slip, Number> figure, Function<PayrollMonthView, Number> total) {
    }

    static final List<Column> COLUMNS = columns();

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("head.hourlyWage", Kind.YEN, s -> s.hourlyWage().value(), v -> null));
        c.add(new Column("head.days", Kind.DAYS, PayrollMonthView.Slip::days, PayrollMonthView::days));
        c.add(hours("head.hours", Minutes::worked));
        c.add(hours("head.overtimeHours", Minutes::overtimeTotal));
        c.add(hours("head.holidayHours", Minutes::holiday));
        c.add(hours("head.nightHours", Minutes::night));
        for (Item item : List.of(Item.BASE, Item.OVERTIME, Item.OVERTIME_BEYOND_LIMIT, Item.HOLIDAY, Item.LATE_NIGHT, Item.COMMUTING)) {
            c.add(yen("item." + item.name(), s -> s.amount(item), v -> v.amount(item)));
        }
        c.add(yen("head.gross", s -> s.payslip().gross(), PayrollMonthView::gross));
        for (Item item : List.of(Item.EMPLOYMENT_INSURANCE, Item.HEALTH_INSURANCE, Item.PENSION, Item.INCOME_TAX, Item.RESIDENT_TAX)) {
            c.add(yen("item." + item.name(), s -> s.amount(item), v -> v.amount(item)));
        }
        c.add(yen("head.deductionsTotal", s -> s.payslip().deductionsTotal(), PayrollMonthView::deductionsTotal));
        c.add(yen("head.net", s -> s.payslip().net(), PayrollMonthView::net));
        return List.copyOf(c);
    }

    private static Column hours(String key, java.util.function.ToLongFunction<Minutes> kind) {
        return new Column(key, Kind.HOURS, s -> hours(kind.applyAsLong(s.minutes())), v -> hours(kind.applyAsLong(v.minutes())));
    }

    private static Column yen(String key, Function<PayrollMonthView.Slip, Yen> amount, Function<PayrollMonthView, Yen> total) {
        return new Column(key, Kind.YEN, s -> amount.apply(s).value(), v -> total.apply(v).value());
    }

    /** Minutes as hours with two decimals, truncated (16 h 20 min → 16.33). */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN);
    }
}
