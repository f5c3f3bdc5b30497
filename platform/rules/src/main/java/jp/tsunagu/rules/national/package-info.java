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
 *
 * <p>Money is {@link jp.tsunagu.kernel.Yen}: every amount a view reads, takes or computes (a minimum wage, a cap, a
 * share, a deduction, a tax, a standard remuneration, an average 工賃) is whole yen in its own type, and a view that
 * rounds does it with the {@link jp.tsunagu.kernel.Yen.Rounding} its table's rounding column names (one helper maps
 * the column, {@code YenRoundings}). Units (単位), counts, days, percentages and per-mille rates stay numbers; a rate
 * with sen (a unit price in yen per 単位, an hourly rate, a reduced minimum wage) stays a {@code BigDecimal} until a
 * rule rounds it. {@code RuleViewMoneyTests} in the app holds the views to this.
 */
@org.springframework.modulith.NamedInterface("national")
package jp.tsunagu.rules.national;
