package jp.tsunagu.rules.national;

import jp.tsunagu.rules.RuleNotConfigured;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労継続支援A型 base units per day (スコア方式) on a date: by staffing type (I 7.5:1, II 10:1), capacity and
 * the office's score ({@code TypeAScore}, the sum of {@link TypeAScoreItems}).
 */
public record TypeAScoreUnits(RuleView rules) {
    public static final String TABLE = "type-a-score-units";

    /** The row that applies, or {@link RuleNotFound} (no version on the date, or no band matches). */
    public RuleRow row(String staffing, int capacity, int score) {
        return Figures.single(rules, TABLE, key(staffing, capacity, score), r -> r.text("staffing").equals(staffing)
                && Figures.within(r, "minCapacity", "maxCapacity", capacity) && Figures.within(r, "minScore", "maxScore", score));
    }

    /** Units per day; {@link RuleNotConfigured} where the figure was not collected (type II above capacity 20). */
    public int units(String staffing, int capacity, int score) {
        return Figures.integer(rules, row(staffing, capacity, score), key(staffing, capacity, score), "units");
    }

    private static String key(String staffing, int capacity, int score) {
        return "staffing " + staffing + ", capacity " + capacity + ", score " + score;
    }
}
