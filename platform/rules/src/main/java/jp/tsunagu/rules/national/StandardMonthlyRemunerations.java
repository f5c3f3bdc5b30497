package jp.tsunagu.rules.national;

import java.util.Comparator;
import java.util.List;
import jp.tsunagu.kernel.Yen;
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

    /** A grade and its standard monthly remuneration. */
    public record Grade(int grade, Yen amount) {
    }

    public Grade healthGrade(Yen remuneration) {
        RuleRow band = band(remuneration);
        if (!band.has("healthGrade")) {
            throw new RuleNotFound(TABLE, "health grade for " + remuneration.value(), rules.date(),
                    "the health grade of the band from " + band.integer("lowerBound") + " was not collected");
        }
        return new Grade(band.integer("healthGrade"), amount(band));
    }

    public Grade pensionGrade(Yen remuneration) {
        RuleRow band = band(remuneration);
        if (band.has("pensionGrade")) {
            return new Grade(band.integer("pensionGrade"), amount(band));
        }
        RuleRow lowest = bands().stream().filter(r -> r.has("pensionGrade")).findFirst()
                .orElseThrow(() -> new RuleNotFound(TABLE, "pension grade for " + remuneration.value(), rules.date(), "the table has no pension grade"));
        if (remuneration.value() >= lowest.integer("lowerBound")) {
            throw new RuleNotFound(TABLE, "pension grade for " + remuneration.value(), rules.date(),
                    "the band from " + band.integer("lowerBound") + " has no pension grade");
        }
        return new Grade(lowest.integer("pensionGrade"), amount(lowest));
    }

    private List<RuleRow> bands() {
        return rules.rows(TABLE).stream().sorted(Comparator.comparingInt(r -> r.integer("lowerBound"))).toList();
    }

    private static Yen amount(RuleRow band) {
        return Yen.exact(band.decimal("amount"));
    }

    private RuleRow band(Yen remuneration) {
        RuleRow found = null;
        for (RuleRow r : bands()) {
            if (r.integer("lowerBound") <= remuneration.value()) {
                found = r;
            }
        }
        if (found == null) {
            throw new RuleNotFound(TABLE, String.valueOf(remuneration.value()), rules.date(), "no band starts at or below this remuneration");
        }
        return found;
    }
}
