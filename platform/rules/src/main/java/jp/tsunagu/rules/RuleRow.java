package jp.tsunagu.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A row of a rule table as in force on a date, with the version it comes from. Typed getters fail naming
 * the table and column when a value is missing or of another type.
 *
 * @param rowSource the row's own source where it names one (a prefecture's labour bureau notice), else null
 * @param rowNote   the row's own note (a doubt about this row only), else null
 */
public record RuleRow(RuleVersion version, LocalDate rowEffectiveFrom, Map<String, Object> values, String rowSource,
                      String rowNote) {

    public RuleRow(RuleVersion version, LocalDate rowEffectiveFrom, Map<String, Object> values) {
        this(version, rowEffectiveFrom, values, null, null);
    }

    /** The source to cite for this row: its own, else its version's. */
    public String source() {
        return rowSource != null ? rowSource : version.source();
    }

    /** The doubts about this row: its own note and its version's, either may be absent. */
    public String note() {
        if (rowNote == null) {
            return version.note();
        }
        return version.note() == null ? rowNote : rowNote + " — " + version.note();
    }

    public BigDecimal decimal(String column) {
        Object v = require(column);
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    public int integer(String column) {
        Object v = require(column);
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw new IllegalStateException("rule table " + version.table() + ": column " + column + " is not a whole number: " + v);
    }

    public String text(String column) {
        return require(column).toString();
    }

    public boolean has(String column) {
        return values.get(column) != null;
    }

    public Object value(String column) {
        return values.get(column);
    }

    private Object require(String column) {
        Object v = values.get(column);
        if (v == null) {
            throw new IllegalStateException("rule table " + version.table() + " (from " + version.effectiveFrom()
                    + "): column " + column + " is not configured");
        }
        return v;
    }
}
