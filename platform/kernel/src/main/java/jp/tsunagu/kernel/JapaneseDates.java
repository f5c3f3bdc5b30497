package jp.tsunagu.kernel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** 和暦 display: dates are shown in the Japanese era beside ISO, e.g. {@code 令和8年4月1日 (2026-04-01)}. */
public final class JapaneseDates {
    private static final DateTimeFormatter ERA =
            DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);
    private static final DateTimeFormatter ERA_MONTH =
            DateTimeFormatter.ofPattern("GGGGy年M月", Locale.JAPAN);

    private JapaneseDates() {
    }

    /** The era date alone: {@code 令和8年4月1日}; the first year of an era is written 元年. */
    public static String era(LocalDate date) {
        String text = ERA.format(JapaneseDate.from(date));
        return JapaneseDate.from(date).get(java.time.temporal.ChronoField.YEAR_OF_ERA) == 1
                ? text.replaceFirst("1年", "元年")
                : text;
    }

    /** The era month alone, as a monthly document heads its page: {@code 令和8年7月}; {@code 令和元年5月} in the first year. */
    public static String era(YearMonth month) {
        JapaneseDate first = JapaneseDate.from(month.atDay(1));
        String text = ERA_MONTH.format(first);
        return first.get(java.time.temporal.ChronoField.YEAR_OF_ERA) == 1 ? text.replaceFirst("1年", "元年") : text;
    }

    /** The era date with ISO beside it: {@code 令和8年4月1日 (2026-04-01)}. */
    public static String withIso(LocalDate date) {
        return era(date) + " (" + date + ")";
    }
}
