package jp.tsunagu.employment.internal.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.national.PaidLeaveGrants;

/**
 * An employed user's annual paid leave: the grants on each reference date (6 months after hire, then every year) by the
 * full or the proportional table of the contract running that day, leave taken from the oldest grant still valid,
 * expiry after the table's years, and the obligation to see 5 days taken within a year of a grant of 10 days or more.
 * Pure: the contract's week and the rule table come in as functions of the date. Attendance of 80 % is taken as met.
 */
public final class PaidLeaveLedger {
    private PaidLeaveLedger() {
    }

    /** The contract's week on a day: days and hours. */
    public record Week(int days, BigDecimal hours) {
    }

    /** A grant: its date, the days, what has been taken from it, and the day it lapses. {@code upcoming}: not granted yet. */
    public record Grant(LocalDate date, int monthsOfService, int days, BigDecimal used, LocalDate expires, int mustTake, BigDecimal takenInYear,
                        Obligation obligation, boolean upcoming) {
        public BigDecimal remaining(LocalDate asOf) {
            return upcoming || !asOf.isBefore(expires) ? BigDecimal.ZERO : BigDecimal.valueOf(days).subtract(used);
        }
    }

    /** The 5-days-a-year obligation of a grant. */
    public enum Obligation { NOT_APPLICABLE, MET, OPEN, DUE_SOON, MISSED }

    /** Leave taken: the day and the days (1 or 0.5). */
    public record Taken(LocalDate date, BigDecimal days) {
    }

    /** The ledger as of a day: the grants (with the next one, upcoming) and the days left. */
    public record Ledger(LocalDate hired, List<Grant> grants, BigDecimal remaining) {
    }

    /**
     * The ledger of a user hired on {@code hired}, as of {@code asOf}. {@code week} gives the contract running on a day
     * (empty when none: no grant), {@code rules} the rule tables in force on a day. Throws when a day taken is not
     * covered by a valid grant.
     */
    public static Ledger of(LocalDate hired, Function<LocalDate, Optional<Week>> week, Function<LocalDate, RuleView> rules, List<Taken> taken,
                            LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>();
        List<Integer> months = new ArrayList<>();
        List<Integer> granted = new ArrayList<>();
        List<LocalDate> expiries = new ArrayList<>();
        for (int k = 0; ; k++) {
            int service = 6 + 12 * k;
            LocalDate date = hired.plusMonths(service);
            Optional<Week> w = week.apply(date);
            if (w.isEmpty()) {
                break;
            }
            PaidLeaveGrants table = new PaidLeaveGrants(rules.apply(date));
            dates.add(date);
            months.add(service);
            granted.add(table.days(w.get().days(), w.get().hours(), service));
            expiries.add(date.plusYears(table.validYears()));
            if (date.isAfter(asOf)) {
                break; // the next grant, shown as upcoming
            }
        }
        BigDecimal[] used = new BigDecimal[dates.size()];
        java.util.Arrays.fill(used, BigDecimal.ZERO);
        for (Taken t : taken.stream().sorted(Comparator.comparing(Taken::date)).toList()) {
            BigDecimal left = t.days();
            for (int i = 0; i < dates.size() && left.signum() > 0; i++) {
                if (!t.date().isBefore(dates.get(i)) && t.date().isBefore(expiries.get(i))) {
                    BigDecimal free = BigDecimal.valueOf(granted.get(i)).subtract(used[i]);
                    BigDecimal take = free.min(left);
                    used[i] = used[i].add(take);
                    left = left.subtract(take);
                }
            }
            if (left.signum() > 0) {
                throw new IllegalArgumentException("no paid leave left on " + t.date());
            }
        }
        List<Grant> grants = new ArrayList<>();
        BigDecimal remaining = BigDecimal.ZERO;
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            boolean upcoming = date.isAfter(asOf);
            int mustTake = new PaidLeaveGrants(rules.apply(date)).mustTake(granted.get(i));
            LocalDate yearEnd = date.plusYears(1);
            BigDecimal takenInYear = taken.stream().filter(t -> !t.date().isBefore(date) && t.date().isBefore(yearEnd)).map(Taken::days)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Obligation obligation = mustTake == 0 ? Obligation.NOT_APPLICABLE
                    : takenInYear.compareTo(BigDecimal.valueOf(mustTake)) >= 0 ? Obligation.MET
                    : !asOf.isBefore(yearEnd) ? Obligation.MISSED
                    : !asOf.isBefore(yearEnd.minusMonths(3)) ? Obligation.DUE_SOON : Obligation.OPEN;
            Grant g = new Grant(date, months.get(i), granted.get(i), used[i], expiries.get(i), mustTake, takenInYear,
                    upcoming ? Obligation.NOT_APPLICABLE : obligation, upcoming);
            grants.add(g);
            remaining = remaining.add(g.remaining(asOf));
        }
        return new Ledger(hired, grants, remaining);
    }
}
