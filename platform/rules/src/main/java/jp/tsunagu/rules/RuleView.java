package jp.tsunagu.rules;

import java.time.LocalDate;
import java.util.List;

/** The rules as in force on one date: immutable, in memory, safe to share between threads. */
public interface RuleView {

    LocalDate date();

    /** The row of {@code table} for the key values (in the table's key order), or {@link RuleNotFound}. */
    RuleRow row(String table, Object... key);

    /** Every row of {@code table} in force on the date (for band and tier lookups). */
    List<RuleRow> rows(String table);

    /** The version of {@code table} in force on the date. */
    RuleVersion version(String table);
}
