package jp.tsunagu.sharing.internal.statistics;

import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.sharing.internal.SharingEvents.Cell;

/**
 * Small-cell suppression (少数秘匿) by the rule table {@code statistics-disclosure}: a count of 1 to {@code minimum - 1}
 * people is suppressed; an average or a rate is suppressed when taken over that few people; 0 is shown. Applied at the
 * source, before anything leaves the tenant.
 */
record Disclosure(int minimum, String trail) {
    static final String TABLE = "statistics-disclosure";

    static Disclosure of(RuleView rules) {
        RuleRow row = rules.row(TABLE, "SMALL_CELL");
        return new Disclosure(row.integer("minimumCount"), TABLE + " " + row.version().effectiveFrom() + " (" + row.integer("minimumCount")
                + "人未満は秘匿)");
    }

    /** A count of people. */
    Cell count(String key, long people, String basis) {
        return over(key, people, people, basis);
    }

    /** A figure taken over {@code people} people: suppressed when they are too few, not available when none. */
    Cell over(String key, long people, long value, String basis) {
        if (people > 0 && people < minimum) {
            return new Cell(key, null, Cell.Status.SUPPRESSED, trail);
        }
        return new Cell(key, value, Cell.Status.SHOWN, basis + "; " + trail);
    }

    static Cell notAvailable(String key, String why) {
        return new Cell(key, null, Cell.Status.NOT_AVAILABLE, why);
    }
}
