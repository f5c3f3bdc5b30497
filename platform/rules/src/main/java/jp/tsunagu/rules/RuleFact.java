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
 */
public record RuleFact(String key, String qualifier, String value, String unit, String table, LocalDate versionFrom,
                       LocalDate rowFrom, String source, String note, String missing) {
}
