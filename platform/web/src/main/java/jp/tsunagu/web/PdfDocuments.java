package jp.tsunagu.web;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Printable documents (plans, contracts, payslips): XHTML rendered to an A4 PDF with the Japanese font the
 * application ships (IPAex Gothic, IPA Font License v1.0, in {@code fonts/}), so a fresh machine needs no
 * installed font. Templates set {@code @page { size: A4 }} and {@code font-family: "IPAexGothic"}.
 *
 * <p>The 6 MB font is parsed once per core and reused (a parsed font reads glyphs through one stream, so each
 * render borrows one from a small pool; the pool also caps concurrent renders at the core count). Parsing it
 * per document allocated about 43 MB and a humongous 6 MB array each time (see "Benchmark: planning").
 */
@Component
public class PdfDocuments {
    public static final String FONT_FAMILY = "IPAexGothic";
    private final BlockingQueue<TrueTypeFont> fonts;

    public PdfDocuments() {
        byte[] font;
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the Japanese font fonts/ipaexg.ttf is missing from the class path");
            }
            font = withoutGlyphSubstitution(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int size = Math.max(1, Runtime.getRuntime().availableProcessors());
        fonts = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            try {
                fonts.add(withJapaneseNamesFirst(new TTFParser().parse(new RandomAccessReadBuffer(font))));
            } catch (IOException e) {
                throw new UncheckedIOException("fonts/ipaexg.ttf cannot be read", e);
            }
        }
    }

    /**
     * The font with its GSUB table hidden (its tag renamed in the table directory). PDFBox 3 runs every shown string
     * of a font with a GSUB table through a glyph-substitution worker that compiles regular expressions per call:
     * that took most of the time of a 40-page sheet (about 20 ms a page). IPAex Gothic's substitutions are vertical
     * forms and the like, which horizontal documents never use; the glyphs and their widths are unchanged.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                font[entry] = 'g'; // an unknown tag: PDFBox no longer finds the table
            }
        }
        return font;
    }

    /**
     * The font with its character maps naming each glyph by the character text writes, so that the text layer of its
     * PDFs gives 工 and 支, not ⼯ and ⽀, and − — ‘ ’, not a soft hyphen, combining marks or modifier letters. IPAex
     * Gothic maps some code points to one glyph: a kanji and its Kangxi radical (U+2F00–U+2FDF) or CJK radical
     * supplement form (U+2E80–U+2EFF), e.g. U+5DE5 工 and U+2F2F ⼯; the ideographic space U+3000 and the em space
     * U+2003; the minus sign U+2212 and the soft hyphen U+00AD; the em dash U+2014 and the combining long stroke
     * overlay U+0336; the quotation marks U+2018/U+2019 and the modifier letters U+02BB/U+02BC; the overline U+203E and
     * the combining overline U+0305. PDFBox writes a subset's ToUnicode map from the lowest of a glyph's code points
     * ({@code PDCIDFontType2Embedder.buildToUnicodeCMap}: {@code cmapLookup.getCharCodes(gid)}, ascending,
     * {@code .get(0)}), which is the radical, the em space, the soft hyphen, the modifier letter or the combining mark.
     * Each glyph keeps its code points, and text maps to the same glyphs as before (the pages look the same); only
     * their order changes, so that a code point no reader means is never preferred to one they would: radicals and
     * combining marks last, then CJK compatibility ideographs, the em space, the soft hyphen and spacing modifier
     * letters, everything else first by value as before.
     */
    static TrueTypeFont withJapaneseNamesFirst(TrueTypeFont font) throws IOException {
        CmapTable table = font.getCmap();
        CmapSubtable[] subtables = table.getCmaps();
        for (int i = 0; i < subtables.length; i++) {
            subtables[i] = new JapaneseNamesFirst(subtables[i]);
        }
        table.setCmaps(subtables);
        return font;
    }

    /** A character map that lists a glyph's radical, combining and compatibility names after its other code points. */
    private static final class JapaneseNamesFirst extends CmapSubtable {
        private static final Comparator<Integer> ORDER = Comparator.comparingInt(JapaneseNamesFirst::rank)
                .thenComparing(Comparator.naturalOrder());
        private final CmapSubtable cmap;

        JapaneseNamesFirst(CmapSubtable cmap) {
            this.cmap = cmap;
        }

        /**
         * 2: never meant on its own (a radical, a mark that combines with the character before it); 1: a stand-in for
         * an ordinary character; 0: everything else. A modifier letter ranks before a combining mark, so a glyph shared
         * by both (˜ U+02DC and U+0303, ˆ U+02C6 and U+0302) keeps its spacing name.
         */
        private static int rank(int codePoint) {
            int type = Character.getType(codePoint);
            if ((codePoint >= 0x2E80 && codePoint <= 0x2FDF) // CJK Radicals Supplement, Kangxi Radicals
                    || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) { // e.g. U+0300–U+036F
                return 2;
            }
            if ((codePoint >= 0xF900 && codePoint <= 0xFAFF) || (codePoint >= 0x2F800 && codePoint <= 0x2FA1F)
                    || codePoint == 0x2003 || codePoint == 0x00AD || (codePoint >= 0x02B0 && codePoint <= 0x02FF)) {
                // CJK Compatibility Ideographs (and Supplement); the em space, the ideographic space's glyph; the soft
                // hyphen, the minus sign's; Spacing Modifier Letters (ʼ ʻ, the quotation marks')
                return 1;
            }
            return 0;
        }

        @Override
        public int getGlyphId(int codePoint) {
            return cmap.getGlyphId(codePoint);
        }

        @Override
        public List<Integer> getCharCodes(int glyphId) {
            List<Integer> codes = cmap.getCharCodes(glyphId);
            return codes == null || codes.size() < 2 ? codes : codes.stream().sorted(ORDER).toList();
        }

        @Override
        public int getPlatformId() {
            return cmap.getPlatformId();
        }

        @Override
        public int getPlatformEncodingId() {
            return cmap.getPlatformEncodingId();
        }
    }

    /** Draws the pages of a document directly (PDFBox), for long tabular documents where layout would cost too much. */
    @FunctionalInterface
    public interface Drawing {
        void draw(PDDocument document, PDFont font) throws IOException;
    }

    /**
     * A PDF drawn by {@code drawing} with the Japanese font (embedded as a subset). Far cheaper per page than
     * {@link #render}: use it for documents of many similar pages (monthly record sheets of a whole office).
     */
    public byte[] draw(Drawing drawing) {
        TrueTypeFont font = borrow();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            drawing.draw(document, PDType0Font.load(document, font, true));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.add(font);
        }
    }

    private TrueTypeFont borrow() {
        try {
            return fonts.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to render a PDF", e);
        }
    }

    /** The PDF of a well-formed XHTML document. */
    public byte[] render(String xhtml) {
        TrueTypeFont font = borrow();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.add(font);
        }
    }
}
