/**
 * Typed views of the national rule tables, and the small computations whose every figure comes from them
 * (rounding modes included). Each view reads a {@link jp.tsunagu.rules.RuleView} of one date.
 *
 * <p>Failures, never defaults: a date before the table's first version, a key the table lacks or a value
 * that falls in no band throws {@link jp.tsunagu.rules.RuleNotFound} naming table, key and date. A row whose
 * figure is empty in the data (not collected, or unconfirmed) throws {@link jp.tsunagu.rules.RuleNotConfigured}
 * (a {@code RuleNotFound}) naming the column and quoting the version's note; views offer a {@code configured}
 * question where a caller needs to ask without failing. The one exception is an empty end date, which means an
 * open end ({@link jp.tsunagu.rules.national.TypeBAdjustments#newOfficeFactorEnds()}).
 */
@org.springframework.modulith.NamedInterface("national")
package jp.tsunagu.rules.national;
