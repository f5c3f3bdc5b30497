package jp.tsunagu.employment.internal.payroll;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An employed user's month of working time as the law counts it, from the days as clocked: each day's time to the
 * minute (check-out − check-in − break, never rounded), lateness and early leave against the contract's schedule,
 * overtime beyond the daily and weekly limits, late-night time and time on the statutory holiday; the month's overtime
 * beyond its limit (60 h) apart. Pure: the limits and the night window come from the rule table
 * ({@code working-time-premium}), the statutory holiday from the work rules.
 *
 * <p>Weeks run Sunday to Saturday (the Labour Standards Act's default unless the work rules say otherwise); only the
 * month's own days count towards a week's 40 hours. Time on the statutory holiday is holiday time, never overtime.
 */
public final class TimeSheet {
    private TimeSheet() {
    }

    /** The contract's daily schedule: start, end, break in minutes. */
    public record Schedule(LocalTime start, LocalTime end, int breakMinutes) {
    }

    /** A day as clocked. */
    public record Day(LocalDate date, LocalTime in, LocalTime out, int breakMinutes) {
        public Day {
            Objects.requireNonNull(out, () -> "the day " + date + " has no check-out: close the day before paying it");
            if (!out.isAfter(in)) {
                throw new IllegalArgumentException("the day " + date + " ends before it starts");
            }
            if (breakMinutes < 0 || breakMinutes >= Duration.between(in, out).toMinutes()) {
                throw new IllegalArgumentException("the break of " + date + " leaves no working time");
            }
        }

        long worked() {
            return Duration.between(in, out).toMinutes() - breakMinutes;
        }
    }

    /** The limits the month is counted by. */
    public record Limits(int overDailyHours, int overWeeklyHours, int overMonthlyHours, LocalTime nightFrom, LocalTime nightUntil,
                         DayOfWeek statutoryHoliday) {
        /** The limits of the rule table, with the statutory holiday the work rules name. */
        public static Limits of(jp.tsunagu.rules.national.WorkingTimePremiums premiums, DayOfWeek statutoryHoliday) {
            return new Limits(premiums.overDailyHours(), premiums.overWeeklyHours(), premiums.overMonthlyHours(), premiums.lateNightFrom(),
                    premiums.lateNightUntil(), statutoryHoliday);
        }
    }

    /** One day counted: minutes worked, late, left early, of overtime, at night, and whether it was the statutory holiday. */
    public record DayCount(LocalDate date, long worked, long late, long earlyLeave, long overtime, long night, boolean holiday) {
    }

    /**
     * The month: its days counted and the totals. {@code regular} is paid at the wage; {@code overtime} (up to the monthly
     * limit) and {@code overtimeBeyondLimit} with their premiums; {@code holiday} with the holiday premium; {@code night}
     * earns the late-night premium on top.
     */
    public record Month(List<DayCount> days, long worked, long regular, long overtime, long overtimeBeyondLimit, long holiday, long night,
                        long late, long earlyLeave) {
        public int daysWorked() {
            return days.size();
        }
    }

    public static Month count(Schedule schedule, List<Day> days, Limits limits) {
        long dailyLimit = limits.overDailyHours() * 60L;
        long weeklyLimit = limits.overWeeklyHours() * 60L;
        Map<LocalDate, Long> weekNormal = new LinkedHashMap<>(); // minutes within the daily limit so far, per week (by its Sunday)
        List<DayCount> counted = new ArrayList<>();
        long worked = 0;
        long overtime = 0;
        long holiday = 0;
        long night = 0;
        long late = 0;
        long early = 0;
        for (Day d : days.stream().sorted(java.util.Comparator.comparing(Day::date)).toList()) {
            long minutes = d.worked();
            long dayLate = Math.max(0, Duration.between(schedule.start(), d.in()).toMinutes());
            long dayEarly = Math.max(0, Duration.between(d.out(), schedule.end()).toMinutes());
            // the clock records no break times: the break is taken as outside the night window, and night time never
            // exceeds the time worked
            long dayNight = Math.min(minutes, nightMinutes(d.in(), d.out(), limits.nightFrom(), limits.nightUntil()));
            boolean isHoliday = d.date().getDayOfWeek() == limits.statutoryHoliday();
            long dayOvertime = 0;
            if (isHoliday) {
                holiday += minutes;
            } else {
                long withinDay = Math.min(minutes, dailyLimit);
                dayOvertime = minutes - withinDay;
                LocalDate week = d.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                long before = weekNormal.getOrDefault(week, 0L);
                long beyondWeek = Math.max(0, before + withinDay - weeklyLimit) - Math.max(0, before - weeklyLimit);
                dayOvertime += beyondWeek;
                weekNormal.put(week, before + withinDay);
            }
            counted.add(new DayCount(d.date(), minutes, dayLate, dayEarly, dayOvertime, dayNight, isHoliday));
            worked += minutes;
            overtime += dayOvertime;
            night += dayNight;
            late += dayLate;
            early += dayEarly;
        }
        long monthlyLimit = limits.overMonthlyHours() * 60L;
        long beyond = Math.max(0, overtime - monthlyLimit);
        return new Month(counted, worked, worked - overtime - holiday, overtime - beyond, beyond, holiday, night, late, early);
    }

    /**
     * The part of {@code month} on the days {@code of} selects (the days of one contract, when the terms changed within
     * the month), with its share of the month's overtime beyond the monthly limit: that limit is passed on the month's
     * last days of overtime, so the minutes beyond it are taken from the latest days first.
     */
    public static Month part(Month month, java.util.function.Predicate<LocalDate> of) {
        Map<LocalDate, Long> beyond = new LinkedHashMap<>();
        long left = month.overtimeBeyondLimit();
        List<DayCount> latestFirst = new ArrayList<>(month.days());
        java.util.Collections.reverse(latestFirst);
        for (DayCount d : latestFirst) {
            long take = Math.min(left, d.overtime());
            beyond.put(d.date(), take);
            left -= take;
        }
        List<DayCount> days = month.days().stream().filter(d -> of.test(d.date())).toList();
        long worked = days.stream().mapToLong(DayCount::worked).sum();
        long overtime = days.stream().mapToLong(DayCount::overtime).sum();
        long overtimeBeyond = days.stream().mapToLong(d -> beyond.getOrDefault(d.date(), 0L)).sum();
        long holiday = days.stream().filter(DayCount::holiday).mapToLong(DayCount::worked).sum();
        return new Month(days, worked, worked - overtime - holiday, overtime - overtimeBeyond, overtimeBeyond, holiday,
                days.stream().mapToLong(DayCount::night).sum(), days.stream().mapToLong(DayCount::late).sum(),
                days.stream().mapToLong(DayCount::earlyLeave).sum());
    }

    /** Minutes of [in, out) inside the night window (from 22:00 to 05:00: before {@code until} or from {@code from}). */
    static long nightMinutes(LocalTime in, LocalTime out, LocalTime from, LocalTime until) {
        long early = Math.max(0, Duration.between(in, min(out, until)).toMinutes());
        long lateMinutes = Math.max(0, Duration.between(max(in, from), out).toMinutes());
        return early + lateMinutes;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }
}
