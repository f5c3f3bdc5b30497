package jp.tsunagu.modules;

/**
 * A menu entry of a module, shown for an office where the module is on.
 *
 * @param path a path below the office, e.g. {@code /planning}; the UI prefixes {@code /offices/{officeId}}
 */
public record NavigationEntry(String labelJa, String labelEn, String path) {
    public String label(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelJa;
    }
}
