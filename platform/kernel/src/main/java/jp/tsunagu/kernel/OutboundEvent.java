package jp.tsunagu.kernel;

import java.util.Locale;

/**
 * An event that other systems may consume (a municipality's own system, a corporation's accounting): besides the
 * application's own listeners, it leaves through the message broker when one is configured, on the topic
 * {@link #topicOf(Class)} names, keyed by its tenant. Such an event carries ids, dates and amounts only, never a
 * person's name, address or other personal data: a consumer that needs more asks the API, where access is checked
 * and audited.
 */
public interface OutboundEvent extends TenantEvent {

    /**
     * The topic of an event type: {@code tsunagu.<module>.<event-name-in-kebab-case>}, the module being the package
     * segment after {@code jp.tsunagu} ({@code jp.tsunagu.wages.events.WagesMonthClosed} →
     * {@code tsunagu.wages.wages-month-closed}). Renaming an event type renames its topic: consumers subscribe by it.
     */
    static String topicOf(Class<?> type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith("jp.tsunagu.")) {
            throw new IllegalArgumentException(type.getName() + " is not an event of the application");
        }
        String module = pkg.substring("jp.tsunagu.".length()).split("\\.")[0];
        String kebab = type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return "tsunagu." + module + "." + kebab;
    }
}
