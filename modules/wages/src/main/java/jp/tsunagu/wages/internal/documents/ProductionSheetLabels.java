package jp.tsunagu.wages.internal.documents;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.wages.internal.ledger.EntryCategory;
import org.springframework.context.MessageSource;

/**
 * The production activity sheet's labels from the message bundles ({@code messages/wages*.properties}, the service
 * types from the platform's {@code messages*.properties}) in the language asked for: Japanese for the copy filed
 * with the authority, English for a staff member who reads the screens in English. A missing label fails the
 * document rather than printing its key.
 */
final class ProductionSheetLabels {
    private final MessageSource messages;
    private final Locale locale;

    ProductionSheetLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** The label {@code wages.sheet.<key>}; {@code args} are text already formatted. */
    String get(String key, String... args) {
        return messages.getMessage("wages.sheet." + key, args.length == 0 ? null : args, locale);
    }

    /** A ledger category's name (売上, 材料費 …), as the ledger's page names it. */
    String category(EntryCategory category) {
        return messages.getMessage("wages.category." + category.name(), null, locale);
    }

    /** The service type's name (就労継続支援B型), or its code when the bundles have none. */
    String serviceType(ServiceType type) {
        return messages.getMessage("serviceType." + type.name(), null, type.name(), locale);
    }

    /** A month as a column heads it: 4月, or Apr. */
    String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale);
    }
}
