package jp.tsunagu.wages.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.domain.PayCalculation.Basis;
import jp.tsunagu.wages.internal.domain.PayCalculation.Distributed;
import jp.tsunagu.wages.internal.domain.PayCalculation.NoWork;
import jp.tsunagu.wages.internal.domain.PayCalculation.Outcome;
import jp.tsunagu.wages.internal.domain.PayCalculation.RestBy;
import jp.tsunagu.wages.internal.domain.PayCalculation.Shortfall;
import jp.tsunagu.wages.internal.domain.PayCalculation.Terms;
import jp.tsunagu.wages.internal.domain.PayCalculation.Work;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PayCalculationTest {

    /** The hourly rule (rest by hours, truncated) over {@code minutes}, each user present one day per 8 hours or part. */
    private static <K> Outcome<K> hourly(Yen available, Yen rate, Map<K, Long> minutes) {
        return PayCalculation.calculate(Terms.hourly(rate), Map.of(), available, work(minutes));
    }

    private static <K> List<Work<K>> work(Map<K, Long> minutes) {
        return minutes.entrySet().stream().map(e -> new Work<>(e.getKey(), e.getValue(), (int) ((e.getValue() + 479) / 480), 0)).toList();
    }

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
        Outcome<String> outcome = hourly(pool, Yen.of(220), wg2Hours());

        assertThat(outcome).isInstanceOf(Distributed.class);
        Distributed<String> d = (Distributed<String>) outcome;
        assertThat(d.available()).isEqualTo(Yen.of(820_000));
        assertThat(d.baseTotal()).isEqualTo(Yen.of(721_600));
        assertThat(d.rest()).isEqualTo(Yen.of(98_400));
        assertThat(d.restPerHour()).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(d.of("user-01").base()).isEqualTo(Yen.of(35_200));
        assertThat(d.of("user-01").share()).isEqualTo(Yen.of(4_800));
        assertThat(d.of("user-01").total()).isEqualTo(Yen.of(40_000));
        assertThat(d.of("user-21").total()).isEqualTo(Yen.of(20_000));
        assertThat(d.total()).isEqualTo(Yen.of(820_000));
    }

    @Test
    @DisplayName("WG-3: same hours, pool 500,000: the base alone (721,600) exceeds it by 221,600; nothing is distributed; 152 yen/h would fit")
    void wg3APoolTooSmall() {
        Outcome<String> outcome = hourly(Yen.of(500_000), Yen.of(220), wg2Hours());

        assertThat(outcome).isEqualTo(new Shortfall<String>(Yen.of(500_000), Yen.of(721_600), Yen.of(221_600), Yen.of(152)));
        // the rate offered as a choice does fit: 152 × 3,280 = 498,560 ≤ 500,000
        assertThat(hourly(Yen.of(500_000), Yen.of(152), wg2Hours())).isInstanceOf(Distributed.class);
    }

    @Test
    @DisplayName("shares that do not divide: 10 yen over 1, 2 and 3 hours → exact 1.67, 3.33, 5 → truncated 1, 3, 5 and the one yen left goes to the largest fraction dropped: 2, 3, 5")
    void largestRemainderPlacesTheYenLeft() {
        Map<String, Long> minutes = new LinkedHashMap<>();
        minutes.put("a", hours(1));
        minutes.put("b", hours(2));
        minutes.put("c", hours(3));
        Distributed<String> d = (Distributed<String>) hourly(Yen.of(10), Yen.ZERO, minutes);
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
        Distributed<String> d = (Distributed<String>) hourly(Yen.of(100), Yen.ZERO, equal);
        assertThat(d.payments()).extracting(p -> p.total().value()).containsExactly(34L, 33L, 33L);

        Map<String, Long> uneven = new LinkedHashMap<>();
        uneven.put("a", hours(1));
        uneven.put("b", hours(1));
        uneven.put("c", hours(2));
        Distributed<String> u = (Distributed<String>) hourly(Yen.of(101), Yen.ZERO, uneven);
        assertThat(u.payments()).extracting(p -> p.total().value()).containsExactly(25L, 25L, 51L);
    }

    @Test
    @DisplayName("an hourly part with a fraction is truncated (220 yen × 50 min = 183.33 → 183) and the yen it drops stay in the rest, so the sum is still the pool")
    void hourlyPartsTruncate() {
        Map<String, Long> minutes = new LinkedHashMap<>();
        minutes.put("a", 50L);
        minutes.put("b", 70L);
        Distributed<String> d = (Distributed<String>) hourly(Yen.of(1_000), Yen.of(220), minutes);
        assertThat(d.of("a").base()).isEqualTo(Yen.of(183));
        assertThat(d.of("b").base()).isEqualTo(Yen.of(256)); // 256.67
        assertThat(d.rest()).isEqualTo(Yen.of(561));
        assertThat(d.total()).isEqualTo(Yen.of(1_000));
    }

    @Test
    @DisplayName("a pool that is a loss is a shortfall even at rate 0; a month without hours distributes nothing (and a pool of 0 without hours pays 0 to each); a negative rate or negative minutes are refused")
    void edges() {
        assertThat(hourly(Yen.of(-5_000), Yen.ZERO, Map.of("a", hours(10))))
                .isEqualTo(new Shortfall<String>(Yen.of(-5_000), Yen.ZERO, Yen.of(5_000), null)); // no rate to offer
        assertThat(hourly(Yen.of(5_000), Yen.of(220), Map.of("a", 0L))).isEqualTo(new NoWork<String>(Yen.of(5_000)));
        assertThat(hourly(Yen.ZERO, Yen.of(220), Map.of("a", 0L))).isInstanceOf(Distributed.class);
        assertThatThrownBy(() -> hourly(Yen.of(5_000), Yen.of(-1), Map.of("a", 60L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hourly(Yen.of(5_000), Yen.of(220), Map.of("a", -60L)))
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
            Outcome<Integer> o = hourly(Yen.of(pool), Yen.of(3), minutes);
            if (o instanceof Distributed<Integer> d) {
                assertThat(d.total()).isEqualTo(Yen.of(pool));
            } else {
                assertThat(o).isInstanceOf(Shortfall.class);
            }
        }
    }

    private static final List<Work<String>> THREE = List.of(new Work<>("a", 6_000, 20, 300), new Work<>("b", 4_800, 16, 500),
            new Work<>("c", 0, 0, 0));

    @Test
    @DisplayName("per day: 1,000 yen × 20 and × 16 days = 36,000 of 50,000; the rest 14,000 by days → 7,778 and 6,222; nobody absent all month is paid")
    void daily() {
        Terms perDay = new Terms(Basis.DAILY, null, Yen.of(1_000), null, null, RestBy.DAYS, Yen.Rounding.TRUNCATE);
        Distributed<String> d = (Distributed<String>) PayCalculation.calculate(perDay, Map.of(), Yen.of(50_000), THREE);
        assertThat(d.of("a").base()).isEqualTo(Yen.of(20_000));
        assertThat(d.of("a").share()).isEqualTo(Yen.of(7_778)); // 14,000 × 20/36 = 7,777.8
        assertThat(d.of("b").total()).isEqualTo(Yen.of(22_222));
        assertThat(d.of("c").total()).isEqualTo(Yen.ZERO);
        assertThat(d.total()).isEqualTo(Yen.of(50_000));
    }

    @Test
    @DisplayName("per piece (出来高): 30 yen × 300 and × 500 pieces; the rest shared equally among those who worked; too small a pool offers the piece rate that fits (62 yen: 800 pieces in 50,000)")
    void perPiece() {
        Terms pieces = new Terms(Basis.PIECE, null, null, Yen.of(30), null, RestBy.EQUAL, Yen.Rounding.TRUNCATE);
        Distributed<String> d = (Distributed<String>) PayCalculation.calculate(pieces, Map.of(), Yen.of(50_000), THREE);
        assertThat(d.of("a").base()).isEqualTo(Yen.of(9_000));
        assertThat(d.of("b").base()).isEqualTo(Yen.of(15_000));
        assertThat(d.of("a").share()).isEqualTo(Yen.of(13_000));
        assertThat(d.of("b").share()).isEqualTo(Yen.of(13_000));
        assertThat(d.of("c").total()).isEqualTo(Yen.ZERO);

        Terms dear = new Terms(Basis.PIECE, null, null, Yen.of(100), null, RestBy.EQUAL, Yen.Rounding.TRUNCATE);
        assertThat(PayCalculation.calculate(dear, Map.of(), Yen.of(50_000), THREE))
                .isEqualTo(new Shortfall<String>(Yen.of(50_000), Yen.of(80_000), Yen.of(30_000), Yen.of(62)));
    }

    @Test
    @DisplayName("a fixed monthly part plus per hour: 3,000 yen to each user present, + 150 yen/h (100 h → 15,000; 80 h → 12,000); the rest by hours")
    void fixedPlusHourly() {
        Terms fixed = new Terms(Basis.FIXED_PLUS_HOURLY, Yen.of(150), null, null, Yen.of(3_000), RestBy.HOURS, Yen.Rounding.TRUNCATE);
        Distributed<String> d = (Distributed<String>) PayCalculation.calculate(fixed, Map.of(), Yen.of(42_000), THREE);
        assertThat(d.of("a").base()).isEqualTo(Yen.of(18_000));
        assertThat(d.of("b").base()).isEqualTo(Yen.of(15_000));
        assertThat(d.of("c").base()).isEqualTo(Yen.ZERO);
        assertThat(d.rest()).isEqualTo(Yen.of(9_000));
        assertThat(d.of("a").share()).isEqualTo(Yen.of(5_000)); // 9,000 × 100/180
        assertThat(d.total()).isEqualTo(Yen.of(42_000));
    }

    @Test
    @DisplayName("equal shares: the whole pool shared among those who worked, 50,001 → 25,001 and 25,000")
    void equalShares() {
        Terms equal = new Terms(Basis.EQUAL_SHARES, null, null, null, null, RestBy.EQUAL, Yen.Rounding.TRUNCATE);
        Distributed<String> d = (Distributed<String>) PayCalculation.calculate(equal, Map.of(), Yen.of(50_001), THREE);
        assertThat(d.payments()).extracting(p -> p.total().value()).containsExactly(25_001L, 25_000L, 0L);
    }

    @Test
    @DisplayName("the rounding is the rule's: 220 yen × 50 min = 183.33 → 183 truncated, 184 rounded up; 70 min = 256.67 → 257 rounded half up")
    void roundingIsTheRules() {
        List<Work<String>> w = List.of(new Work<>("a", 50, 1, 0), new Work<>("b", 70, 1, 0));
        Terms up = new Terms(Basis.HOURLY, Yen.of(220), null, null, null, RestBy.HOURS, Yen.Rounding.CEILING);
        Terms halfUp = new Terms(Basis.HOURLY, Yen.of(220), null, null, null, RestBy.HOURS, Yen.Rounding.HALF_UP);
        assertThat(((Distributed<String>) PayCalculation.calculate(up, Map.of(), Yen.of(1_000), w)).of("a").base()).isEqualTo(Yen.of(184));
        assertThat(((Distributed<String>) PayCalculation.calculate(halfUp, Map.of(), Yen.of(1_000), w)).of("b").base()).isEqualTo(Yen.of(257));
    }

    @Test
    @DisplayName("a rate per hour set for one user (能力給) replaces the office's rate for that user only")
    void personRates() {
        Distributed<String> d = (Distributed<String>) PayCalculation.calculate(Terms.hourly(Yen.of(200)), Map.of("a", Yen.of(250)),
                Yen.of(50_000), THREE);
        assertThat(d.of("a").rate()).isEqualTo(Yen.of(250));
        assertThat(d.of("a").base()).isEqualTo(Yen.of(25_000));
        assertThat(d.of("b").base()).isEqualTo(Yen.of(16_000));
    }
}
