package jp.tsunagu.web;

/**
 * What a CSV file for Excel needs beyond RFC 4180 quoting, for every module's CSV documents alike: the UTF-8 byte order
 * mark (without it Excel reads the file as Shift_JIS) and the formula guard on text someone typed (CSV injection).
 */
public final class CsvText {
    /** The byte order mark a CSV file for Excel starts with. */
    public static final char BOM = '\uFEFF';
    /** A value starting with one of these is run as a formula by a spreadsheet (and tab and CR may hide one). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvText() {
    }

    /**
     * Text as typed by someone (a name, a place, a note), with a leading = + - @ (or tab or CR) prefixed by an apostrophe
     * so that a spreadsheet shows it rather than running it as a formula; null is the empty string.
     */
    public static String guarded(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
