package jp.tsunagu.training.internal.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import jp.tsunagu.kernel.FiscalYear;
import org.springframework.context.MessageSource;

/**
 * The statistics' texts ({@code training.statistics.*}) for the CSV and the workbook, and the items both list in the
 * same order as the page: the year's figures, then the month columns.
 */
final class StatisticsTexts extends jp.tsunagu.web.DocumentTexts {
    /** The month columns, as the page's table has them. */
    static final List<String> MONTH_COLUMNS = List.of("newStarts", "placements", "sixMonthDays", "retained", "ended");

    StatisticsTexts(MessageSource messages, Locale locale) {
        super(messages, locale, "training.statistics.", "training.statistics.");
    }

    /** 令和8年度 (FY2026). */
    String fiscalYear(FiscalYear year) {
        return year.japaneseName() + " (" + year + ")";
    }

    /** A figure of the year: its key (its label is {@code item.<key>}) and its value, a count or a percent (null: none). */
    record Item(String key, Number value) {
    }

    /** The year's figures in the page's order. */
    static List<Item> items(TrainingStatistics s) {
        List<Item> items = new ArrayList<>();
        var t = s.transition();
        items.add(new Item("served", t.served()));
        items.add(new Item("newStarts", t.newStarts()));
        items.add(new Item("placements", t.placements()));
        items.add(new Item("sixMonthDays", t.sixMonthDays()));
        items.add(new Item("retained", t.retained()));
        items.add(new Item("ended", t.ended()));
        items.add(new Item("transitionRate", t.rate() == null ? null : t.rate().ratePercent()));
        var r = s.support();
        items.add(new Item("supportUsers", r.users()));
        items.add(new Item("supportStarted", r.started()));
        items.add(new Item("supportEndedEarly", r.endedEarly()));
        items.add(new Item("supportCompleted", r.completed()));
        items.add(new Item("serviceRate", r.rate() == null ? null : r.rate().percent()));
        items.add(new Item("assessmentsStarted", s.selection().started()));
        items.add(new Item("assessmentsCompleted", s.selection().completed()));
        return items;
    }

    /** A month column's figure. */
    static int column(TrainingStatistics.Month m, String key) {
        ToIntFunction<TrainingStatistics.Month> f = switch (key) {
            case "newStarts" -> TrainingStatistics.Month::newStarts;
            case "placements" -> TrainingStatistics.Month::placements;
            case "sixMonthDays" -> TrainingStatistics.Month::sixMonthDays;
            case "retained" -> TrainingStatistics.Month::retained;
            case "ended" -> TrainingStatistics.Month::ended;
            default -> throw new IllegalArgumentException(key);
        };
        return f.applyAsInt(m);
    }

    /** Whether an item is a percent. */
    static boolean percent(Item item) {
        return item.key().endsWith("Rate");
    }

    /** A value as the CSV writes it: a count as it is, a percent as its plain decimal, none as empty. */
    static String plain(Number value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
