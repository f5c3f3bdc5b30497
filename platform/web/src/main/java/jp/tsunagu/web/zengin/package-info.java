/**
 * The 全銀協規定形式 bank transfer file (総合振込 21, 給与振込 11) and the rules of what its fields can carry (half-width
 * katakana, the symbols of each field, codes of fixed length), shared by the modules that pay users into their bank
 * accounts: wages (工賃, 総合振込) and employment (A型 payroll, 給与振込). Pure: no Spring bean, no database.
 */
@org.springframework.modulith.NamedInterface("zengin")
package jp.tsunagu.web.zengin;
