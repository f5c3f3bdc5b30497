package jp.tsunagu.rules;

import java.time.LocalDate;

/**
 * One version of a rule table: in force from {@code effectiveFrom} until the next version starts.
 *
 * @param source the document (title and number, page or address) the figures come from
 * @param note   doubts and remarks about the figures, where the sources are unsure
 * @param loaded when this version was loaded (the data set's date for bundled versions)
 */
public record RuleVersion(String table, LocalDate effectiveFrom, String source, String note, LocalDate loaded) {
}
