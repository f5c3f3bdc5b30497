package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.tsunagu.kernel.Yen;
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

    /** The average monthly 工賃 from the year's totals. */
    public Yen averageMonthlyKouchin(Yen totalKouchin, long userDays, long openingDays) {
        return averageMonthlyKouchin(totalKouchin, averageUsersPerDay(userDays, openingDays));
    }

    /** The average monthly 工賃 from the 工賃 paid and the (already rounded) average users per day. */
    public Yen averageMonthlyKouchin(Yen totalKouchin, BigDecimal averageUsersPerDay) {
        if (totalKouchin.isNegative()) {
            throw new IllegalArgumentException("totalKouchin is " + totalKouchin.value() + ": 工賃 paid cannot be negative");
        }
        if (averageUsersPerDay.signum() <= 0) {
            throw new IllegalArgumentException("averageUsersPerDay is " + averageUsersPerDay
                    + ": the average monthly 工賃 cannot be computed (never an average of 0)");
        }
        RuleRow r = row();
        int scale = integer(r, "kouchinScale");
        if (scale != 0) {
            throw new IllegalStateException(TABLE + ": kouchinScale is " + scale + ", but the average monthly 工賃 is whole yen");
        }
        // one division by (users per day × months), rounded once: no intermediate rounding
        return YenRoundings.quotient(totalKouchin.toBigDecimal(),
                averageUsersPerDay.multiply(BigDecimal.valueOf(integer(r, "months"))), text(r, "kouchinRounding"));
    }

    /** The least average monthly 工賃 an office must pay (a month). */
    public Yen minimumAverageYen() {
        return Figures.yen(rules, row(), KEY, "minimumAverageYen");
    }

    /** Whether an average meets the minimum. */
    public boolean meetsMinimum(Yen averageMonthlyKouchin) {
        return !averageMonthlyKouchin.isLessThan(minimumAverageYen());
    }

    /** A newly designated office counts as below this average in its first year. */
    public Yen newOfficeBelowYen() {
        return Figures.yen(rules, row(), KEY, "newOfficeBelowYen");
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
