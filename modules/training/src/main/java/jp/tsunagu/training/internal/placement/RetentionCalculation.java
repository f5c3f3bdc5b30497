package jp.tsunagu.training.internal.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.national.TransitionBaseUnits;
import jp.tsunagu.training.api.RetentionRate;

/**
 * 就労移行支援's retention rate for a reward year (pure; current-rules.md, TR-2): the persons whose 6-month day fell in
 * the previous fiscal year and in the year before, each still employed on that day (a person counted once a year), over
 * the capacities of those two years; the tier and units of {@code transition-base-units} for the current capacity,
 * compared exactly (以上/未満: 50 % is the top tier).
 */
final class RetentionCalculation {
    private RetentionCalculation() {
    }

    /** A placement as the rate sees it. */
    record Hire(PersonId person, LocalDate sixMonthDay, boolean employedOnIt) {
    }

    /** A year's capacity and whether the office recorded it for that year (else the current capacity stands in). */
    record Capacity(FiscalYear year, int capacity, boolean recorded) {
    }

    /** The persons counted in {@code year}: 6-month day in it and still employed on it. */
    static List<PersonId> counted(FiscalYear year, Collection<Hire> hires) {
        return hires.stream().filter(h -> h.employedOnIt() && year.contains(h.sixMonthDay())).map(Hire::person).distinct().toList();
    }

    static RetentionRate rate(FiscalYear year, Collection<Hire> hires, Capacity previous, Capacity before, int currentCapacity,
                              RuleView rules) {
        if (!previous.year().equals(year.previous()) || !before.year().equals(year.previous().previous())) {
            throw new IllegalArgumentException("the capacities of " + year.previous() + " and " + year.previous().previous() + " are needed");
        }
        int retainedPrevious = counted(previous.year(), hires).size();
        int retainedBefore = counted(before.year(), hires).size();
        int retained = retainedPrevious + retainedBefore;
        int capacities = previous.capacity() + before.capacity();
        BigDecimal percent = BigDecimal.valueOf(retained * 100L).divide(BigDecimal.valueOf(capacities), 2, RoundingMode.DOWN);
        RuleRow row = new TransitionBaseUnits(rules).row(currentCapacity, retained, capacities);
        Integer units = row.has("units") ? row.integer("units") : null;
        String tier = row.text("retentionBand");
        String trail = year + " (" + year.japaneseName() + "): 6-month days in " + before.year() + " " + before.year().start() + ".."
                + before.year().end() + " still employed on them: " + retainedBefore + "; in " + previous.year() + ": " + retainedPrevious
                + "; capacity " + before.year() + " " + before.capacity() + (before.recorded() ? " (recorded)" : " (the current capacity)")
                + ", " + previous.year() + " " + previous.capacity() + (previous.recorded() ? " (recorded)" : " (the current capacity)")
                + "; (" + retainedBefore + " + " + retainedPrevious + ") ÷ (" + before.capacity() + " + " + previous.capacity() + ") = "
                + percent.toPlainString() + " %; " + TransitionBaseUnits.TABLE + " from " + row.version().effectiveFrom() + ", capacity "
                + currentCapacity + ", band " + tier + " → " + (units == null ? "units not configured" : units + " units a day");
        return new RetentionRate(year, retainedPrevious, retainedBefore, previous.capacity(), before.capacity(), percent, currentCapacity,
                tier, units, trail);
    }
}
