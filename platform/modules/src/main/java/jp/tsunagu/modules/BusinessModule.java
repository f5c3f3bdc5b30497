package jp.tsunagu.modules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.tsunagu.kernel.ServiceType;

/**
 * The descriptor of a business module (one bean per module): its key, names, the service types it
 * serves, the modules it requires, the privileges it introduces and its navigation entries.
 */
public interface BusinessModule {

    /** A stable lower-case key, e.g. {@code planning}; also the prefix of its privileges. */
    String key();

    String nameJa();

    String nameEn();

    default String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn() : nameJa();
    }

    /** The service types the module serves; an office offering none of them cannot enable it. */
    Set<ServiceType> serviceTypes();

    /** Keys of the modules that must be enabled for the same office first. */
    default Set<String> requires() {
        return Set.of();
    }

    /** The privileges the module introduces, each with the roles that hold it by default. */
    default List<Privilege> privileges() {
        return List.of();
    }

    /** Menu entries shown for an office where the module is on. */
    default List<NavigationEntry> navigation() {
        return List.of();
    }
}
