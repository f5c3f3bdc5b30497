package jp.tsunagu.rules;

import java.time.LocalDate;

/**
 * The table has a row for this key and date, but the figure itself is not configured: the sources did not
 * give it or it is unconfirmed, so the value was left empty. A clear failure naming table, key, date and
 * column, with the version's note, never a default (and never 0). It is a {@link RuleNotFound}, so every
 * caller that handles a missing rule handles this one too; catch it first to tell the two apart.
 */
public class RuleNotConfigured extends RuleNotFound {
    private final String column;

    public RuleNotConfigured(RuleRow row, String key, LocalDate date, String column) {
        super(row.version().table(), key, date, column + " is not configured"
                + " (the version from " + row.version().effectiveFrom() + " leaves it empty"
                + (row.version().note() == null ? "" : ": " + row.version().note()) + ")");
        this.column = column;
    }

    public String column() {
        return column;
    }
}
