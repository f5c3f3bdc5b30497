package jp.tsunagu.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.Yen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class JapaneseFormatsTest {
    private final JapaneseFormats.Formats ja = new JapaneseFormats.Formats();

    @Test
    @DisplayName("#ja writes dates and months in 和暦 beside ISO, yen with separators, the fiscal year by its 和暦 name")
    void formats() {
        assertThat(ja.date(LocalDate.of(2026, 12, 5))).isEqualTo("令和8年12月5日 (2026-12-05)");
        assertThat(ja.era(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(ja.month(YearMonth.of(2026, 4))).isEqualTo("令和8年4月 (2026-04)");
        assertThat(ja.month(YearMonth.of(2019, 5))).isEqualTo("令和元年5月 (2019-05)");
        assertThat(ja.yen(Yen.of(1234567))).isEqualTo("1,234,567円");
        assertThat(ja.yen(-500L)).isEqualTo("-500円");
        assertThat(ja.fiscalYear(FiscalYear.startingIn(2026))).isEqualTo("令和8年度 (FY2026)");
        assertThat(ja.kanaRow("ガルベ")).isEqualTo("カ");
        assertThat(ja.weekday(LocalDate.of(2026, 12, 5))).isEqualTo("土");
        assertThat(ja.date(null)).isEmpty();
        assertThat(ja.yen((Yen) null)).isEmpty();
    }

    @Test
    @DisplayName("templates reach it as #ja")
    void inATemplate() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new JapaneseFormats());
        Context context = new Context();
        context.setVariable("d", LocalDate.of(2027, 3, 31));
        context.setVariable("y", Yen.of(88000));
        assertThat(engine.process("<p th:text=\"${#ja.date(d)} + ' ' + ${#ja.yen(y)}\"></p>", context))
                .isEqualTo("<p>令和9年3月31日 (2027-03-31) 88,000円</p>");
    }
}
