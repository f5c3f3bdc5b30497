package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.rules.RuleNotConfigured;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労継続支援B型: the other figures of the base reward on a date: the short-time reduction (短時間利用減算,
 * a {@code Reduction}), the 目標工賃達成加算 and 目標工賃達成指導員配置加算 ({@code Addition}s), and the factor
 * for offices newly designated from June 2026. A lookup before an adjustment starts fails with
 * {@link jp.tsunagu.rules.RuleNotFound}.
 */
public record TypeBAdjustments(RuleView rules) {
    public static final String TABLE = "type-b-adjustments";

    private RuleRow row(String adjustment) {
        return rules.row(TABLE, adjustment, "ANY");
    }

    private static String key(String adjustment) {
        return "[" + adjustment + ", ANY]";
    }

    private List<String> staffing(String adjustment) {
        return List.of(Figures.text(rules, row(adjustment), key(adjustment), "staffing").split(","));
    }

    /** Whether the short-time reduction can apply to a staffing type at all (types IV-VI). */
    public boolean shortTimeReductionCovers(String staffing) {
        return staffing("SHORT_TIME_REDUCTION").contains(staffing);
    }

    /** Users with fewer hours of use a day than this count as short-time users. */
    public BigDecimal shortTimeHoursBelow() {
        return Figures.decimal(rules, row("SHORT_TIME_REDUCTION"), key("SHORT_TIME_REDUCTION"), "shortHoursBelow");
    }

    /** The reduction of the base reward in percent (30: the base reward × 70/100). */
    public int shortTimeReductionPercent() {
        return Figures.integer(rules, row("SHORT_TIME_REDUCTION"), key("SHORT_TIME_REDUCTION"), "reductionPercent");
    }

    /**
     * Whether the reduction applies: the staffing type is covered and short-time users are at least the
     * threshold share of the users counted (users left out of the ratio are not passed in). No users counted
     * is an error, never a ratio of 0.
     */
    public boolean shortTimeReductionApplies(String staffing, int shortTimeUsers, int usersCounted) {
        Figures.requireRate(shortTimeUsers, usersCounted, "shortTimeUsers", "usersCounted");
        if (!shortTimeReductionCovers(staffing)) {
            return false;
        }
        BigDecimal threshold = Figures.decimal(rules, row("SHORT_TIME_REDUCTION"), key("SHORT_TIME_REDUCTION"), "shortUsersPercent");
        return BigDecimal.valueOf(shortTimeUsers * 100L).compareTo(threshold.multiply(BigDecimal.valueOf(usersCounted))) >= 0;
    }

    /** Whether a staffing type may claim the 目標工賃達成加算 (types I and IV). */
    public boolean targetKouchinAchievementCovers(String staffing) {
        return staffing("TARGET_KOUCHIN_ACHIEVEMENT").contains(staffing);
    }

    /** 目標工賃達成加算, units per day. */
    public int targetKouchinAchievementUnits() {
        return Figures.integer(rules, row("TARGET_KOUCHIN_ACHIEVEMENT"), key("TARGET_KOUCHIN_ACHIEVEMENT"), "unitsPerDay");
    }

    /** 目標工賃達成指導員配置加算, units per day by capacity; {@link RuleNotConfigured} above capacity 20 (not collected). */
    public int targetKouchinInstructorUnits(int capacity) {
        String key = "TARGET_KOUCHIN_INSTRUCTOR, capacity " + capacity;
        RuleRow row = Figures.single(rules, TABLE, key, r -> r.text("adjustment").equals("TARGET_KOUCHIN_INSTRUCTOR")
                && Figures.within(r, "minCapacity", "maxCapacity", capacity));
        return Figures.integer(rules, row, key, "unitsPerDay");
    }

    /** Whether an office designated on {@code designatedOn} gets the new-office factor on the view's date. */
    public boolean newOfficeFactorApplies(LocalDate designatedOn) {
        RuleRow r = row("NEW_OFFICE_FACTOR");
        return !designatedOn.isBefore(Figures.date(rules, r, key("NEW_OFFICE_FACTOR"), "designatedFrom"))
                && newOfficeFactorEnds().map(end -> !rules.date().isAfter(end)).orElse(true);
    }

    /** The factor in thousandths of the base units (984 → 984/1000). */
    public int newOfficeFactorPerMille() {
        return Figures.integer(rules, row("NEW_OFFICE_FACTOR"), key("NEW_OFFICE_FACTOR"), "perMille");
    }

    /** The special service code of the factor (46Z006). */
    public String newOfficeServiceCode() {
        return Figures.text(rules, row("NEW_OFFICE_FACTOR"), key("NEW_OFFICE_FACTOR"), "serviceCode");
    }

    /** The last day of the factor; empty = open end (not settled in the sources), unlike a missing figure. */
    public Optional<LocalDate> newOfficeFactorEnds() {
        return Optional.ofNullable((LocalDate) row("NEW_OFFICE_FACTOR").value("endsOn"));
    }
}
