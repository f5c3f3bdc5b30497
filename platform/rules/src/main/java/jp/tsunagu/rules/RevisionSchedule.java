package jp.tsunagu.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * How a rule table is revised, as its file declares it ({@code revision:}), so that the product knows when the
 * next version is due and can warn when that date passes without one.
 *
 * <ul>
 *   <li>{@code FISCAL_YEAR} / {@code CALENDAR_YEAR}: a new version every year, first taking effect on one of
 *       {@code from} (month-days, e.g. {@code 10-01} for the minimum wage, {@code 01-01} for withholding); the next
 *       is due on the first of those days after the newest version's start.</li>
 *   <li>{@code REVISION}: at each revision (the rewards): the next is expected on {@code next}; with {@code years},
 *       every that many years after it.</li>
 *   <li>{@code WHEN_AMENDED}: only when the law changes; no date is due (scheduled changes are held as versions).</li>
 * </ul>
 *
 * @param note what the cadence rests on
 */
public record RevisionSchedule(Every every, List<MonthDay> from, LocalDate next, Integer years, String note) {

    public enum Every { FISCAL_YEAR, CALENDAR_YEAR, REVISION, WHEN_AMENDED }

    public RevisionSchedule {
        from = from == null ? List.of() : List.copyOf(from);
    }

    /** The date the version after one starting on {@code latest} is due, or empty when none is scheduled. */
    public Optional<LocalDate> dueAfter(LocalDate latest) {
        return switch (every) {
            case WHEN_AMENDED -> Optional.empty();
            case FISCAL_YEAR, CALENDAR_YEAR -> {
                LocalDate best = null;
                for (int year = latest.getYear(); year <= latest.getYear() + 1; year++) {
                    for (MonthDay day : from) {
                        LocalDate d = day.atYear(year);
                        if (d.isAfter(latest) && (best == null || d.isBefore(best))) {
                            best = d;
                        }
                    }
                }
                yield Optional.ofNullable(best);
            }
            case REVISION -> {
                LocalDate due = next;
                while (due != null && !due.isAfter(latest)) {
                    due = years == null ? null : due.plusYears(years);
                }
                yield Optional.ofNullable(due);
            }
        };
    }
}
