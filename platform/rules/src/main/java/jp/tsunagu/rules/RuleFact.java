package jp.tsunagu.rules;

import java.time.LocalDate;

/**
 * One figure in force for an office, with the table, version and source it comes from; or, when the rules
 * hold none, why ({@code missing}) instead of a made-up value.
 *
 * @param key       what the figure is (a message key under {@code ui.fact.})
 * @param qualifier the prefecture, service type or other enum name it is for, or null
 * @param value     the figure as data (a plain number or a rule name), null when missing
 * @param unit      its unit (a message key under {@code ui.unit.}), or null
 * @param newVersionDue the date a newer version of its table was due, when the date asked for is past it and none
 *                  has been loaded (the figure may be outdated); null otherwise
 */
public record RuleFact(String key, String qualifier, String value, String unit, String table, LocalDate versionFrom,
                       LocalDate rowFrom, String source, String note, String missing, LocalDate newVersionDue) {

    /** This fact marked with the date its table's newer version was due. */
    public RuleFact withNewVersionDue(LocalDate due) {
        return new RuleFact(key, qualifier, value, unit, table, versionFrom, rowFrom, source, note, missing, due);
    }
}
