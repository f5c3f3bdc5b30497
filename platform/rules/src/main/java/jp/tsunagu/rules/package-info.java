/**
 * Rules as data: effective-dated rule tables (rates, thresholds, minimum wages, tiers, intervals, rounding
 * modes), each version with its source. {@code rules.on(date)} gives an immutable in-memory view; a lookup
 * for a date before the first version or for a key the table lacks fails naming table, key and date, and
 * never defaults. Modules define typed views of the tables they read and hold no figure of their own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules", allowedDependencies = {"kernel", "tenancy", "audit"})
package jp.tsunagu.rules;
