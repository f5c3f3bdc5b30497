package jp.tsunagu.rules.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A table that is not well-formed is refused at load with the place and the rule it breaks. */
class RuleTableParsingTest {

    private static Map<String, Object> table(Map<String, Object> version) {
        return Map.of("table", "t", "key", List.of("k"), "columns", Map.of("k", "text", "rate", "decimal", "n", "integer"),
                "revision", Map.of("every", "WHEN_AMENDED"), "versions", List.of(version));
    }

    @Test
    @DisplayName("no source, a negative rate, a wrong type, an unknown column, a duplicate key, a row before its version")
    void refusals() {
        assertThatThrownBy(() -> RuleCatalog.Table.parse("t.yaml", table(Map.of("effectiveFrom", "2026-04-01",
                "rows", List.of(Map.of("k", "a", "rate", 1))))))
                .hasMessage("t.yaml: versions[0].source: every version names its source");
        assertThatThrownBy(() -> RuleCatalog.Table.parse("t.yaml", table(Map.of("effectiveFrom", "2026-04-01", "source", "s",
                "rows", List.of(Map.of("k", "a", "rate", -1))))))
                .hasMessage("t.yaml: versions[0].rows[0].rate: a rate or amount cannot be negative: -1");
        assertThatThrownBy(() -> RuleCatalog.Table.parse("t.yaml", table(Map.of("effectiveFrom", "2026-04-01", "source", "s",
                "rows", List.of(Map.of("k", "a", "n", "many"))))))
                .hasMessage("t.yaml: versions[0].rows[0].n: many is not of type integer");
        assertThatThrownBy(() -> RuleCatalog.Table.parse("t.yaml", table(Map.of("effectiveFrom", "2026-04-01", "source", "s",
                "rows", List.of(Map.of("k", "a", "colour", "blue"))))))
                .hasMessage("t.yaml: versions[0].rows[0].colour: unknown column");
        assertThatThrownBy(() -> RuleCatalog.Table.parse("t.yaml", table(Map.of("effectiveFrom", "2026-04-01", "source", "s",
                "rows", List.of(Map.of("k", "a"), Map.of("k", "a"))))))
                .hasMessage("t.yaml: versions[0].rows[1]: key [a] appears twice in this version");
        assertThatThrownBy(() -> RuleCatalog.Table.parse("t.yaml", table(Map.of("effectiveFrom", "2026-04-01", "source", "s",
                "rows", List.of(Map.of("k", "a", "from", "2026-03-01"))))))
                .hasMessage("t.yaml: versions[0].rows[0].from: a row cannot start before its version (2026-04-01)");
    }
}
