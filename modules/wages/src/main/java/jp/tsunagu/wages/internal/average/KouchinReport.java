package jp.tsunagu.wages.internal.average;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.web.CsvText;
import jp.tsunagu.web.PdfDocuments;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 工賃実績報告: an office's report of a fiscal year's 工賃 to the prefecture — the figures the average rests on (工賃 paid,
 * months counted, user-days, opening days, users per day), the average monthly 工賃, the minimum met, the target, and
 * the change from the year before — as CSV (one head line, one line) and as an A4 PDF. Prefectures publish their own
 * forms; these carry the figures those forms ask for, in the order they ask them.
 */
@Component
class KouchinReport {
    private final MessageSource messages;
    private final TemplateEngine templates;
    private final PdfDocuments pdf;

    KouchinReport(MessageSource messages, TemplateEngine templates, PdfDocuments pdf) {
        this.messages = messages;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The report's items in their order: label → value, as text. */
    Map<String, String> items(AverageService.Report r, Locale locale) {
        AverageService.YearSummary y = r.year();
        Map<String, String> items = new LinkedHashMap<>();
        items.put(label("officeNumber", locale), r.office().officeNumber());
        items.put(label("officeName", locale), r.office().name());
        items.put(label("fiscalYear", locale), y.year().japaneseName() + " (FY" + y.year().startYear() + ")");
        items.put(label("months", locale), String.valueOf(y.months()));
        items.put(label("totalPaid", locale), String.valueOf(y.paid().value()));
        items.put(label("userDays", locale), String.valueOf(y.userDays()));
        items.put(label("openingDays", locale), String.valueOf(y.openingDays()));
        items.put(label("usersPerDay", locale), y.usersPerDay().toPlainString());
        items.put(label("average", locale), String.valueOf(y.average().value()));
        items.put(label("meetsMinimum", locale), label(Boolean.TRUE.equals(y.meetsMinimum()) ? "yes" : "no", locale));
        items.put(label("target", locale), y.target() == null ? "" : String.valueOf(y.target().value()));
        items.put(label("previousAverage", locale), r.previous() == null ? "" : String.valueOf(r.previous().average().value()));
        items.put(label("change", locale), r.previous() == null ? "" : String.valueOf(y.average().minus(r.previous().average()).value()));
        return items;
    }

    /** The CSV for Excel (byte order mark, CRLF, text guarded against formulas). */
    String csv(AverageService.Report r, Locale locale) {
        Map<String, String> items = items(r, locale);
        StringBuilder csv = new StringBuilder().append(CsvText.BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
            printer.printRecord(items.keySet());
            printer.printRecord(items.values().stream().map(CsvText::guarded).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** The A4 PDF: the title and the items as a table, in the shipped font. */
    byte[] pdf(AverageService.Report r, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("title", label("title", locale));
        context.setVariable("items", items(r, locale));
        return pdf.render(templates.process("wages/kouchin-report-pdf", context));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("wages.report." + key, null, locale);
    }
}
