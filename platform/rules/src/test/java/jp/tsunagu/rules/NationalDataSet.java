package jp.tsunagu.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import jp.tsunagu.rules.internal.RuleCatalog;

/** The bundled national data set, loaded once for the rule tests. */
final class NationalDataSet {
    static final Rules RULES = load();

    private NationalDataSet() {
    }

    private static Rules load() {
        try {
            return new RuleCatalog();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules in force on an ISO date. */
    static RuleView on(String date) {
        return RULES.on(LocalDate.parse(date));
    }
}
