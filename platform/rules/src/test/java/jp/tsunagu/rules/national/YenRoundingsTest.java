package jp.tsunagu.rules.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.tsunagu.kernel.Yen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The tables' rounding columns as {@link Yen.Rounding}: the same whole yen the named {@link RoundingMode} gives. */
class YenRoundingsTest {
    private static final List<String> MODES = List.of("DOWN", "UP", "HALF_UP", "HALF_DOWN", "FLOOR", "CEILING");

    @Test
    @DisplayName("each name maps to the Yen.Rounding it means; the 50銭 rule is FIFTY_SEN")
    void names() {
        assertThat(YenRoundings.of("FIFTY_SEN_DOWN", 1)).isEqualTo(Yen.Rounding.FIFTY_SEN);
        assertThat(YenRoundings.of("HALF_DOWN", 1)).isEqualTo(Yen.Rounding.FIFTY_SEN);
        assertThat(YenRoundings.of("HALF_UP", 1)).isEqualTo(Yen.Rounding.HALF_UP);
        assertThat(YenRoundings.of("DOWN", 1)).isEqualTo(Yen.Rounding.TRUNCATE);
        assertThat(YenRoundings.of("UP", 1)).isEqualTo(Yen.Rounding.CEILING);
        assertThat(YenRoundings.of("FLOOR", 1)).isEqualTo(Yen.Rounding.TRUNCATE);
        assertThat(YenRoundings.of("CEILING", 1)).isEqualTo(Yen.Rounding.CEILING);
        assertThat(YenRoundings.of("FLOOR", -1)).isEqualTo(Yen.Rounding.CEILING);
        assertThat(YenRoundings.of("CEILING", -1)).isEqualTo(Yen.Rounding.TRUNCATE);
        assertThatThrownBy(() -> YenRoundings.of("HALF_EVEN", 1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("HALF_EVEN");
    }

    @Test
    @DisplayName("round gives the figure RoundingMode gives, for amounts either side of zero")
    void roundAsRoundingMode() {
        for (String mode : MODES) {
            for (String amount : List.of("0", "2.5", "2.49", "2.51", "2.01", "-2.5", "-2.49", "-2.51", "-2.01", "6341.5", "5649.7")) {
                BigDecimal a = new BigDecimal(amount);
                assertThat(YenRoundings.round(a, mode)).as(mode + " " + amount)
                        .isEqualTo(Yen.of(a.setScale(0, RoundingMode.valueOf(mode)).longValueExact()));
            }
        }
        assertThat(YenRoundings.round(new BigDecimal("6341.5"), "FIFTY_SEN_DOWN")).isEqualTo(Yen.of(6_341));
        assertThat(YenRoundings.round(new BigDecimal("6341.51"), "FIFTY_SEN_DOWN")).isEqualTo(Yen.of(6_342));
    }

    @Test
    @DisplayName("round to a multiple of 10: 212.62 half up → 210, 215 → 220")
    void roundToTens() {
        assertThat(YenRoundings.round(new BigDecimal("212.62"), "HALF_UP", 10)).isEqualTo(Yen.of(210));
        assertThat(YenRoundings.round(new BigDecimal("215"), "HALF_UP", 10)).isEqualTo(Yen.of(220));
        assertThat(YenRoundings.round(new BigDecimal("219.99"), "DOWN", 10)).isEqualTo(Yen.of(210));
        assertThat(YenRoundings.round(new BigDecimal("210.01"), "CEILING", 10)).isEqualTo(Yen.of(220));
    }

    @Test
    @DisplayName("a quotient is rounded once and exactly: just under, at and just over half, and a fraction that does not end")
    void quotient() {
        // WG-1: 3,456,000 ÷ (19.8 × 12) = 14,545.45… → 14,545
        assertThat(YenRoundings.quotient(new BigDecimal("3456000"), new BigDecimal("237.6"), "HALF_UP")).isEqualTo(Yen.of(14_545));
        // 1 ÷ 1.999999 = 0.50000025: over half, though cut after one decimal it reads 0.5
        assertThat(YenRoundings.quotient(BigDecimal.ONE, new BigDecimal("1.999999"), "FIFTY_SEN_DOWN")).isEqualTo(Yen.of(1));
        assertThat(YenRoundings.quotient(BigDecimal.ONE, new BigDecimal("2"), "FIFTY_SEN_DOWN")).isEqualTo(Yen.ZERO);
        assertThat(YenRoundings.quotient(BigDecimal.ONE, new BigDecimal("2.000001"), "HALF_UP")).isEqualTo(Yen.ZERO);
        assertThat(YenRoundings.quotient(BigDecimal.ONE, new BigDecimal("30"), "UP")).isEqualTo(Yen.of(1));
        for (String mode : MODES) {
            for (int dividend = -40; dividend <= 40; dividend++) {
                for (String divisor : List.of("1", "2", "3", "7", "12", "19.8", "237.6", "0.3")) {
                    BigDecimal a = BigDecimal.valueOf(dividend);
                    BigDecimal d = new BigDecimal(divisor);
                    assertThat(YenRoundings.quotient(a, d, mode)).as(mode + " " + dividend + " ÷ " + divisor)
                            .isEqualTo(Yen.of(a.divide(d, 0, RoundingMode.valueOf(mode)).longValueExact()));
                }
            }
        }
        assertThatThrownBy(() -> YenRoundings.quotient(BigDecimal.ONE, BigDecimal.ZERO, "HALF_UP")).isInstanceOf(IllegalArgumentException.class);
    }
}
