package jp.tsunagu.wages.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.domain.PoolDistribution.Distributed;
import jp.tsunagu.wages.internal.domain.PoolDistribution.NoHours;
import jp.tsunagu.wages.internal.domain.PoolDistribution.Outcome;
import jp.tsunagu.wages.internal.domain.PoolDistribution.Shortfall;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PoolDistributionTest {

    private static long hours(long h) {
        return h * 60;
    }

    /** WG-2's month: 3,280 hours in all, "user-01" with 160 h, 19 more users with 160 h and one with 80 h. */
    private static Map<String, Long> wg2Hours() {
        Map<String, Long> minutes = new LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            minutes.put("user-%02d".formatted(i), hours(160));
        }
        minutes.put("user-21", hours(80));
        assertThat(minutes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(hours(3_280));
        return minutes;
    }

    @Test
    @DisplayName("WG-2: pool 1,200,000 − 380,000 = 820,000, 220 yen/h, 3,280 h → base 721,600, rest 98,400 = 30 yen/h; 160 h → 35,200 + 4,800 = 40,000; the sum paid is the pool")
    void wg2DistributingThePool() {
        Yen pool = Yen.of(1_200_000).minus(Yen.of(380_000));
        Outcome<String> outcome = PoolDistribution.distribute(pool, Yen.of(220), wg2Hours());

        assertThat(outcome).isInstanceOf(Distributed.class);
        Distributed<String> d = (Distributed<String>) outcome;
        assertThat(d.pool()).isEqualTo(Yen.of(820_000));
        assertThat(d.hourlyTotal()).isEqualTo(Yen.of(721_600));
        assertThat(d.rest()).isEqualTo(Yen.of(98_400));
        assertThat(PoolDistribution.restPerHour(d)).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(d.of("user-01").hourly()).isEqualTo(Yen.of(35_200));
        assertThat(d.of("user-01").share()).isEqualTo(Yen.of(4_800));
        assertThat(d.of("user-01").total()).isEqualTo(Yen.of(40_000));
        assertThat(d.of("user-21").total()).isEqualTo(Yen.of(20_000));
        assertThat(d.total()).isEqualTo(Yen.of(820_000));
    }

    @Test
    @DisplayName("WG-3: same hours, pool 500,000: the base alone (721,600) exceeds it by 221,600; nothing is distributed; 152 yen/h would fit")
    void wg3APoolTooSmall() {
        Outcome<String> outcome = PoolDistribution.distribute(Yen.of(500_000), Yen.of(220), wg2Hours());

        assertThat(outcome).isEqualTo(new Shortfall<String>(Yen.of(500_000), Yen.of(721_600), Yen.of(221_600), Yen.of(152)));
        // the rate offered as a choice does fit: 152 × 3,280 = 498,560 ≤ 500,000
        assertThat(PoolDistribution.distribute(Yen.of(500_000), Yen.of(152), wg2Hours())).isInstanceOf(Distributed.class);
    }

    @Test
    @DisplayName("shares that do not divide: 10 yen over 1, 2 and 3 hours → exact 1.67, 3.33, 5 → truncated 1, 3, 5 and the one yen left goes to the largest fraction dropped: 2, 3, 5")
    void largestRemainderPlacesTheYenLeft() {
        Map<String, Long> minutes = new LinkedHashMap<>();
        minutes.put("a", hours(1));
        minutes.put("b", hours(2));
        minutes.put("c", hours(3));
        Distributed<String> d = (Distributed<String>) PoolDistribution.distribute(Yen.of(10), Yen.ZERO, minutes);
        assertThat(d.payments()).extracting(p -> p.total().value()).containsExactly(2L, 3L, 5L);
        assertThat(d.total()).isEqualTo(Yen.of(10));
    }

    @Test
    @DisplayName("equal fractions: 100 yen over three users of 1 h → 33 each and the one yen left to the user listed first; with 1, 1 and 2 h of 101 yen → 25.25, 25.25, 50.5: the yen left goes to the largest fraction (50.5 → 51)")
    void tiesAndRemainders() {
        Map<String, Long> equal = new LinkedHashMap<>();
        equal.put("a", hours(1));
        equal.put("b", hours(1));
        equal.put("c", hours(1));
        Distributed<String> d = (Distributed<String>) PoolDistribution.distribute(Yen.of(100), Yen.ZERO, equal);
        assertThat(d.payments()).extracting(p -> p.total().value()).containsExactly(34L, 33L, 33L);

        Map<String, Long> uneven = new LinkedHashMap<>();
        uneven.put("a", hours(1));
        uneven.put("b", hours(1));
        uneven.put("c", hours(2));
        Distributed<String> u = (Distributed<String>) PoolDistribution.distribute(Yen.of(101), Yen.ZERO, uneven);
        assertThat(u.payments()).extracting(p -> p.total().value()).containsExactly(25L, 25L, 51L);
    }

    @Test
    @DisplayName("an hourly part with a fraction is truncated (220 yen × 50 min = 183.33 → 183) and the yen it drops stay in the rest, so the sum is still the pool")
    void hourlyPartsTruncate() {
        Map<String, Long> minutes = new LinkedHashMap<>();
        minutes.put("a", 50L);
        minutes.put("b", 70L);
        Distributed<String> d = (Distributed<String>) PoolDistribution.distribute(Yen.of(1_000), Yen.of(220), minutes);
        assertThat(d.of("a").hourly()).isEqualTo(Yen.of(183));
        assertThat(d.of("b").hourly()).isEqualTo(Yen.of(256)); // 256.67
        assertThat(d.rest()).isEqualTo(Yen.of(561));
        assertThat(d.total()).isEqualTo(Yen.of(1_000));
    }

    @Test
    @DisplayName("a pool that is a loss is a shortfall even at rate 0; a month without hours distributes nothing; a negative rate or negative minutes are refused")
    void edges() {
        assertThat(PoolDistribution.distribute(Yen.of(-5_000), Yen.ZERO, Map.of("a", hours(10))))
                .isEqualTo(new Shortfall<String>(Yen.of(-5_000), Yen.ZERO, Yen.of(5_000), Yen.ZERO));
        assertThat(PoolDistribution.distribute(Yen.of(5_000), Yen.of(220), Map.of("a", 0L))).isEqualTo(new NoHours<String>(Yen.of(5_000)));
        assertThatThrownBy(() -> PoolDistribution.distribute(Yen.of(5_000), Yen.of(-1), Map.of("a", 60L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolDistribution.distribute(Yen.of(5_000), Yen.of(220), Map.of("a", -60L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("many users with awkward hours: every payment is within one yen of its exact share and the sum is the pool")
    void sumIsAlwaysThePool() {
        Map<Integer, Long> minutes = new LinkedHashMap<>();
        for (int i = 0; i < 37; i++) {
            minutes.put(i, 7L + i * 13L % 311);
        }
        for (long pool : new long[] {0, 1, 999, 123_457, 820_001}) {
            Outcome<Integer> o = PoolDistribution.distribute(Yen.of(pool), Yen.of(3), minutes);
            if (o instanceof Distributed<Integer> d) {
                assertThat(d.total()).isEqualTo(Yen.of(pool));
            } else {
                assertThat(o).isInstanceOf(Shortfall.class);
            }
        }
    }
}
