package jp.tsunagu.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void showsTheEraBesideIso() {
        assertThat(JapaneseDates.withIso(LocalDate.of(2026, 4, 1))).isEqualTo("令和8年4月1日 (2026-04-01)");
    }

    @Test
    void firstYearOfAnEraIsGannen() {
        assertThat(JapaneseDates.era(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.era(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
    }

    @Test
    void eraMonth() {
        assertThat(JapaneseDates.era(YearMonth.of(2026, 7))).isEqualTo("令和8年7月");
        assertThat(JapaneseDates.era(YearMonth.of(2019, 5))).isEqualTo("令和元年5月");
        assertThat(JapaneseDates.era(YearMonth.of(2019, 4))).isEqualTo("平成31年4月");
        assertThat(JapaneseDates.era(YearMonth.of(2026, 11))).isEqualTo("令和8年11月"); // "11月" is not the first year's "1年"
    }

    @Test
    void officeNumberHasTenDigits() {
        assertThat(OfficeNumber.isValid("1312345678")).isTrue();
        assertThat(OfficeNumber.isValid("131234567")).isFalse();
        assertThat(OfficeNumber.isValid("13123456789")).isFalse();
        assertThat(OfficeNumber.isValid("13123a5678")).isFalse();
        assertThatThrownBy(() -> new OfficeNumber("12")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prefectureCodesFollowJis() {
        assertThat(Prefecture.TOKYO.code()).isEqualTo("13");
        assertThat(Prefecture.byCode("47")).contains(Prefecture.OKINAWA);
        assertThat(Prefecture.values()).hasSize(47);
    }
}
