package jp.tsunagu.wages.internal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.wages.internal.run.RunService.Line;
import jp.tsunagu.web.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 工賃一覧 as CSV for Excel or an accounting program: the workbook's rows ({@link WagesMonthExcel}), one per user by kana,
 * each with the office number and the month first so that months can be put together; no heading lines and no total
 * row, so that every line below the heads is a user. Heads from the bundles in the language asked for; codes (the
 * service type) and the ISO month as they are; amounts in whole yen without separators, hours with two decimals.
 * Commons CSV quotes every value by one rule (RFC 4180, CRLF line ends: {@link CSVFormat#EXCEL}); the file starts with the
 * UTF-8 byte order mark and text typed by someone is guarded against running as a formula ({@link CsvText}).
 */
@Component
public class WagesMonthCsv {
    private final MessageSource messages;

    WagesMonthCsv(MessageSource messages) {
        this.messages = messages;
    }

    /** The file's text, the byte order mark first: the caller encodes it in UTF-8. */
    public String write(WagesMonthView view, Locale locale) {
        DocumentLabels labels = new DocumentLabels(messages, locale, "wages.documents.");
        List<String> columns = new ArrayList<>(List.of("officeNumber", "month"));
        columns.addAll(WagesMonthExcel.COLUMNS);
        StringBuilder csv = new StringBuilder().append(CsvText.BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
            printer.printRecord(columns.stream().map(c -> labels.get("head." + c)));
            for (Line line : view.lines()) {
                printer.printRecord(CsvText.guarded(view.officeNumber()), view.month().toString(), CsvText.guarded(line.kana()),
                        CsvText.guarded(line.name()), line.serviceType().name(), line.days(), WagesMonthExcel.hours(line.minutes()).toPlainString(),
                        line.pieces(), line.rate().value(), line.base().value(), line.share().value(), line.adjustment().value(),
                        line.total().value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return csv.toString();
    }
}
