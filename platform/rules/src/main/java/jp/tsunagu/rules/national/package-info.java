/**
 * Typed views of the national rule tables, and the small computations whose every figure comes from them
 * (rounding modes included). Each view reads a {@link jp.tsunagu.rules.RuleView} of one date.
 */
@org.springframework.modulith.NamedInterface("national")
package jp.tsunagu.rules.national;
