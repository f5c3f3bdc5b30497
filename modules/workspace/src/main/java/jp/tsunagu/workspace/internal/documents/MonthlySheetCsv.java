package jp.tsunagu.workspace.internal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.web.CsvText;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The month's record sheets (実績記録票) as CSV for Excel: every recorded day of every sheet, one row each, with the
 * person's confirmation in the last column; the heads and words in Japanese from the message bundles (see
 * {@link SheetLabels}), codes (service type, confirmation method) and ISO dates as they are.
 *
 * <p>Written with Apache Commons CSV rather than by hand: every value goes through the same quoting rule (RFC 4180,
 * quoted when it holds a comma, a quote or a line break, or starts or ends with a space), so a column added later
 * cannot be forgotten. What Excel needs besides is set here: the UTF-8 byte order mark (without it Excel reads the
 * file as Shift_JIS), CRLF line ends ({@link CSVFormat#EXCEL}), and the formula guard on text.
 */
@Component
public class MonthlySheetCsv {
    /** The columns: the key of each head (workspace.sheet.csv.head.*), in their order. */
    private static final List<String> COLUMNS = List.of("officeNumber", "certificateNumber", "name", "kana", "month", "date", "weekday",
            "serviceType", "status", "checkIn", "checkOut", "roundedStart", "roundedEnd", "breakMinutes", "minutes", "transportTo",
            "transportFrom", "meal", "offsite", "offsitePlace", "lateMinutes", "earlyLeaveMinutes", "absenceContact", "absenceResponse",
            "exceedsAmount", "corrected", "confirmation");

    private final SheetLabels labels;

    MonthlySheetCsv(MessageSource messages) {
        this.labels = new SheetLabels(messages);
    }

    /** The file's text, the byte order mark first: the caller encodes it in UTF-8. */
    public String write(List<MonthlyServiceSheet> sheets) {
        StringBuilder csv = new StringBuilder().append(CsvText.BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
            printer.printRecord(COLUMNS.stream().map(c -> labels.get("workspace.sheet.csv.head." + c)));
            String present = labels.get("workspace.sheet.csv.present");
            String absent = labels.get("workspace.sheet.csv.absent");
            for (MonthlyServiceSheet s : sheets) {
                String confirmed = s.confirmation() == null ? "" : s.confirmation().method() + " " + s.confirmation().confirmedOn();
                for (MonthlyServiceSheet.Day day : s.recordedDays()) {
                    ServiceRecord r = day.record();
                    List<String> row = new ArrayList<>(COLUMNS.size());
                    row.add(text(s.office().officeNumber()));
                    row.add(text(s.person().certificateNumber()));
                    row.add(text(s.person().name()));
                    row.add(text(s.person().kana()));
                    row.add(s.month().toString());
                    row.add(day.date().toString());
                    row.add(SheetLabels.weekday(day.date()));
                    row.add(r.serviceType().name());
                    row.add(r.present() ? present : absent);
                    row.add(value(r.checkIn()));
                    row.add(value(r.checkOut()));
                    row.add(value(r.roundedStart()));
                    row.add(value(r.roundedEnd()));
                    row.add(r.present() ? String.valueOf(r.breakMinutes()) : "");
                    row.add(value(r.minutes()));
                    row.add(flag(r.transportTo()));
                    row.add(flag(r.transportFrom()));
                    row.add(flag(r.meal()));
                    row.add(r.offsite() == null ? "" : labels.get("workspace.sheet.csv.offsite." + r.offsite().name()));
                    row.add(text(r.offsitePlace()));
                    row.add(value(r.lateMinutes()));
                    row.add(value(r.earlyLeaveMinutes()));
                    row.add(text(r.absenceContact()));
                    row.add(text(r.absenceResponse()));
                    row.add(flag(r.exceedsAmount()));
                    row.add(flag(r.corrected()));
                    row.add(confirmed);
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return csv.toString();
    }

    /** Text as typed by someone (a name, a place, a note), guarded against running as a formula ({@link CsvText#guarded}). */
    static String text(String s) {
        return CsvText.guarded(s);
    }

    private static String value(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String flag(boolean b) {
        return b ? "1" : "";
    }
}
