package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 平均工賃月額 ({@code AverageMonthlyKouchin}) of a B型 office from the totals of the fiscal year before the
 * service month, every rounding mode from the table: average users per day = user-days ÷ opening days (to
 * one decimal, rounded up by default); average = 工賃 paid ÷ users per day ÷ 12 (to whole yen, half up).
 * Zero opening days or zero user-days is an error naming the field, never an average of 0.
 */
public record AverageMonthlyKouchinRules(RuleView rules) {
    public static final String TABLE = "average-kouchin-rounding";
    private static final String KEY = "AVERAGE_MONTHLY_KOUCHIN";

    public RuleRow row() {
        return rules.row(TABLE, KEY);
    }

    /** Average users per day (19.714… → 19.8 with the corrected rule). */
    public BigDecimal averageUsersPerDay(long userDays, long openingDays) {
        if (openingDays <= 0) {
            throw new IllegalArgumentException("openingDays is " + openingDays
                    + ": the average users per day cannot be computed (never an average of 0)");
        }
        if (userDays <= 0) {
            throw new IllegalArgumentException("userDays is " + userDays
                    + ": the average users per day cannot be computed (never an average of 0)");
        }
        RuleRow r = row();
        return BigDecimal.valueOf(userDays).divide(BigDecimal.valueOf(openingDays),
                integer(r, "usersPerDayScale"), RoundingMode.valueOf(text(r, "usersPerDayRounding")));
    }

    /** The average monthly 工賃 in yen from the year's totals. */
    public long averageMonthlyKouchin(long totalKouchinYen, long userDays, long openingDays) {
        return averageMonthlyKouchin(totalKouchinYen, averageUsersPerDay(userDays, openingDays));
    }

    /** The average monthly 工賃 in yen from the 工賃 paid and the (already rounded) average users per day. */
    public long averageMonthlyKouchin(long totalKouchinYen, BigDecimal averageUsersPerDay) {
        if (totalKouchinYen < 0) {
            throw new IllegalArgumentException("totalKouchinYen is " + totalKouchinYen + ": 工賃 paid cannot be negative");
        }
        if (averageUsersPerDay.signum() <= 0) {
            throw new IllegalArgumentException("averageUsersPerDay is " + averageUsersPerDay
                    + ": the average monthly 工賃 cannot be computed (never an average of 0)");
        }
        RuleRow r = row();
        // one division by (users per day × months), rounded once: no intermediate rounding
        return BigDecimal.valueOf(totalKouchinYen)
                .divide(averageUsersPerDay.multiply(BigDecimal.valueOf(integer(r, "months"))),
                        integer(r, "kouchinScale"), RoundingMode.valueOf(text(r, "kouchinRounding")))
                .longValueExact();
    }

    /** The least average monthly 工賃 an office must pay (yen a month). */
    public int minimumAverageYen() {
        return integer(row(), "minimumAverageYen");
    }

    /** Whether an average meets the minimum. */
    public boolean meetsMinimum(long averageMonthlyKouchin) {
        return averageMonthlyKouchin >= minimumAverageYen();
    }

    /** A newly designated office counts as below this average (yen) in its first year. */
    public int newOfficeBelowYen() {
        return integer(row(), "newOfficeBelowYen");
    }

    /** From this month after designation a new office may file its actuals of {@link #newOfficeActualsMonths()} months. */
    public int newOfficeActualsFromMonth() {
        return integer(row(), "newOfficeActualsFromMonth");
    }

    public int newOfficeActualsMonths() {
        return integer(row(), "newOfficeActualsMonths");
    }

    private int integer(RuleRow r, String column) {
        return Figures.integer(rules, r, KEY, column);
    }

    private String text(RuleRow r, String column) {
        return Figures.text(rules, r, KEY, column);
    }
}
