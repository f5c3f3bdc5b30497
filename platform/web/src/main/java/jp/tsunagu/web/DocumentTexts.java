package jp.tsunagu.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.Yen;
import org.springframework.context.MessageSource;

/**
 * A printed document's texts from a module's message bundles, in the language asked for: Japanese for the copy handed
 * out or filed, English for a staff member who reads the screens in English. Each document reads its own keys
 * ({@code prefix}, e.g. {@code wages.payslip.}) and the ones its module's documents share ({@code shared}, e.g.
 * {@code wages.documents.}: at least {@code yen} ({0}円) and {@code hours} ({0}時間{1}分)). A missing text fails the
 * document rather than printing its key. Templates call it ({@code ${t.get('title', …)}}) with values already formatted.
 * A module extends it with the names of its own items.
 */
public class DocumentTexts {
    private final MessageSource messages;
    private final Locale locale;
    private final String prefix;
    private final String shared;

    protected DocumentTexts(MessageSource messages, Locale locale, String prefix, String shared) {
        this.messages = messages;
        this.locale = locale;
        this.prefix = prefix;
        this.shared = shared;
    }

    public Locale locale() {
        return locale;
    }

    /** The document's text {@code <prefix><key>}; {@code args} are text already formatted. */
    public String get(String key, String... args) {
        return message(prefix + key, (Object[]) args);
    }

    /** A text the module's documents share, {@code <shared><key>}. */
    public String shared(String key, String... args) {
        return message(shared + key, (Object[]) args);
    }

    /** Any key of the bundles, with arguments the message formats itself (a number of days, say). */
    protected String message(String key, Object... args) {
        return messages.getMessage(key, args == null || args.length == 0 ? null : args, locale);
    }

    /** A key of the bundles, or {@code fallback} when they have none. */
    protected String messageOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** Yen as the documents write them: 1,234,567円; a missing amount is empty. */
    public String yen(Yen yen) {
        return yen == null ? "" : shared("yen", number(yen));
    }

    /** Yen as a figure alone (1,234,567), for a table whose head gives the unit. */
    public String number(Yen yen) {
        return yen == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen.value());
    }

    /** A date in 和暦 with ISO beside: 令和8年10月23日 (2026-10-23); a missing date is empty. */
    public String date(LocalDate date) {
        return date == null ? "" : JapaneseDates.withIso(date);
    }

    /** A month in 和暦 with ISO beside, as {@code #ja.month} writes it: 令和8年9月 (2026-09). */
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
}
