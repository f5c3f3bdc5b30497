package jp.tsunagu.rules.national;

import java.util.Comparator;
import java.util.List;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 標準報酬月額 (StandardMonthlyRemuneration): the health and pension grade, with its amount, for a monthly
 * remuneration (報酬月額). A band runs from its lower bound to the next band's; the lowest pension grade covers
 * every remuneration below its band, the highest collected band everything above. A health grade the table
 * does not hold (from 635,000) fails rather than guess.
 */
public record StandardMonthlyRemunerations(RuleView rules) {
    public static final String TABLE = "standard-monthly-remuneration";

    /** A grade and its standard monthly remuneration in yen. */
    public record Grade(int grade, int amount) {
    }

    public Grade healthGrade(long remuneration) {
        RuleRow band = band(remuneration);
        if (!band.has("healthGrade")) {
            throw new RuleNotFound(TABLE, "health grade for " + remuneration, rules.date(),
                    "the health grade of the band from " + band.integer("lowerBound") + " was not collected");
        }
        return new Grade(band.integer("healthGrade"), band.integer("amount"));
    }

    public Grade pensionGrade(long remuneration) {
        RuleRow band = band(remuneration);
        if (band.has("pensionGrade")) {
            return new Grade(band.integer("pensionGrade"), band.integer("amount"));
        }
        RuleRow lowest = bands().stream().filter(r -> r.has("pensionGrade")).findFirst()
                .orElseThrow(() -> new RuleNotFound(TABLE, "pension grade for " + remuneration, rules.date(), "the table has no pension grade"));
        if (remuneration >= lowest.integer("lowerBound")) {
            throw new RuleNotFound(TABLE, "pension grade for " + remuneration, rules.date(),
                    "the band from " + band.integer("lowerBound") + " has no pension grade");
        }
        return new Grade(lowest.integer("pensionGrade"), lowest.integer("amount"));
    }

    private List<RuleRow> bands() {
        return rules.rows(TABLE).stream().sorted(Comparator.comparingInt(r -> r.integer("lowerBound"))).toList();
    }

    private RuleRow band(long remuneration) {
        RuleRow found = null;
        for (RuleRow r : bands()) {
            if (r.integer("lowerBound") <= remuneration) {
                found = r;
            }
        }
        if (found == null) {
            throw new RuleNotFound(TABLE, String.valueOf(remuneration), rules.date(), "no band starts at or below this remuneration");
        }
        return found;
    }
}
