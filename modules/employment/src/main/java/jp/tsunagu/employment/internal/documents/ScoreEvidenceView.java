package jp.tsunagu.employment.internal.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import jp.tsunagu.employment.internal.contracts.EmploymentContract;
import jp.tsunagu.employment.internal.score.TypeAScoreService;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;

/**
 * スコア方式の根拠資料: what the A型 score of a fiscal year rests on, for the April report and audits. The score
 * reported for {@code year} is computed from the year before ({@link #evidenceYear()}): the score itself (each item with
 * its points and trail, the total, the base units), the production results of the three years before, and, for every
 * user under an employment contract in the evidence year (by kana), their contracts, their months as the closed
 * payrolls paid them (days, hours, gross, deductions, net) and the days as clocked.
 *
 * @param issuedOn   the day the pack is printed (作成日)
 * @param production the three years before {@code year}, the latest first; a year without results has a null balance
 * @param months     the twelve months of the evidence year, April first, with whether each is closed and its pay date
 * @param workers    every user with a contract running on some day of the evidence year, by kana
 */
public record ScoreEvidenceView(String officeName, String officeNumber, FiscalYear year, String staffing, LocalDate issuedOn,
                                TypeAScoreService.Score score, List<Production> production, List<PayrollMonth> months,
                                List<Worker> workers) {

    public ScoreEvidenceView {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeNumber, "officeNumber");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(staffing, "staffing");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(score, "score");
        production = List.copyOf(production);
        months = List.copyOf(months);
        workers = List.copyOf(workers);
        if (months.size() != 12) {
            throw new IllegalArgumentException("the twelve months of " + year.previous() + ", not " + months.size());
        }
        for (int i = 0; i < 12; i++) {
            if (!months.get(i).month().equals(year.previous().firstMonth().plusMonths(i))) {
                throw new IllegalArgumentException("month " + (i + 1) + " of " + year.previous() + " is not " + months.get(i).month());
            }
        }
        for (Worker w : workers) {
            if (w.months().size() != 12) {
                throw new IllegalArgumentException(w.name() + ": the twelve months of " + year.previous() + ", not " + w.months().size());
            }
        }
    }

    /** The year the evidence is of: the one before the year the score is reported for. */
    public FiscalYear evidenceYear() {
        return year.previous();
    }

    /** A production year as entered (null balance: not entered). */
    public record Production(int fiscalYear, TypeAScoreService.Balance balance) {
    }

    /** A month of the evidence year: whether the office's payroll is closed, and its pay date when it is. */
    public record PayrollMonth(YearMonth month, LocalDate payDate) {
        public boolean closed() {
            return payDate != null;
        }
    }

    /** A contract's terms as the pack lists them. */
    public record Contract(LocalDate startDate, LocalDate endDate, String renewal, int daysPerWeek, LocalTime dailyStart, LocalTime dailyEnd,
                           int breakMinutes, int dailyMinutes, int weeklyMinutes, Yen hourlyWage, String job) {
        public boolean fixedTerm() {
            return endDate != null;
        }

        static Contract of(EmploymentContract c) {
            return new Contract(c.startDate(), c.endDate(), c.renewal(), c.daysPerWeek(), c.dailyStart(), c.dailyEnd(), c.breakMinutes(),
                    c.dailyMinutes(), c.weeklyMinutes(), c.hourlyWage(), c.job());
        }
    }

    /**
     * A user's month: open (the office's payroll not closed), closed without pay for the user ({@code slip} null), or
     * paid (the stored slip).
     */
    public record Month(YearMonth month, boolean closed, PayrollMonthView.Slip slip) {
        public Month {
            if (slip != null && !closed) {
                throw new IllegalArgumentException(month + " paid a slip but is not closed");
            }
        }

        public boolean paid() {
            return slip != null;
        }
    }

    /** A day as clocked (check-out null: the day was never closed), with the minutes it counts. */
    public record Day(LocalDate date, LocalTime checkIn, LocalTime checkOut, int breakMinutes) {
        /** Check-out − check-in − break, or null while the day is open. */
        public Long worked() {
            return checkOut == null ? null : java.time.Duration.between(checkIn, checkOut).toMinutes() - breakMinutes;
        }
    }

    /** A user of the evidence year: name and kana, the contracts of the year, the twelve months, the days clocked under them. */
    public record Worker(PersonId person, String name, String kana, List<Contract> contracts, List<Month> months, List<Day> clocked)
            implements SlipTotals {
        public Worker {
            Objects.requireNonNull(person, "person");
            contracts = List.copyOf(contracts);
            months = List.copyOf(months);
            clocked = List.copyOf(clocked);
        }

        @Override
        public List<PayrollMonthView.Slip> totalled() {
            return months.stream().filter(Month::paid).map(Month::slip).toList();
        }

        /** Hours worked per day worked over the months paid (2 decimals), or null without a day. */
        public BigDecimal averageDailyHours() {
            return average(minutes().worked(), days());
        }
    }

    /** Every worker's months paid, added up (the figures item Ⅰ reads, as far as the payslips go). */
    public SlipTotals total() {
        return () -> workers.stream().flatMap(w -> w.totalled().stream()).toList();
    }

    /** The office's month: every worker's slip of it. */
    public SlipTotals month(YearMonth month) {
        return () -> workers.stream().flatMap(w -> w.months().stream()).filter(m -> m.month().equals(month) && m.paid()).map(Month::slip).toList();
    }

    /** Hours per day: minutes ÷ 60 ÷ days, 2 decimals, half up; null without a day. */
    static BigDecimal average(long minutes, long days) {
        return days == 0 ? null : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60L * days), 2, RoundingMode.HALF_UP);
    }
}
