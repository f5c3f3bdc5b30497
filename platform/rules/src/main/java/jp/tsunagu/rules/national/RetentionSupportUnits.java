package jp.tsunagu.rules.national;

import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 就労定着支援 (retention support) units per month on a date, by retention rate. The caller passes the rate as
 * {@code retained} people over {@code users}; it is compared exactly with the bands.
 */
public record RetentionSupportUnits(RuleView rules) {
    public static final String TABLE = "retention-support-units";

    public RuleRow row(long retained, long users) {
        Figures.requireRate(retained, users, "retained", "users");
        return Figures.single(rules, TABLE, key(retained, users), r -> Figures.inPercentBand(r, retained, users));
    }

    public int monthlyUnits(long retained, long users) {
        return Figures.integer(rules, row(retained, users), key(retained, users), "units");
    }

    private static String key(long retained, long users) {
        return "retention " + retained + "/" + users;
    }
}
