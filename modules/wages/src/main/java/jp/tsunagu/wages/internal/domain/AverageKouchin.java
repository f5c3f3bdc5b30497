package jp.tsunagu.wages.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleVersion;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.national.AverageMonthlyKouchinRules;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.wages.api.ServiceMonthTier.Basis;
import jp.tsunagu.wages.api.StaffingType;

/**
 * 平均工賃月額: the average monthly 工賃 of a B型 office for a fiscal year, and the base-reward tier (基本報酬の区分) it
 * sets for a service month of the following year (case WG-1):
 * <pre>
 *   users per day = user-days ÷ opening days, to the table's decimals and rounding (19.714… → 19.8, rounded up)
 *   average       = 工賃 paid ÷ users per day ÷ 12, to whole yen by the table's rounding (half up)
 * </pre>
 * Zero opening days or zero user-days is a refusal naming the field, never an average of 0. The tier is the row of
 * {@code type-b-base-units} in force in the service month for the office's revision status, staffing type, capacity and
 * the average; in the office's first year after designation the average is "below 10,000 yen" whatever was paid. Pure:
 * the rules come in as views of their dates, the totals as numbers.
 */
public final class AverageKouchin {
    /**
     * The users whose 工賃, days present and opening days make the average: B型 users. Non-employed A型 users are paid
     * 工賃 by the same run, but they are users of the A型 service, and the average is the B型 service's (one set for the
     * three sums, so that they always agree).
     */
    public static final Set<ServiceType> SERVICE_TYPES = Set.of(ServiceType.TYPE_B);

    private AverageKouchin() {
    }

    /**
     * A fiscal year's figures from its closed months: 工賃 paid to the users, their days present, and the opening days
     * (days with somebody present).
     */
    public record Totals(FiscalYear year, List<YearMonth> months, Yen paid, long userDays, long openingDays) {
        public Totals {
            Objects.requireNonNull(year, "year");
            months = List.copyOf(months);
            Objects.requireNonNull(paid, "paid");
        }
    }

    /** How the rule table rounds, as the trail shows it: the users per day's decimals and mode, the months, the yen's mode. */
    public record Rounding(int usersPerDayScale, String usersPerDay, int months, String average) {
    }

    /**
     * The average of a year with each step: {@code usersPerDayExact} and {@code averageExact} are the quotients before
     * rounding (cut at 4 and 2 decimals, for display), {@code minimum} the least average the office must pay.
     */
    public record Average(Totals totals, BigDecimal usersPerDayExact, BigDecimal usersPerDay, BigDecimal averageExact, Yen average,
                          Yen minimum, boolean meetsMinimum, Rounding rounding, RuleVersion table) {
    }

    /**
     * The average monthly 工賃 of the year. {@code rules}: the rules of the first day of the year the average applies to
     * (the fiscal year after {@code totals.year()}).
     */
    public static Average average(Totals totals, RuleView rules) {
        if (totals.openingDays() <= 0) {
            throw new Problem.Invalid("openingDays", "wages.average.noOpeningDays", totals.year().japaneseName(), totals.year());
        }
        if (totals.userDays() <= 0) {
            throw new Problem.Invalid("userDays", "wages.average.noUserDays", totals.year().japaneseName(), totals.year());
        }
        AverageMonthlyKouchinRules view = new AverageMonthlyKouchinRules(rules);
        RuleRow row = view.row();
        Rounding rounding = new Rounding(row.integer("usersPerDayScale"), row.text("usersPerDayRounding"), row.integer("months"),
                row.text("kouchinRounding"));
        BigDecimal usersPerDay = view.averageUsersPerDay(totals.userDays(), totals.openingDays());
        Yen average = view.averageMonthlyKouchin(totals.paid(), usersPerDay);
        BigDecimal usersPerDayExact = BigDecimal.valueOf(totals.userDays()).divide(BigDecimal.valueOf(totals.openingDays()), 4,
                RoundingMode.DOWN);
        BigDecimal averageExact = totals.paid().toBigDecimal().divide(usersPerDay.multiply(BigDecimal.valueOf(rounding.months())), 2,
                RoundingMode.DOWN);
        return new Average(totals, usersPerDayExact, usersPerDay, averageExact, average, view.minimumAverageYen(),
                view.meetsMinimum(average), rounding, row.version());
    }

    /** The office's reward profile as the tier needs it: staffing type, status under the June 2026 revision, designation date. */
    public record Profile(StaffingType staffing, TypeBBaseUnits.Variant variant, LocalDate designatedOn) {
        public Profile {
            Objects.requireNonNull(staffing, "staffing");
            Objects.requireNonNull(variant, "variant");
            Objects.requireNonNull(designatedOn, "designatedOn");
        }

        /** Whether {@code month} is in the office's first year: the twelve months from the month of designation. */
        public boolean firstYear(YearMonth month) {
            YearMonth designated = YearMonth.from(designatedOn);
            return !month.isBefore(designated) && month.isBefore(designated.plusMonths(12));
        }
    }

    /**
     * The tier of a service month: the row the average falls in, its units per day and the table version it comes from.
     *
     * @param average the average the row was looked up with (for a new office: the highest yen below its bound; null for a
     *                flat type)
     * @param tier    the row's name ({@code T7}, {@code 30000-32999}, {@code FLAT})
     * @param from    the tier's lower bound in yen (null for a flat type)
     * @param to      its upper bound (null when open-ended or flat)
     */
    public record Tier(YearMonth serviceMonth, Basis basis, Yen average, StaffingType staffing, TypeBBaseUnits.Variant variant,
                       int capacity, String tier, Yen from, Yen to, int units, RuleVersion table) {

        /** The tier as a range of yen, {@code 10,000-14,999} or {@code 48,000-}; null for a flat type. */
        public String label() {
            if (from == null) {
                return null;
            }
            return grouped(from) + "-" + (to == null ? "" : grouped(to));
        }

        private static String grouped(Yen yen) {
            return String.format(Locale.ROOT, "%,d", yen.value());
        }
    }

    /** Whether the tier of {@code serviceMonth} needs the average of the year before (not in the first year, not a flat type). */
    public static boolean needsAverage(YearMonth serviceMonth, Profile profile) {
        return profile.staffing().byAverage() && !profile.firstYear(serviceMonth);
    }

    /**
     * The tier {@code average} sets for {@code serviceMonth} under {@code profile}; {@code rules}: the rules of the service
     * month's first day. {@code average} may be null where {@link #needsAverage} says it is not used.
     */
    public static Tier tier(YearMonth serviceMonth, Yen average, Profile profile, int capacity, RuleView rules) {
        boolean newOffice = profile.firstYear(serviceMonth);
        Yen lookup = newOffice ? new AverageMonthlyKouchinRules(rules).newOfficeBelowYen().minus(Yen.of(1))
                : average != null ? average : flat(profile, serviceMonth);
        RuleRow row = new TypeBBaseUnits(rules).row(profile.variant(), profile.staffing().name(), capacity, lookup);
        boolean flat = !profile.staffing().byAverage();
        return new Tier(serviceMonth, newOffice ? Basis.NEW_OFFICE : Basis.ACTUALS, flat ? null : lookup, profile.staffing(),
                profile.variant(), capacity, row.text("tier"), flat ? null : yen(row, "minKouchin"), flat ? null : yen(row, "maxKouchin"),
                row.integer("units"), row.version());
    }

    private static Yen flat(Profile profile, YearMonth serviceMonth) {
        if (profile.staffing().byAverage()) {
            throw new IllegalArgumentException("the tier of " + serviceMonth + " needs the average monthly 工賃 of the year before");
        }
        return Yen.ZERO; // types IV-VI: the table's flat row, whatever the average
    }

    private static Yen yen(RuleRow row, String column) {
        return row.has(column) ? Yen.of(row.integer(column)) : null;
    }
}
