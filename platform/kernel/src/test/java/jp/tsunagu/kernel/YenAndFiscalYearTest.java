package jp.tsunagu.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YenAndFiscalYearTest {

    private static Yen round(String amount, Yen.Rounding rounding) {
        return Yen.of(new BigDecimal(amount), rounding);
    }

    @Test
    @DisplayName("the roundings the rules name: truncate, ceiling, half up, the 50銭 rule (50銭 dropped, 50銭1厘 up), to 10 yen")
    void roundings() {
        assertThat(round("1234.99", Yen.Rounding.TRUNCATE)).isEqualTo(Yen.of(1234));
        assertThat(round("1234.01", Yen.Rounding.CEILING)).isEqualTo(Yen.of(1235));
        assertThat(round("1234.50", Yen.Rounding.HALF_UP)).isEqualTo(Yen.of(1235));
        assertThat(round("1234.49", Yen.Rounding.HALF_UP)).isEqualTo(Yen.of(1234));
        assertThat(round("1234.50", Yen.Rounding.FIFTY_SEN)).isEqualTo(Yen.of(1234));
        assertThat(round("1234.501", Yen.Rounding.FIFTY_SEN)).isEqualTo(Yen.of(1235));
        assertThat(round("1239.99", Yen.Rounding.TRUNCATE_TO_10)).isEqualTo(Yen.of(1230));
        // a premium of 14,253 yen halved is 7,126.5: the worker's share is 7,126 under the 50銭 rule, 7,127 half up
        assertThat(Yen.of(14_253).times(new BigDecimal("0.5"), Yen.Rounding.FIFTY_SEN)).isEqualTo(Yen.of(7_126));
        assertThat(Yen.of(14_253).times(new BigDecimal("0.5"), Yen.Rounding.HALF_UP)).isEqualTo(Yen.of(7_127));
    }

    @Test
    @DisplayName("whole yen: arithmetic that never overflows silently, exact figures refuse a fraction, grouped display")
    void arithmetic() {
        assertThat(Yen.of(1_120).times(8).plus(Yen.of(500)).minus(Yen.of(60))).isEqualTo(Yen.of(9_400));
        assertThat(Yen.of(5).max(Yen.of(7))).isEqualTo(Yen.of(7));
        assertThat(Yen.of(-3).isNegative()).isTrue();
        assertThat(Yen.exact(new BigDecimal("1120.00"))).isEqualTo(Yen.of(1_120));
        assertThatThrownBy(() -> Yen.exact(new BigDecimal("1120.5"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Yen.of(Long.MAX_VALUE).plus(Yen.of(1))).isInstanceOf(ArithmeticException.class);
        assertThat(Yen.of(1_234_567).format()).isEqualTo("¥1,234,567");
    }

    @Test
    @DisplayName("a fiscal year runs from 1 April to 31 March and carries its 和暦 name (令和元年度 for FY2019)")
    void fiscalYears() {
        assertThat(FiscalYear.of(LocalDate.parse("2027-03-31"))).isEqualTo(FiscalYear.startingIn(2026));
        assertThat(FiscalYear.of(LocalDate.parse("2027-04-01"))).isEqualTo(FiscalYear.startingIn(2027));
        assertThat(FiscalYear.of(YearMonth.parse("2026-12")).japaneseName()).isEqualTo("令和8年度");
        assertThat(FiscalYear.startingIn(2019).japaneseName()).isEqualTo("令和元年度");
        assertThat(FiscalYear.startingIn(2018).japaneseName()).isEqualTo("平成30年度");
        FiscalYear fy = FiscalYear.startingIn(2026);
        assertThat(fy.start()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(fy.end()).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(fy.lastMonth()).isEqualTo(YearMonth.parse("2027-03"));
        assertThat(fy.contains(LocalDate.parse("2026-03-31"))).isFalse();
        assertThat(fy.next().previous()).isEqualTo(fy);
        assertThat(fy).hasToString("FY2026");
    }
}
