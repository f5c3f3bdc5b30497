package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleNotConfigured;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * Shared reading rules of the typed views: a band lookup must find exactly one row, and an empty figure is
 * reported as not configured ({@link RuleNotConfigured}), never read as 0.
 */
final class Figures {
    private Figures() {
    }

    /** The one row of {@code table} in force that {@code matches}; none or several fail naming table, key and date. */
    static RuleRow single(RuleView rules, String table, String key, Predicate<RuleRow> matches) {
        List<RuleRow> found = rows(rules, table, key).stream().filter(matches).toList();
        if (found.size() != 1) {
            throw new RuleNotFound(table, key, rules.date(), found.isEmpty() ? "no row matches" : found.size() + " rows match");
        }
        return found.getFirst();
    }

    /** Every row of {@code table} in force; a failure (no version yet, no such table) names the key looked for. */
    static List<RuleRow> rows(RuleView rules, String table, String key) {
        try {
            return rules.rows(table);
        } catch (RuleNotFound e) {
            if (e.key() != null) {
                throw e;
            }
            String prefix = "rule table " + table + ", date " + rules.date() + ": ";
            String why = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            RuleNotFound named = new RuleNotFound(table, key, rules.date(), why);
            named.initCause(e);
            throw named;
        }
    }

    static int integer(RuleView rules, RuleRow row, String key, String column) {
        require(rules, row, key, column);
        return row.integer(column);
    }

    /** A figure the table gives in whole yen; a fraction is refused, not rounded. */
    static Yen yen(RuleView rules, RuleRow row, String key, String column) {
        require(rules, row, key, column);
        return Yen.exact(row.decimal(column));
    }

    static BigDecimal decimal(RuleView rules, RuleRow row, String key, String column) {
        require(rules, row, key, column);
        return row.decimal(column);
    }

    static String text(RuleView rules, RuleRow row, String key, String column) {
        require(rules, row, key, column);
        return row.text(column);
    }

    static LocalDate date(RuleView rules, RuleRow row, String key, String column) {
        require(rules, row, key, column);
        return (LocalDate) row.value(column);
    }

    private static void require(RuleView rules, RuleRow row, String key, String column) {
        if (!row.has(column)) {
            throw new RuleNotConfigured(row, key, rules.date(), column);
        }
    }

    /** Whether {@code value} lies in [min, max] of the row's integer columns (an empty bound is open). */
    static boolean within(RuleRow row, String min, String max, long value) {
        return (!row.has(min) || value >= row.integer(min)) && (!row.has(max) || value <= row.integer(max));
    }

    /**
     * Whether the exact ratio {@code numerator / denominator}, in percent, lies in the row's band: minPercent
     * (included when minInclusive) up to maxPercent (included when maxInclusive; empty = no upper bound). The
     * comparison is exact: no rounding of the rate happens before the band is chosen.
     */
    static boolean inPercentBand(RuleRow row, long numerator, long denominator) {
        if (!row.has("minPercent")) {
            return false; // a band not chosen by rate (NEW_OFFICE)
        }
        BigDecimal percentTimesDenominator = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100));
        int lower = percentTimesDenominator.compareTo(row.decimal("minPercent").multiply(BigDecimal.valueOf(denominator)));
        if (lower < 0 || (lower == 0 && !Boolean.TRUE.equals(row.value("minInclusive")))) {
            return false;
        }
        if (!row.has("maxPercent")) {
            return true;
        }
        int upper = percentTimesDenominator.compareTo(row.decimal("maxPercent").multiply(BigDecimal.valueOf(denominator)));
        return upper < 0 || (upper == 0 && Boolean.TRUE.equals(row.value("maxInclusive")));
    }

    static void requireRate(long numerator, long denominator, String numeratorName, String denominatorName) {
        if (denominator <= 0) {
            throw new IllegalArgumentException(denominatorName + " is " + denominator + ": the rate cannot be computed (never 0 %)");
        }
        if (numerator < 0) {
            throw new IllegalArgumentException(numeratorName + " is " + numerator + ": a count cannot be negative");
        }
    }
}
