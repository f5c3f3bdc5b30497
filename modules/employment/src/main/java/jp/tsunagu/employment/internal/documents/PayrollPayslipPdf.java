package jp.tsunagu.employment.internal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 給与明細書: an employed user's payslip of a closed payroll month on one A4 page, or every user's of the month as one
 * print file (a page each, by kana). It names the office, the month (和暦 with ISO), the wage period and the pay date,
 * the worker, the days and hours worked (overtime, holiday and late-night time apart), every earning and deduction with
 * its amount and, in small type, how it was computed (the line's trail as the calculation wrote it), the gross, the
 * deductions and the net; and leaves room for the office's seal. Rendered from
 * {@code templates/employment/payroll-payslip-pdf.html} with the shipped font; the labels from the bundles in the
 * language asked for ({@code employment.payslip.*}, {@code employment.payrollDoc.*}).
 */
@Component
public class PayrollPayslipPdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    PayrollPayslipPdf(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** Every user's payslip of the month, one page each, in the view's order (by kana). */
    public byte[] render(PayrollMonthView month, Locale locale) {
        return render(month, month.slips(), locale);
    }

    /**
     * Several offices' months as one print file, in the order given: each office's pages as {@link #render(PayrollMonthView,
     * Locale)} makes them (its own layout and font subset), the files joined page by page. Laying out one document of a
     * thousand pages took about twice as long as laying out its offices one by one and joining them (see "Payroll month"
     * in {@code infra/benchmarks.md}).
     */
    public byte[] render(List<PayrollMonthView> months, Locale locale) {
        if (months.size() == 1) {
            return render(months.getFirst(), locale);
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        // the offices laid out side by side, a core each (PdfDocuments lends one font per core and waits for it)
        List<java.util.concurrent.CompletableFuture<byte[]>> files;
        try (var cores = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, Math.min(months.size(),
                Runtime.getRuntime().availableProcessors())))) {
            files = months.stream().map(m -> java.util.concurrent.CompletableFuture.supplyAsync(() -> render(m, locale), cores)).toList();
        }
        for (var file : files) {
            merger.addSource(new RandomAccessReadBuffer(file.join()));
        }
        try {
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One user's payslip. */
    public byte[] render(PayrollMonthView month, PersonId person, Locale locale) {
        return render(month, List.of(month.slip(person).orElseThrow(() -> new IllegalArgumentException(person + " is not paid in " + month.month()))),
                locale);
    }

    private byte[] render(PayrollMonthView month, List<PayrollMonthView.Slip> slips, Locale locale) {
        if (slips.isEmpty()) {
            throw new IllegalArgumentException("no payslip to print for " + month.month());
        }
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("t", new PayrollLabels(messages, locale, "employment.payslip."));
        context.setVariable("view", month);
        context.setVariable("slips", slips);
        return pdf.render(templates.process("employment/payroll-payslip-pdf", context));
    }
}
