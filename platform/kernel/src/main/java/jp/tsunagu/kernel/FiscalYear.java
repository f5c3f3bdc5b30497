package jp.tsunagu.kernel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** 年度: the fiscal year from 1 April to 31 March, named by the year it starts in (FY2026 = 令和8年度). */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {
    private static final DateTimeFormatter ERA_NAME = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN);

    public FiscalYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("a fiscal year between 1900 and 9998, not " + startYear);
        }
    }

    public static FiscalYear startingIn(int year) {
        return new FiscalYear(year);
    }

    /** The fiscal year a date falls in: 2027-03-31 is in FY2026, 2027-04-01 in FY2027. */
    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public static FiscalYear of(YearMonth month) {
        return of(month.atDay(1));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(startYear, 4);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(startYear + 1, 3);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /**
     * The 和暦 name, {@code 令和8年度}. A fiscal year is named in the era of its first month after any change of era in
     * it (FY2019, which began in 平成31年 April, is 令和元年度, as the ministries write it since May 2019).
     */
    public String japaneseName() {
        JapaneseDate named = JapaneseDate.from(LocalDate.of(startYear, 5, 1));
        int year = named.get(ChronoField.YEAR_OF_ERA);
        return ERA_NAME.format(named) + (year == 1 ? "元" : String.valueOf(year)) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "FY" + startYear;
    }
}
