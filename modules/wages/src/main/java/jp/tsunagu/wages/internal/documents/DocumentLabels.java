package jp.tsunagu.wages.internal.documents;

import java.time.YearMonth;
import java.util.Locale;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.wages.internal.ledger.EntryCategory;
import org.springframework.context.MessageSource;

/**
 * A document's labels from the message bundles ({@code messages/wages*.properties}, the service types from the
 * platform's {@code messages*.properties}) in the language asked for: Japanese for the copy filed or handed out, English
 * for a staff member who reads the screens in English. Each document reads its own keys ({@code prefix}: wages.sheet.,
 * wages.payslip. …) and the ones the wages documents share ({@code wages.documents.*}). A missing label fails the
 * document rather than printing its key. Templates call it too ({@code ${t.get('title', …)}}), with values #ja formatted.
 */
final class DocumentLabels extends jp.tsunagu.web.DocumentTexts {
    DocumentLabels(MessageSource messages, Locale locale, String prefix) {
        super(messages, locale, prefix, "wages.documents.");
    }

    /** A ledger category's name (売上, 材料費 …), as the ledger's page names it. */
    String category(EntryCategory category) {
        return message("wages.category." + category.name());
    }

    /** The service type's name (就労継続支援B型), or its code when the bundles have none. */
    public String serviceType(ServiceType type) {
        return messageOr("serviceType." + type.name(), type.name());
    }

    /** A month as a column heads it: 4月, or Apr. */
    String month(YearMonth month) {
        return monthHead(month);
    }
}
