package jp.tsunagu.rules;

import java.time.LocalDate;
import java.util.List;

/** The rule tables: look them up by date; list their versions. */
public interface Rules {

    /** The rules in force on {@code date}. */
    RuleView on(LocalDate date);

    /**
     * The rules in force on {@code date}, remembering the versions read: for a computation that stores its
     * {@link RuleTrail} with its result. Slightly slower than {@link #on}; use one per computation.
     */
    TracedRuleView traced(LocalDate date);

    /** The columns of a table, in their declared order (a row may leave some empty). */
    List<String> columnNames(String table);

    /** Ids of all tables. */
    List<String> tables();

    /** Every version of a table, oldest first (scheduled future versions included). */
    List<RuleVersion> versions(String table);

    /** How the table is revised and when its next version is due. */
    TableRevision revision(String table);

    /** The tables whose next version was due on or before {@code date} and none has been loaded. */
    default List<TableRevision> dueOn(java.time.LocalDate date) {
        return tables().stream().map(this::revision).filter(r -> r.dueOn(date)).toList();
    }
}
