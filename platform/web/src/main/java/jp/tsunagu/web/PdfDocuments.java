package jp.tsunagu.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Printable documents (plans, contracts, payslips): XHTML rendered to an A4 PDF with the Japanese font the
 * application ships (IPAex Gothic, IPA Font License v1.0, in {@code fonts/}), so a fresh machine needs no
 * installed font. Templates set {@code @page { size: A4 }} and {@code font-family: "IPAexGothic"}.
 */
@Component
public class PdfDocuments {
    public static final String FONT_FAMILY = "IPAexGothic";
    private final byte[] font;

    public PdfDocuments() {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the Japanese font fonts/ipaexg.ttf is missing from the class path");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF of a well-formed XHTML document. */
    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
