package jp.tsunagu.training.internal.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.web.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics as CSV, one figure a line so that years and offices can be put together: the office number, the
 * fiscal year (its first year, 2026), the section (the year, a month, the reasons for ending a placement or a
 * support), the item, the month (ISO, for the month lines) and the value (a count; a percent as a plain decimal; empty
 * where there is no rate). Heads and items from the bundles in the language asked for; RFC 4180 with CRLF
 * ({@link CSVFormat#EXCEL}), the UTF-8 byte order mark first, and the reasons typed by someone guarded against running
 * as a formula ({@link CsvText}). No personal data: no name, no person, no company.
 */
@Component
class StatisticsCsv {
    private final MessageSource messages;

    StatisticsCsv(MessageSource messages) {
        this.messages = messages;
    }

    String write(OfficeSummary office, TrainingStatistics s, Locale locale) {
        StatisticsTexts t = new StatisticsTexts(messages, locale);
        String number = CsvText.guarded(office.officeNumber());
        String year = String.valueOf(s.year().startYear());
        StringBuilder csv = new StringBuilder().append(CsvText.BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
            printer.printRecord(t.get("head.officeNumber"), t.get("head.fiscalYear"), t.get("head.section"), t.get("head.item"),
                    t.get("head.month"), t.get("head.value"));
            for (StatisticsTexts.Item item : StatisticsTexts.items(s)) {
                printer.printRecord(number, year, t.get("section.year"), t.get("item." + item.key()), "", StatisticsTexts.plain(item.value()));
            }
            for (TrainingStatistics.Month m : s.months()) {
                for (String key : StatisticsTexts.MONTH_COLUMNS) {
                    printer.printRecord(number, year, t.get("section.month"), t.get("item." + key), m.month().toString(),
                            String.valueOf(StatisticsTexts.column(m, key)));
                }
            }
            reasons(printer, number, year, t.get("section.placementEnd"), s.placementEndReasons());
            reasons(printer, number, year, t.get("section.supportEnd"), s.supportEndReasons());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return csv.toString();
    }

    private static void reasons(CSVPrinter printer, String number, String year, String section, List<TrainingStatistics.Reason> reasons)
            throws IOException {
        for (TrainingStatistics.Reason r : reasons) {
            printer.printRecord(number, year, section, CsvText.guarded(r.reason()), "", String.valueOf(r.count()));
        }
    }
}
