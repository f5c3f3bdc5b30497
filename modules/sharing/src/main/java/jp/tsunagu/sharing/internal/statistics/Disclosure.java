package jp.tsunagu.sharing.internal.statistics;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.sharing.internal.SharingEvents.Cell;

/**
 * Small-cell suppression (少数秘匿) by the rule table {@code statistics-disclosure}, applied at the source before anything
 * leaves the tenant. A count of 1 to {@code minimum - 1} people is suppressed (0 singles out nobody and is shown); so is
 * a figure taken over that few people. Because the municipality keeps every month and the year so far, a cell is also
 * suppressed when a hidden count could be recovered by subtraction: a part whose rest is small (retained of those whose
 * 6-month day came), a year's sum with a hidden month in it, a year's count of distinct people that differs from an
 * earlier month's shown count by a small number.
 */
record Disclosure(int minimum, String trail) {
    static final String TABLE = "statistics-disclosure";

    static Disclosure of(RuleView rules) {
        RuleRow row = rules.row(TABLE, "SMALL_CELL");
        return new Disclosure(row.integer("minimumCount"), TABLE + " " + row.version().effectiveFrom() + " (" + row.integer("minimumCount")
                + "人未満は秘匿)");
    }

    /** Whether a count of people this size is hidden. */
    boolean small(long people) {
        return people > 0 && people < minimum;
    }

    /** A count of people. */
    Cell count(String key, long people, String basis) {
        return small(people) ? hidden(key) : shown(key, people, basis);
    }

    /** A figure taken over {@code people} people: suppressed when they are too few. */
    Cell over(String key, long people, long value, String basis) {
        return small(people) ? hidden(key) : shown(key, value, basis);
    }

    /** Whether a part of a whole is hidden: it or the rest is small (either gives the other away). */
    boolean partHidden(long whole, long part) {
        return small(part) || small(whole - part);
    }

    /** A part of a whole, such as those retained of those whose 6-month day came. */
    Cell part(String key, long whole, long part, String basis) {
        return partHidden(whole, part) ? hidden(key) : shown(key, part, basis);
    }

    /**
     * The year's sum of monthly parts, each hidden or not as its month's cell was: hidden when small or when any month
     * was (the sum less the shown months would give the hidden one back).
     */
    Cell sum(String key, List<Long> parts, List<Boolean> partsHidden, String basis) {
        long total = parts.stream().mapToLong(Long::longValue).sum();
        return small(total) || partsHidden.contains(Boolean.TRUE) ? hidden(key) : shown(key, total, basis);
    }

    /**
     * The count of distinct people of the year up to its last month, given the counts up to each month of the year so
     * far (April first): each month's shown or not as this rule decided it then; the last is hidden when small or when it
     * differs by a small number from an earlier shown one (the new people of those months).
     */
    Cell distinctSoFar(String key, List<Long> soFar, String basis) {
        List<Long> shown = new ArrayList<>();
        boolean last = false;
        for (long count : soFar) {
            last = !small(count) && shown.stream().noneMatch(before -> small(count - before));
            if (last) {
                shown.add(count);
            }
        }
        return last ? shown(key, soFar.getLast(), basis) : hidden(key);
    }

    private Cell hidden(String key) {
        return new Cell(key, null, Cell.Status.SUPPRESSED, trail);
    }

    private Cell shown(String key, long value, String basis) {
        return new Cell(key, value, Cell.Status.SHOWN, basis + "; " + trail);
    }

    static Cell notAvailable(String key, String why) {
        return new Cell(key, null, Cell.Status.NOT_AVAILABLE, why);
    }
}
