package jp.tsunagu.employment.internal.documents;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.Yen;
import org.springframework.context.MessageSource;

/**
 * The payroll documents' labels from the message bundles ({@code messages/employment*.properties}) in the language asked
 * for: Japanese for the copy handed out or filed, English for a staff member who reads the screens in English. Each
 * document reads its own keys ({@code prefix}: employment.payslip., employment.wageLedger. …) and the ones the payroll
 * documents share ({@code employment.payrollDoc.*}: the items, the heads, units). A missing label fails the document
 * rather than printing its key. Templates call it too ({@code ${t.get('title', …)}}).
 */
final class PayrollLabels {
    private static final String SHARED = "employment.payrollDoc.";

    private final MessageSource messages;
    private final Locale locale;
    private final String prefix;

    PayrollLabels(MessageSource messages, Locale locale, String prefix) {
        this.messages = messages;
        this.locale = locale;
        this.prefix = prefix;
    }

    Locale locale() {
        return locale;
    }

    /** The document's label {@code <prefix><key>}; {@code args} are text already formatted. */
    public String get(String key, String... args) {
        return message(prefix + key, args);
    }

    /** A label the payroll documents share, {@code employment.payrollDoc.<key>}. */
    public String shared(String key, String... args) {
        return message(SHARED + key, args);
    }

    private String message(String key, String... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    /** A payslip line's name: 基本給, 雇用保険料 … */
    public String item(Item item) {
        return shared("item." + item.name());
    }

    /** Yen as the documents write them: 1,234,567円; a missing amount is empty. */
    public String yen(Yen yen) {
        return yen == null ? "" : shared("yen", number(yen));
    }

    /** Yen as a figure alone (1,234,567), for a table whose head gives the unit. */
    public String number(Yen yen) {
        return yen == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen.value());
    }

    /** A month in 和暦 with ISO beside: 令和8年9月 (2026-09). */
    public String eraMonth(YearMonth month) {
        return JapaneseDates.era(month) + " (" + month + ")";
    }

    /**
     * A calendar year in 和暦 with the year beside: 令和8年 (2026); a year two eras share is named by its last day's
     * (2019: 令和元年 (2019)).
     */
    public String eraYear(Year year) {
        String month = JapaneseDates.era(year.atMonth(12));
        return month.substring(0, month.indexOf('年') + 1) + " (" + year + ")";
    }

    /** A date in 和暦 with ISO beside: 令和8年10月23日 (2026-10-23). */
    public String date(LocalDate date) {
        return date == null ? "" : JapaneseDates.withIso(date);
    }

    /** A month as a column heads it: 9月, or Sep. */
    public String monthHead(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale);
    }

    /** Minutes of work as hours and minutes: 16時間20分, or 16 h 20 min. */
    public String hours(long minutes) {
        return shared("hours", NumberFormat.getIntegerInstance(locale).format(minutes / 60), "%02d".formatted(minutes % 60));
    }

    /** Minutes of work as a table cell writes them: 16:20. */
    public static String clock(long minutes) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(minutes / 60) + ":" + "%02d".formatted(minutes % 60);
    }

    /** Days worked: 3日, or 3 days (1 day). */
    public String days(int days) {
        return messages.getMessage(SHARED + "days", new Object[] {days}, locale);
    }
}
