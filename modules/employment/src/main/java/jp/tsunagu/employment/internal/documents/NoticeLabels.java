package jp.tsunagu.employment.internal.documents;

import java.text.NumberFormat;
import java.util.Locale;
import jp.tsunagu.kernel.Yen;
import org.springframework.context.MessageSource;

/**
 * The labels of the employment documents from the bundles ({@code messages/employment*.properties}, keys
 * {@code employment.notice.*}) in the language asked for: Japanese for the copy handed to the worker, English for a staff
 * member who reads the screens in English. A missing label fails the document rather than printing its key. Templates
 * call it as {@code ${t.get('title')}}, with dates formatted by {@code #ja}.
 */
final class NoticeLabels {
    private static final String PREFIX = "employment.notice.";

    private final MessageSource messages;
    private final Locale locale;

    NoticeLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The label {@code employment.notice.<key>}; {@code args} are text already formatted. */
    public String get(String key, String... args) {
        return messages.getMessage(PREFIX + key, args.length == 0 ? null : args, locale);
    }

    /** Yen grouped by thousands with the unit of the language: 1,100円, or 1,100 yen. */
    public String yen(Yen yen) {
        return get("yen", NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen.value()));
    }

    /** Minutes of work as hours and minutes: 4時間00分, or 4 h 00 min. */
    public String hours(long minutes) {
        return get("minutes", String.valueOf(minutes / 60), "%02d".formatted(minutes % 60));
    }
}
