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
     * @param newVersionDue for a table: the date a newer version was due, when the trail's date is past it and
     *                      none has been loaded, so the figure may be outdated; null otherwise
     */
    public record Entry(Kind kind, String name, LocalDate effectiveFrom, String source, String value, LocalDate newVersionDue) {

        public Entry(Kind kind, String name, LocalDate effectiveFrom, String source, String value) {
            this(kind, name, effectiveFrom, source, value, null);
        }

        /** Whether the figure may be outdated (a newer version was due for the trail's date). */
        public boolean possiblyOutdated() {
            return newVersionDue != null;
        }
    }

    /** The tables read whose newer version was due for the trail's date: the figure may be outdated. */
    public List<Entry> warnings() {
        return entries.stream().filter(Entry::possiblyOutdated).toList();
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
