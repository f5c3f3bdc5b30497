package jp.tsunagu.employment.internal.documents;

import java.util.List;
import java.util.function.Function;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import jp.tsunagu.employment.internal.payroll.PayrollService.Minutes;
import jp.tsunagu.kernel.Yen;

/** Totals over payslips: everybody's of a month ({@link PayrollMonthView}) or one user's of a year ({@link WageLedgerView}). */
public interface SlipTotals {
    /** The payslips the totals add up. */
    List<PayrollMonthView.Slip> totalled();

    default int days() {
        return totalled().stream().mapToInt(PayrollMonthView.Slip::days).sum();
    }

    default Minutes minutes() {
        return totalled().stream().map(PayrollMonthView.Slip::minutes).reduce(Minutes.NONE, Minutes::plus);
    }

    /** The total of the item. */
    default Yen amount(Item item) {
        return sum(s -> s.amount(item));
    }

    default Yen gross() {
        return sum(s -> s.payslip().gross());
    }

    default Yen deductionsTotal() {
        return sum(s -> s.payslip().deductionsTotal());
    }

    default Yen net() {
        return sum(s -> s.payslip().net());
    }

    private Yen sum(Function<PayrollMonthView.Slip, Yen> amount) {
        return totalled().stream().map(amount).reduce(Yen.ZERO, Yen::plus);
    }
}
