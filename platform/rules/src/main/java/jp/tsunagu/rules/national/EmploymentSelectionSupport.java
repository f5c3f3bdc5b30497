package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.tsunagu.rules.RuleNotConfigured;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労選択支援 ({@code EmploymentSelectionSupport}, since 2025-10-01): units per day, the period of use and the
 * office conditions on a date. Before 2025-10-01 every lookup fails with {@link jp.tsunagu.rules.RuleNotFound}.
 */
public record EmploymentSelectionSupport(RuleView rules) {
    public static final String TABLE = "employment-selection-support";
    private static final String KEY = "EMPLOYMENT_SELECTION";

    public RuleRow row() {
        return rules.row(TABLE, KEY);
    }

    /** Units per day; {@link RuleNotConfigured} while the figure is unconfirmed (the R6 data). */
    public int unitsPerDay() {
        return integer("unitsPerDay");
    }

    public boolean unitsPerDayConfigured() {
        return row().has("unitsPerDay");
    }

    /** The usual period of use, in months. */
    public int usualMonths() {
        return integer("usualMonths");
    }

    /** The longest period of use, in months. */
    public int maxMonths() {
        return integer("maxMonths");
    }

    /** People the office must have placed in regular jobs within {@link #placementLookbackYears()}. */
    public int minPlacements() {
        return integer("minPlacements");
    }

    public int placementLookbackYears() {
        return integer("placementLookbackYears");
    }

    /** Staffing: users per staff member (15 → 15:1). */
    public int usersPerStaff() {
        return integer("usersPerStaff");
    }

    /** The separated area per person, in m². */
    public BigDecimal minAreaPerPersonM2() {
        return Figures.decimal(rules, row(), KEY, "minAreaPerPersonM2");
    }

    /** From this date a new B型 use needs employment selection support first (with exceptions). */
    public LocalDate mandatoryBeforeTypeBFrom() {
        return Figures.date(rules, row(), KEY, "mandatoryBeforeTypeBFrom");
    }

    /** From this date a new A型 use and a transition-support extension need it first. */
    public LocalDate mandatoryBeforeTypeAFrom() {
        return Figures.date(rules, row(), KEY, "mandatoryBeforeTypeAFrom");
    }

    private int integer(String column) {
        return Figures.integer(rules, row(), KEY, column);
    }
}
