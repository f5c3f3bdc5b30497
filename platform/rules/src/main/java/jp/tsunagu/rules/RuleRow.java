package jp.tsunagu.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A row of a rule table as in force on a date, with the version it comes from. Typed getters fail naming
 * the table and column when a value is missing or of another type.
 */
public record RuleRow(RuleVersion version, LocalDate rowEffectiveFrom, Map<String, Object> values) {

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
