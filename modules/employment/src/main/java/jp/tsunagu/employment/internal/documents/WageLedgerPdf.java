package jp.tsunagu.employment.internal.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import jp.tsunagu.employment.internal.payroll.PayrollService.Minutes;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 賃金台帳 as one A4 landscape page: the user's calendar year with a column per month, January to December, and the
 * year's totals; a row per matter the Labour Standards Act's regulation (§54) asks for — the wage period, the pay date,
 * days worked, hours worked, hours of overtime (and of overtime beyond 60 hours a month, where there was any), of
 * holiday and of late-night work — then the hourly wage, base pay and each allowance paid in the year, the gross, each
 * deduction, the deductions and the net. A month not closed reads 「未確定」, a month closed without pay for the user
 * 「支給なし」. Hours as h:mm, amounts in yen without the unit (the note says so). Rendered from
 * {@code templates/employment/wage-ledger-pdf.html}; labels from the bundles ({@code employment.wageLedger.*},
 * {@code employment.payrollDoc.*}).
 */
@Component
public class WageLedgerPdf {
    /** The earnings in ledger order; base pay always, the others where the year paid them. */
    private static final List<Item> EARNINGS = List.of(Item.BASE, Item.OVERTIME, Item.OVERTIME_BEYOND_LIMIT, Item.HOLIDAY, Item.LATE_NIGHT,
            Item.COMMUTING);
    /** The deductions in ledger order; income tax always (the calculation writes its line, 0 yen included), the others where made. */
    private static final List<Item> DEDUCTIONS = List.of(Item.EMPLOYMENT_INSURANCE, Item.HEALTH_INSURANCE, Item.PENSION, Item.INCOME_TAX,
            Item.RESIDENT_TAX);

    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    WageLedgerPdf(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /**
     * A row of the ledger: its label, a cell per month (empty where the month has no figure) and the year's total
     * ({@code kind}: {@code plain}, {@code state} for the period and pay date, {@code sum} for gross, deductions and net).
     */
    public record Row(String label, List<String> cells, String total, String kind) {
    }

    /** The PDF's bytes. */
    public byte[] render(WageLedgerView view, Locale locale) {
        PayrollLabels t = new PayrollLabels(messages, locale, "employment.wageLedger.");
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("t", t);
        context.setVariable("view", view);
        context.setVariable("heads", view.months().stream().map(m -> t.monthHead(m.month())).toList());
        context.setVariable("rows", rows(view, t));
        return pdf.render(templates.process("employment/wage-ledger-pdf", context));
    }

    /** The ledger's rows, as printed. */
    static List<Row> rows(WageLedgerView view, PayrollLabels t) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(t.get("period"), cells(view, m -> m.closed()
                ? t.get("periodCell", day(m.month().atDay(1), view), day(m.periodClosing(), view)) : t.get("open")), "", "state"));
        rows.add(new Row(t.get("payDate"), cells(view, m -> m.paid() ? day(m.payDate(), view) : m.closed() ? t.get("notPaid") : ""), "",
                "state"));
        rows.add(new Row(t.get("days"), paid(view, s -> String.valueOf(s.days())), String.valueOf(view.days()), "plain"));
        rows.add(minutes(view, t.get("hours"), Minutes::worked));
        rows.add(minutes(view, t.get("overtimeHours"), Minutes::overtimeTotal));
        if (view.hasMinutes(Minutes::overtimeBeyondLimit)) {
            rows.add(minutes(view, t.get("beyondLimitHours"), Minutes::overtimeBeyondLimit));
        }
        rows.add(minutes(view, t.get("holidayHours"), Minutes::holiday));
        rows.add(minutes(view, t.get("nightHours"), Minutes::night));
        rows.add(new Row(t.get("hourlyWage"), paid(view, s -> t.number(s.hourlyWage())), "", "plain"));
        for (Item item : EARNINGS) {
            if (item == Item.BASE || view.has(item)) {
                rows.add(yen(view, t, t.item(item), s -> s.amount(item), view.amount(item), "plain"));
            }
        }
        rows.add(yen(view, t, t.shared("head.gross"), s -> s.payslip().gross(), view.gross(), "sum"));
        for (Item item : DEDUCTIONS) {
            if (item == Item.INCOME_TAX || view.has(item)) {
                rows.add(yen(view, t, t.item(item), s -> s.amount(item), view.amount(item), "plain"));
            }
        }
        rows.add(yen(view, t, t.shared("head.deductionsTotal"), s -> s.payslip().deductionsTotal(), view.deductionsTotal(), "sum"));
        rows.add(yen(view, t, t.shared("head.net"), s -> s.payslip().net(), view.net(), "sum"));
        return rows;
    }

    private static Row minutes(WageLedgerView view, String label, ToLongFunction<Minutes> kind) {
        return new Row(label, paid(view, s -> PayrollLabels.clock(kind.applyAsLong(s.minutes()))),
                PayrollLabels.clock(kind.applyAsLong(view.minutes())), "plain");
    }

    private static Row yen(WageLedgerView view, PayrollLabels t, String label, Function<PayrollMonthView.Slip, Yen> amount, Yen total, String kind) {
        return new Row(label, paid(view, s -> t.number(amount.apply(s))), t.number(total), kind);
    }

    /** A cell per month: the slip's figure where the month paid the user, else empty. */
    private static List<String> paid(WageLedgerView view, Function<PayrollMonthView.Slip, String> cell) {
        return cells(view, m -> m.paid() ? cell.apply(m.slip()) : "");
    }

    /** A day in a month's cell: 9/30, with the year where it is not the ledger's (a December paid in January: 2027/1/25). */
    private static String day(LocalDate date, WageLedgerView view) {
        return date.getYear() == view.year().getValue() ? date.getMonthValue() + "/" + date.getDayOfMonth()
                : date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    private static List<String> cells(WageLedgerView view, Function<WageLedgerView.Month, String> cell) {
        return view.months().stream().map(cell).toList();
    }
}
