package jp.tsunagu.wages.internal.documents;

import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.wages.internal.domain.PayCalculation.Basis;
import jp.tsunagu.wages.internal.run.RunService.Line;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 工賃明細書: a user's payslip of a closed month on one A4 page, or every user's of the month as one print file (a page
 * each, by kana). Besides the amounts it says why they are what they are: the 工賃規程 version and its method applied to
 * the user's hours, days or pieces (時間給 220円 × 160時間00分 = 35,200円), the user's part of the rest (残余 98,400円 ×
 * 160時間00分 ÷ 3,280時間00分 = 4,800円), and the month's pool and split; and it leaves room for the office's seal.
 * Rendered from {@code templates/wages/payslip-pdf.html} with the shipped font; dates and yen formatted by {@code #ja},
 * the labels from the bundles in the language asked for ({@code wages.payslip.*}, {@code wages.documents.*}).
 */
@Component
public class PayslipPdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    PayslipPdf(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** Every user's payslip of the month, one page each, in the view's order (by kana). */
    public byte[] render(WagesMonthView month, Locale locale) {
        return render(month, month.lines(), locale);
    }

    /** One user's payslip. */
    public byte[] render(WagesMonthView month, PersonId person, Locale locale) {
        return render(month, List.of(month.line(person).orElseThrow(() -> new IllegalArgumentException(person + " is not paid in " + month.month()))),
                locale);
    }

    private byte[] render(WagesMonthView month, List<Line> lines, Locale locale) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no payslip to print for " + month.month());
        }
        DocumentLabels labels = new DocumentLabels(messages, locale, "wages.payslip.");
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("t", labels);
        context.setVariable("view", month);
        context.setVariable("texts", MonthTexts.of(month, labels));
        context.setVariable("piecework", month.terms().basis() == Basis.PIECE);
        context.setVariable("slips", lines.stream().map(l -> Slip.of(month, l, labels)).toList());
        return pdf.render(templates.process("wages/payslip-pdf", context));
    }

    /**
     * One payslip's words besides the amounts: the keys of its two formulas (by the rule's basis and how the rest is
     * shared) and the quantities they name, in the document's language.
     *
     * @param baseKey     {@code base.<basis>}; its arguments: rate, hours, days, pieces, the fixed monthly part, the base
     * @param shareKey    {@code share.<restBy>}, or {@code share.none} when there was no rest to share; its arguments: the
     *                    rest, the user's hours, days or 1, everybody's, the user's share
     */
    public record Slip(Line line, String baseKey, String shareKey, String hours, String days, String pieces, String weight,
                       String totalWeight) {
        static Slip of(WagesMonthView month, Line line, DocumentLabels labels) {
            Basis basis = month.terms().basis();
            if (basis == Basis.FIXED_PLUS_HOURLY && line.days() == 0) {
                basis = Basis.HOURLY; // the fixed part is paid only to a user present at least one day
            }
            String hours = labels.hours(line.minutes());
            String days = labels.shared("days", String.valueOf(line.days()));
            String pieces = labels.shared("pieces", String.valueOf(line.pieces()));
            String weight = switch (month.restBy()) {
                case HOURS -> hours;
                case DAYS -> days;
                case EQUAL -> "";
            };
            String totalWeight = switch (month.restBy()) {
                case HOURS -> labels.hours(month.totalMinutes());
                case DAYS -> labels.shared("days", String.valueOf(month.totalDays()));
                case EQUAL -> labels.shared("persons", String.valueOf(month.sharers()));
            };
            return new Slip(line, "base." + basis.name(), month.restShared() ? "share." + month.restBy().name() : "share.none", hours,
                    days, pieces, weight, totalWeight);
        }
    }
}
