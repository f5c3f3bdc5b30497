package jp.tsunagu.employment.internal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.employment.internal.documents.PayrollMonthTable.Column;
import jp.tsunagu.web.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 給与一覧 as CSV for Excel or an accounting program: the workbook's rows ({@link PayrollMonthExcel}), one per employed
 * user by kana, each with the office number, the month and the pay date first so that months can be put together; no
 * heading lines and no total row, so that every line below the heads is a user. Heads from the bundles in the language
 * asked for; the ISO month and date as they are; amounts in whole yen without separators, hours with two decimals.
 * Commons CSV quotes every value by one rule (RFC 4180, CRLF line ends: {@link CSVFormat#EXCEL}); the file starts with the
 * UTF-8 byte order mark and text typed by someone (names, kana) is guarded against running as a formula ({@link CsvText}).
 */
@Component
public class PayrollMonthCsv {
    private final MessageSource messages;

    PayrollMonthCsv(MessageSource messages) {
        this.messages = messages;
    }

    /** The file's text, the byte order mark first: the caller encodes it in UTF-8. */
    public String write(PayrollMonthView view, Locale locale) {
        PayrollLabels labels = new PayrollLabels(messages, locale, "employment.payrollList.");
        List<String> heads = new ArrayList<>(List.of(labels.shared("head.officeNumber"), labels.shared("head.month"), labels.shared("head.payDate"),
                labels.shared("head.kana"), labels.shared("head.name")));
        PayrollMonthTable.COLUMNS.forEach(c -> heads.add(labels.shared(c.key())));
        StringBuilder csv = new StringBuilder().append(CsvText.BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
            printer.printRecord(heads);
            for (PayrollMonthView.Slip slip : view.slips()) {
                List<Object> values = new ArrayList<>(List.of(CsvText.guarded(view.officeNumber()), view.month().toString(), view.payDate().toString(),
                        CsvText.guarded(slip.kana()), CsvText.guarded(slip.name())));
                for (Column c : PayrollMonthTable.COLUMNS) {
                    Number figure = c.figure().apply(slip);
                    values.add(figure instanceof BigDecimal hours ? hours.toPlainString() : figure.toString());
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return csv.toString();
    }
}
