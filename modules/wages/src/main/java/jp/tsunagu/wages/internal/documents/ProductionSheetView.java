package jp.tsunagu.wages.internal.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.ledger.EntryCategory;

/**
 * 生産活動シート: what the production activity sheet of a B型 office for a fiscal year shows, as a service reads it
 * from the ledger: per month (April to March) the revenue and expenses by ledger category, the 工賃 paid and the
 * reserves set aside or used; per activity (作業種目) the year's revenue and expenses, for the
 * 就労支援事業別事業活動明細書. The view adds up, nothing else: the months' sums are the year, and the activities must
 * add up to the same year (both are read from one ledger; a difference is a bug of the caller, refused here).
 *
 * @param corporationName the corporation (法人) running the office
 * @param officeNumber    the office's 10-digit 事業所番号
 * @param preparedOn      the day the sheet is made (作成日)
 * @param activities      the year per activity, in the order the 明細書 lists them within their service type
 * @param months          the twelve months of the fiscal year, April first
 */
public record ProductionSheetView(String corporationName, String officeName, String officeNumber, FiscalYear fiscalYear,
        LocalDate preparedOn, List<ActivityYear> activities, List<MonthLine> months) {

    public ProductionSheetView {
        Objects.requireNonNull(corporationName, "corporationName");
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeNumber, "officeNumber");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(preparedOn, "preparedOn");
        activities = List.copyOf(activities);
        months = List.copyOf(months);
        if (months.size() != 12) {
            throw new IllegalArgumentException("the twelve months of " + fiscalYear + ", not " + months.size());
        }
        for (int i = 0; i < 12; i++) {
            if (!months.get(i).month().equals(fiscalYear.firstMonth().plusMonths(i))) {
                throw new IllegalArgumentException("month " + (i + 1) + " of " + fiscalYear + " is " + fiscalYear.firstMonth().plusMonths(i)
                        + ", not " + months.get(i).month());
            }
        }
        Figures year = sum(months);
        for (EntryCategory c : EntryCategory.values()) {
            Yen byActivity = activities.stream().map(a -> a.amount(c)).reduce(Yen.ZERO, Yen::plus);
            if (!byActivity.equals(year.amount(c))) {
                throw new IllegalArgumentException("the activities' " + c + " (" + byActivity + ") differ from the months' (" + year.amount(c) + ")");
            }
        }
    }

    /** The year's figures (the sheet's 合計 column): the months added up. */
    public Figures total() {
        return sum(months);
    }

    private static Figures sum(List<MonthLine> months) {
        return months.stream().map(MonthLine::figures).reduce(Figures.NONE, Figures::plus);
    }

    /** Amounts by ledger category, a missing category being zero, and their sums. */
    public sealed interface ByCategory permits ActivityYear, Figures {
        /**
         * Each category's amount (yen of the period). Negative only where a correction of a closed month (訂正, counted in
         * the month it is entered in) took more from the category than the period's entries gave it.
         */
        Map<EntryCategory, Yen> amounts();

        default Yen amount(EntryCategory category) {
            return amounts().getOrDefault(category, Yen.ZERO);
        }

        /** 生産活動収入: the revenue categories added up. */
        default Yen revenue() {
            return amounts().entrySet().stream().filter(e -> e.getKey().revenue()).map(Map.Entry::getValue).reduce(Yen.ZERO, Yen::plus);
        }

        /** 生産活動経費: the expense categories added up. */
        default Yen expenses() {
            return amounts().entrySet().stream().filter(e -> !e.getKey().revenue()).map(Map.Entry::getValue).reduce(Yen.ZERO, Yen::plus);
        }

        /** 生産活動収支: revenue − expenses (negative for a loss). */
        default Yen productionBalance() {
            return revenue().minus(expenses());
        }
    }

    /**
     * 作業種目の年間収支: one activity's year, a column of the 就労支援事業別事業活動明細書.
     *
     * @param serviceType the service type whose production activity it is: a multi-function office (多機能型) lists its
     *                    activities per service type, with a subtotal for each
     */
    public record ActivityYear(String name, ServiceType serviceType, Map<EntryCategory, Yen> amounts) implements ByCategory {
        public ActivityYear {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(serviceType, "serviceType");
            amounts = checked(amounts);
        }
    }

    /**
     * A month's or the year's figures: revenue and expenses by category, 工賃 paid, and the reserves (工賃変動積立金,
     * 設備等整備積立金) set aside from the production balance or, for the 工賃変動積立金, used to pay 工賃.
     */
    public record Figures(Map<EntryCategory, Yen> amounts, Yen wagesPaid, Yen reserveSetAside, Yen reserveUsed) implements ByCategory {
        static final Figures NONE = new Figures(Map.of(), Yen.ZERO);

        /** Null reserves are zero: most offices keep none. */
        public Figures {
            amounts = checked(amounts);
            wagesPaid = notNegative(Objects.requireNonNull(wagesPaid, "wagesPaid"), "wagesPaid");
            reserveSetAside = notNegative(reserveSetAside == null ? Yen.ZERO : reserveSetAside, "reserveSetAside");
            reserveUsed = notNegative(reserveUsed == null ? Yen.ZERO : reserveUsed, "reserveUsed");
        }

        /** Figures without reserves. */
        public Figures(Map<EntryCategory, Yen> amounts, Yen wagesPaid) {
            this(amounts, wagesPaid, Yen.ZERO, Yen.ZERO);
        }

        /** 差額: production balance − reserves set aside + reserves used − 工賃 paid (zero when all went to the users). */
        public Yen difference() {
            return productionBalance().minus(reserveSetAside).plus(reserveUsed).minus(wagesPaid);
        }

        /**
         * Whether the 工賃 paid exceed what production left for them (the balance and the 工賃変動積立金 used): the rest
         * can only have come from benefit income, which the authority's check refuses.
         */
        public boolean wagesExceedBalance() {
            return wagesPaid.isGreaterThan(productionBalance().plus(reserveUsed));
        }

        Figures plus(Figures other) {
            Map<EntryCategory, Yen> sum = new EnumMap<>(EntryCategory.class);
            for (EntryCategory c : EntryCategory.values()) {
                sum.put(c, amount(c).plus(other.amount(c)));
            }
            return new Figures(sum, wagesPaid.plus(other.wagesPaid), reserveSetAside.plus(other.reserveSetAside),
                    reserveUsed.plus(other.reserveUsed));
        }
    }

    /** 月別: one month of the fiscal year. */
    public record MonthLine(YearMonth month, Figures figures) {
        public MonthLine {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(figures, "figures");
        }
    }

    /** The amounts by category, signed: a correction may leave a category of a month (or activity) below zero. */
    private static Map<EntryCategory, Yen> checked(Map<EntryCategory, Yen> amounts) {
        Map<EntryCategory, Yen> copy = new EnumMap<>(EntryCategory.class);
        amounts.forEach((category, amount) -> copy.put(Objects.requireNonNull(category, "category"), Objects.requireNonNull(amount, category.name())));
        return Collections.unmodifiableMap(copy);
    }

    private static Yen notNegative(Yen amount, String what) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException(what + " cannot be negative: " + amount);
        }
        return amount;
    }
}
