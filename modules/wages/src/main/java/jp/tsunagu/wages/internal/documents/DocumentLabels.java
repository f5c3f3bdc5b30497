package jp.tsunagu.wages.internal.documents;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.ledger.EntryCategory;
import org.springframework.context.MessageSource;

/**
 * A document's labels from the message bundles ({@code messages/wages*.properties}, the service types from the
 * platform's {@code messages*.properties}) in the language asked for: Japanese for the copy filed or handed out, English
 * for a staff member who reads the screens in English. Each document reads its own keys ({@code prefix}: wages.sheet.,
 * wages.payslip. …) and the ones the wages documents share ({@code wages.documents.*}). A missing label fails the
 * document rather than printing its key. Templates call it too ({@code ${t.get('title', …)}}), with values #ja formatted.
 */
final class DocumentLabels {
    private static final String SHARED = "wages.documents.";

    private final MessageSource messages;
    private final Locale locale;
    private final String prefix;

    DocumentLabels(MessageSource messages, Locale locale, String prefix) {
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

    /** A label the wages documents share, {@code wages.documents.<key>}. */
    public String shared(String key, String... args) {
        return message(SHARED + key, args);
    }

    private String message(String key, String... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    /** A ledger category's name (売上, 材料費 …), as the ledger's page names it. */
    String category(EntryCategory category) {
        return messages.getMessage("wages.category." + category.name(), null, locale);
    }

    /** The service type's name (就労継続支援B型), or its code when the bundles have none. */
    public String serviceType(ServiceType type) {
        return messages.getMessage("serviceType." + type.name(), null, type.name(), locale);
    }

    /** A month as a column heads it: 4月, or Apr. */
    String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale);
    }

    /** Yen as the documents' templates write them ({@code #ja.yen}): 1,234,567円; a missing amount is empty. */
    public String yen(Yen yen) {
        return yen == null ? "" : shared("yen", NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen.value()));
    }

    /** A month in 和暦 with ISO beside, as {@code #ja.month} writes it: 令和7年12月 (2025-12). */
    public String eraMonth(YearMonth month) {
        return JapaneseDates.era(month) + " (" + month + ")";
    }

    /** Minutes of work as hours and minutes: 160時間00分, or 160 h 00 min. */
    public String hours(long minutes) {
        return shared("hours", NumberFormat.getIntegerInstance(locale).format(minutes / 60), "%02d".formatted(minutes % 60));
    }
}
