package jp.tsunagu.wages.internal.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.run.RunService.PaidMonth;
import jp.tsunagu.wages.internal.run.RunService.Line;

/**
 * 工賃台帳: what the wages ledger of one user and fiscal year shows: a row per month, April to March, with the month's
 * days, hours, base part, share of the rest, adjustments for earlier closed months and 工賃 where its run is closed and paid the user, and the year's totals.
 * A month whose run is closed without a line for the user paid them nothing; a month not closed has no figures yet.
 *
 * @param issuedOn the day the ledger is printed (作成日)
 * @param months   the twelve months of the fiscal year, April first
 */
public record LedgerBookView(String officeName, String officeNumber, String name, String kana, FiscalYear year, List<Month> months,
                             LocalDate issuedOn) {

    public LedgerBookView {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeNumber, "officeNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kana, "kana");
        Objects.requireNonNull(issuedOn, "issuedOn");
        months = List.copyOf(months);
        if (months.size() != 12) {
            throw new IllegalArgumentException("the twelve months of " + year + ", not " + months.size());
        }
        for (int i = 0; i < 12; i++) {
            if (!months.get(i).month().equals(year.firstMonth().plusMonths(i))) {
                throw new IllegalArgumentException("month " + (i + 1) + " of " + year + " is not " + months.get(i).month());
            }
        }
    }

    /**
     * A month of the ledger: {@code line} the user's figures where the month's run is closed and paid them, else null
     * ({@code closed} tells nothing paid from not closed yet).
     */
    public record Month(YearMonth month, boolean closed, Line line) {
        public Month {
            if (line != null && !closed) {
                throw new IllegalArgumentException(month + " paid a line but is not closed");
            }
        }

        public boolean paid() {
            return line != null;
        }
    }

    /**
     * The year of the user: the months that paid them ({@code paid}), and the office's {@code closed} months (where a
     * month without a line paid them nothing). Name and kana from the last month paid.
     */
    static LedgerBookView of(String officeName, String officeNumber, FiscalYear year, List<PaidMonth> paid, List<YearMonth> closed,
                             LocalDate issuedOn) {
        if (paid.isEmpty()) {
            throw new IllegalArgumentException("a ledger book of " + year + " without a month paid");
        }
        Map<YearMonth, Line> byMonth = paid.stream().collect(Collectors.toMap(PaidMonth::month, PaidMonth::line));
        Line last = byMonth.entrySet().stream().max(Map.Entry.comparingByKey()).orElseThrow().getValue();
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = year.firstMonth().plusMonths(i);
            months.add(new Month(month, closed.contains(month) || byMonth.containsKey(month), byMonth.get(month)));
        }
        return new LedgerBookView(officeName, officeNumber, last.name(), last.kana(), year, months, issuedOn);
    }

    private List<Line> lines() {
        return months.stream().filter(Month::paid).map(Month::line).toList();
    }

    public int days() {
        return lines().stream().mapToInt(Line::days).sum();
    }

    public long minutes() {
        return lines().stream().mapToLong(Line::minutes).sum();
    }

    public Yen base() {
        return sum(Line::base);
    }

    public Yen share() {
        return sum(Line::share);
    }

    /** The adjustments for earlier closed months paid with the year's months. */
    public Yen adjustment() {
        return sum(Line::adjustment);
    }

    /** The year's 工賃: the months' totals added up. */
    public Yen total() {
        return sum(Line::total);
    }

    private Yen sum(Function<Line, Yen> amount) {
        return lines().stream().map(amount).reduce(Yen.ZERO, Yen::plus);
    }
}
