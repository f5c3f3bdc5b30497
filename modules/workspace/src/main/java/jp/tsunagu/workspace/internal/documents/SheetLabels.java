package jp.tsunagu.workspace.internal.documents;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.tsunagu.kernel.ServiceType;
import org.springframework.context.MessageSource;

/**
 * The record sheet's labels from the message bundles ({@code messages/workspace*.properties}), always in Japanese:
 * the person signs the Japanese sheet and the office files it with the authority, whatever language the staff
 * member reads the screens in. A missing label fails the document rather than printing its key.
 */
final class SheetLabels {
    static final Locale LOCALE = Locale.JAPANESE;
    private final MessageSource messages;

    SheetLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label {@code code}; {@code args} are text already formatted (a number passed as a number would get grouping). */
    String get(String code, String... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, LOCALE);
    }

    /** The service type's name (就労継続支援B型), or its code when the bundles have none. */
    String serviceType(ServiceType type) {
        return messages.getMessage("serviceType." + type.name(), null, type.name(), LOCALE);
    }

    /** The short weekday, as the sheet's day rows show it (水). */
    static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, LOCALE);
    }
}
