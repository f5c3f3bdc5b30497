package jp.tsunagu.sharing.internal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tsunagu.rules.internal.RuleCatalog;
import jp.tsunagu.sharing.internal.SharingEvents.Cell;
import org.junit.jupiter.api.Test;

/**
 * What a municipality can see of small counts, also by subtracting one published cell from another (SH-3): the
 * threshold comes from the rule table, and no count of 1–4 people can be worked out from what is shown.
 */
class DisclosureTest {
    private static final Disclosure D = load();

    private static Disclosure load() {
        try {
            return Disclosure.of(new RuleCatalog().on(java.time.LocalDate.of(2026, 5, 31)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String shown(Cell c) {
        return c.status() == Cell.Status.SHOWN ? String.valueOf(c.value()) : c.status().name();
    }

    @Test
    void theThresholdIsTheRuleTables() {
        assertThat(D.minimum()).isEqualTo(5);
        assertThat(D.trail()).contains("statistics-disclosure 2024-04-01");
        assertThat(shown(D.count("users.TYPE_B", 4, ""))).isEqualTo("SUPPRESSED");
        assertThat(shown(D.count("users.TYPE_B", 5, ""))).isEqualTo("5");
        assertThat(shown(D.count("users.TYPE_B", 0, ""))).as("nobody singles out nobody").isEqualTo("0");
    }

    @Test
    void aHiddenMonthIsNotRecoveredFromTheYear() {
        // April 5 placements (shown), May 2 (hidden): the year through May (7) would give May back as 7 − 5
        List<Long> months = List.of(5L, 2L);
        List<Boolean> hidden = months.stream().map(D::small).toList();
        assertThat(shown(D.count("placements", 2, ""))).isEqualTo("SUPPRESSED");
        assertThat(shown(D.sum("placements", months.subList(0, 1), hidden.subList(0, 1), ""))).isEqualTo("5");
        assertThat(shown(D.sum("placements", months, hidden, ""))).isEqualTo("SUPPRESSED");
        assertThat(shown(D.sum("placements", List.of(5L, 6L), List.of(false, false), ""))).isEqualTo("11");
    }

    @Test
    void thoseRetainedAreHiddenWhenEitherTheyOrTheRestAreFew() {
        assertThat(shown(D.part("retention.retained", 6, 1, ""))).as("1 retained").isEqualTo("SUPPRESSED");
        assertThat(shown(D.part("retention.retained", 6, 5, ""))).as("1 not retained, as 6 − 5").isEqualTo("SUPPRESSED");
        assertThat(shown(D.part("retention.retained", 10, 5, ""))).isEqualTo("5");
        assertThat(shown(D.part("retention.retained", 7, 7, ""))).as("all retained: nobody left out").isEqualTo("7");
    }

    @Test
    void theYearsDistinctPeopleDoNotGiveAwayAMonthsNewOnes() {
        assertThat(shown(D.distinctSoFar("users.TYPE_B", List.of(5L, 7L), ""))).as("2 new in May").isEqualTo("SUPPRESSED");
        assertThat(shown(D.distinctSoFar("users.TYPE_B", List.of(5L, 10L), ""))).isEqualTo("10");
        assertThat(shown(D.distinctSoFar("users.TYPE_B", List.of(5L, 7L, 12L), ""))).as("7 new since April, May hidden").isEqualTo("12");
        assertThat(shown(D.distinctSoFar("users.TYPE_B", List.of(5L, 7L, 8L), ""))).as("3 new since April").isEqualTo("SUPPRESSED");
        assertThat(shown(D.distinctSoFar("users.TYPE_B", List.of(3L, 8L), ""))).as("April hidden itself").isEqualTo("8");
    }
}
