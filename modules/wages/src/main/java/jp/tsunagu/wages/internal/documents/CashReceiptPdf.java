package jp.tsunagu.wages.internal.documents;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 受領書: the receipts a closed month's cash payments are handed over with, one A4 page per user, to print and have
 * signed: addressed to the office, the amount, the month in 和暦 beside ISO, the user's name, and a line for the date
 * received and one for the signature. Rendered from {@code templates/wages/cash-receipt-pdf.html} with the shipped
 * Japanese font; the labels come from the message bundles in the language asked for.
 */
@Component
public class CashReceiptPdf {
    private static final List<String> LABELS = List.of("title", "name", "receivedOn", "dateBlank", "signature");

    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    CashReceiptPdf(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** What the receipts say: the office, the month and, per user paid in cash, the name, kana and amount. */
    public record Receipts(String officeName, String officeNumber, YearMonth month, List<Receipt> receipts) {
        public Receipts {
            receipts = List.copyOf(receipts);
        }
    }

    /** One user's receipt. */
    public record Receipt(String name, String kana, Yen amount) {
    }

    /** A receipt as the page prints it: the texts already formatted. */
    record Page(String name, String kana, String amount) {
    }

    /** The PDF's bytes, a page per receipt. */
    public byte[] render(Receipts receipts, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        LABELS.forEach(key -> labels.put(key, label(key, locale)));
        labels.put("office", label("office", locale, receipts.officeName(), receipts.officeNumber()));
        labels.put("text", label("text", locale, JapaneseDates.era(receipts.month()), receipts.month().toString()));
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("labels", labels);
        context.setVariable("pages", receipts.receipts().stream()
                .map(r -> new Page(r.name(), r.kana(), label("amount", locale, yen.format(r.amount().value())))).toList());
        return pdf.render(templates.process("wages/cash-receipt-pdf", context));
    }

    /** The label {@code wages.receipt.pdf.<key>}; a missing one fails the document rather than printing its key. */
    private String label(String key, Locale locale, Object... args) {
        return messages.getMessage("wages.receipt.pdf." + key, args.length == 0 ? null : args, locale);
    }
}
