package jp.tsunagu.employment.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Payslip;
import jp.tsunagu.employment.internal.payroll.PayrollService;
import jp.tsunagu.employment.internal.payroll.PayrollService.Minutes;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.OfficeSummary;

/**
 * 給与の確定月: what the documents of a closed payroll month show (給与明細書, 給与一覧 as Excel and CSV), as its close
 * stored it: the office, the month, the wage period's closing date and the pay date, and each employed user's slip by
 * kana. Built only from a closed payroll: a preview is never a payslip.
 *
 * @param closedOn the day the payroll was closed (給与確定日)
 * @param issuedOn the day the document is made (発行日)
 */
public record PayrollMonthView(String officeName, String officeNumber, YearMonth month, LocalDate periodClosing, LocalDate payDate,
                               LocalDate closedOn, LocalDate issuedOn, List<Slip> slips) implements SlipTotals {

    public PayrollMonthView {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeNumber, "officeNumber");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(periodClosing, "periodClosing");
        Objects.requireNonNull(payDate, "payDate");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(issuedOn, "issuedOn");
        slips = List.copyOf(slips);
    }

    /**
     * One user's month: who, the contract's hourly wage, the days worked, the minutes by how they were paid, and the
     * payslip (its earnings and deductions, each line with its trail).
     */
    public record Slip(PersonId person, String name, String kana, Yen hourlyWage, int days, Minutes minutes, Payslip payslip) {
        public Slip {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kana, "kana");
            Objects.requireNonNull(hourlyWage, "hourlyWage");
            Objects.requireNonNull(minutes, "minutes");
            Objects.requireNonNull(payslip, "payslip");
        }

        /** A stored slip of the payroll. */
        static Slip of(PayrollService.Slip s) {
            return new Slip(s.contract().personId(), s.name(), s.kana(), s.contract().hourlyWage(), s.daysWorked(), s.minutes(), s.payslip());
        }

        /** The line's amount, zero where the payslip has none. */
        public Yen amount(Item item) {
            return payslip.amount(item);
        }
    }

    /** The closed payroll as stored; the close day in the clock's zone (Japan). */
    static PayrollMonthView of(OfficeSummary office, PayrollService.Payroll payroll, Clock clock) {
        if (payroll.closedAt() == null) {
            throw new IllegalArgumentException("the payroll of " + payroll.month() + " is a preview, not closed");
        }
        return new PayrollMonthView(office.name(), office.officeNumber(), payroll.month(), payroll.periodClosing(), payroll.payDate(),
                LocalDate.ofInstant(payroll.closedAt(), clock.getZone()), LocalDate.now(clock), payroll.slips().stream().map(Slip::of).toList());
    }

    /** The first day of the wage period (the month's first: the period closes at the month's end). */
    public LocalDate periodStart() {
        return month.atDay(1);
    }

    public Optional<Slip> slip(PersonId person) {
        return slips.stream().filter(s -> s.person().equals(person)).findFirst();
    }

    @Override
    public List<Slip> totalled() {
        return slips;
    }
}
