package jp.tsunagu.employment.internal.documents;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import jp.tsunagu.employment.internal.payroll.PayrollService;
import jp.tsunagu.employment.internal.payroll.PayrollService.Minutes;
import jp.tsunagu.kernel.Yen;

/**
 * 賃金台帳: the wage ledger of one employed user and calendar year at an office (労働基準法 §108, 施行規則 §54): a column
 * per month, January to December, where the month's payroll is closed — the wage period and the pay date, the days and
 * hours worked, the hours of overtime, holiday and late-night work, the hourly wage, each kind of pay and each deduction
 * — and the year's totals. A month whose payroll is closed without a slip for the user paid them nothing; a month not
 * closed has no figures yet.
 *
 * @param issuedOn the day the ledger is printed (作成日)
 * @param months   the twelve months of the year, January first
 */
public record WageLedgerView(String officeName, String officeNumber, String name, String kana, Year year, List<Month> months,
                             LocalDate issuedOn) implements SlipTotals {

    public WageLedgerView {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeNumber, "officeNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kana, "kana");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(issuedOn, "issuedOn");
        months = List.copyOf(months);
        if (months.size() != 12) {
            throw new IllegalArgumentException("the twelve months of " + year + ", not " + months.size());
        }
        for (int i = 0; i < 12; i++) {
            if (!months.get(i).month().equals(year.atMonth(i + 1))) {
                throw new IllegalArgumentException("month " + (i + 1) + " of " + year + " is not " + months.get(i).month());
            }
        }
    }

    /**
     * A month of the ledger: where its payroll is closed, the wage period's closing date and the pay date, and the user's
     * {@code slip} where it paid them (else null); a month not closed has neither.
     */
    public record Month(YearMonth month, LocalDate periodClosing, LocalDate payDate, PayrollMonthView.Slip slip) {
        public Month {
            Objects.requireNonNull(month, "month");
            if ((periodClosing == null) != (payDate == null)) {
                throw new IllegalArgumentException(month + ": a closed month has both its closing and its pay date");
            }
            if (slip != null && periodClosing == null) {
                throw new IllegalArgumentException(month + " paid a slip but is not closed");
            }
        }

        static Month open(YearMonth month) {
            return new Month(month, null, null, null);
        }

        public boolean closed() {
            return periodClosing != null;
        }

        public boolean paid() {
            return slip != null;
        }
    }

    /**
     * The user's year: the office's closed months of it, each with the user's slip where it paid them. Name and kana from
     * the last month paid; a year without a month paid has no ledger.
     */
    static WageLedgerView of(String officeName, String officeNumber, Year year, List<PayrollService.ClosedMonth> closed, LocalDate issuedOn) {
        Map<YearMonth, PayrollService.ClosedMonth> byMonth = closed.stream()
                .collect(Collectors.toMap(PayrollService.ClosedMonth::month, Function.identity()));
        List<Month> months = new ArrayList<>();
        PayrollMonthView.Slip last = null;
        for (int m = 1; m <= 12; m++) {
            PayrollService.ClosedMonth c = byMonth.get(year.atMonth(m));
            if (c == null) {
                months.add(Month.open(year.atMonth(m)));
                continue;
            }
            PayrollMonthView.Slip slip = c.paid() ? PayrollMonthView.Slip.of(c.slip()) : null;
            months.add(new Month(c.month(), c.periodClosing(), c.payDate(), slip));
            last = slip == null ? last : slip;
        }
        if (last == null) {
            throw new IllegalArgumentException("a wage ledger of " + year + " without a month paid");
        }
        return new WageLedgerView(officeName, officeNumber, last.name(), last.kana(), year, months, issuedOn);
    }

    /** The months paid. */
    @Override
    public List<PayrollMonthView.Slip> totalled() {
        return months.stream().filter(Month::paid).map(Month::slip).toList();
    }

    /** Whether any month of the year has minutes of the kind (overtime beyond the monthly limit, say). */
    public boolean hasMinutes(ToLongFunction<Minutes> kind) {
        return totalled().stream().anyMatch(s -> kind.applyAsLong(s.minutes()) > 0);
    }

    /** Whether any month of the year has a line of the item. */
    public boolean has(Item item) {
        return totalled().stream().anyMatch(s -> s.payslip().earnings().stream().anyMatch(l -> l.item() == item)
                || s.payslip().deductions().stream().anyMatch(l -> l.item() == item));
    }

}
