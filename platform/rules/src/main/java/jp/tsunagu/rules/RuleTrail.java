package jp.tsunagu.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules a computation used: every table version it read and every local parameter it applied, so that
 * its result can be stored with them and an auditor can ask "computed with which rule, from where".
 *
 * @param date the date the rules were looked up for
 */
public record RuleTrail(LocalDate date, List<Entry> entries) {

    public RuleTrail {
        entries = List.copyOf(entries);
    }

    /**
     * One rule used.
     *
     * @param kind          TABLE for a version of a rule table, PARAMETER for a local parameter
     * @param name          the table id or the parameter name
     * @param effectiveFrom the version's (or the override's) start
     * @param source        the version's source, or who set the override
     * @param value         for a parameter: the value applied and its origin; null for a table
     */
    public record Entry(Kind kind, String name, LocalDate effectiveFrom, String source, String value) {
    }

    public enum Kind { TABLE, PARAMETER }

    /** This trail with a local parameter that was applied. */
    public RuleTrail with(ParameterValue parameter) {
        Entry e = new Entry(Kind.PARAMETER, parameter.name(), parameter.effectiveFrom(), parameter.source(),
                parameter.value() + " (" + parameter.origin() + ")");
        if (entries.contains(e)) {
            return this;
        }
        return new RuleTrail(date, java.util.stream.Stream.concat(entries.stream(), java.util.stream.Stream.of(e)).toList());
    }
}
