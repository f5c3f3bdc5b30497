package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {
    private static final PdfDocuments PDF = new PdfDocuments();

    /**
     * Kanji whose glyph IPAex Gothic shares with a Kangxi radical (⼯ ⽀ ⽣ ⽉) or a CJK radical supplement form (⻑ ⻤),
     * and the ideographic space, whose glyph it shares with the em space.
     */
    private static final String KANJI = "工賃 支援 長 生 月 鬼\u3000確認";

    /**
     * Punctuation whose glyph IPAex Gothic shares with a character no reader means: the minus sign U+2212 with the soft
     * hyphen U+00AD, the em dash U+2014 with the combining long stroke overlay U+0336, the quotation marks U+2018 and
     * U+2019 with the modifier letters U+02BB and U+02BC, the overline U+203E with the combining overline U+0305.
     */
    private static final String PUNCTUATION = "\u22121,000円 \u2014 \u2018引用\u2019 \u2019 \u203E";

    @Test
    @DisplayName("a rendered document's text layer gives the kanji, not the radicals that share their glyphs")
    void renderedTextIsKanji() throws IOException {
        assertKanji(text(rendered(KANJI)));
    }

    @Test
    @DisplayName("so does a drawn one")
    void drawnTextIsKanji() throws IOException {
        assertKanji(text(drawn(KANJI)));
    }

    @Test
    @DisplayName("a rendered document's text layer gives the minus sign, dash and quotes, not the marks that share their glyphs")
    void renderedTextIsPunctuation() throws IOException {
        assertPunctuation(text(rendered(PUNCTUATION)));
    }

    @Test
    @DisplayName("so does a drawn one")
    void drawnTextIsPunctuation() throws IOException {
        assertPunctuation(text(drawn(PUNCTUATION)));
    }

    private static byte[] rendered(String text) {
        return PDF.render("""
                <html><head><style>@page { size: A4 } body { font-family: "IPAexGothic" }</style></head>
                <body><p>%s</p></body></html>""".formatted(text));
    }

    private static byte[] drawn(String text) {
        return PDF.draw((document, font) -> {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
        });
    }

    private static void assertKanji(String text) {
        assertThat(text).contains("工賃", "支援", "長", "生", "月", "鬼\u3000確認");
        assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF))
                .as("CJK radicals (U+2E80–U+2FDF) in %s", text)
                .isEmpty();
    }

    private static void assertPunctuation(String text) {
        assertThat(text).contains("\u22121,000円", "\u2014", "\u2018引用\u2019", "\u2019", "\u203E");
        assertThat(text.codePoints().filter(c -> c == 0x00AD || c == 0x0336 || c == 0x02BB || c == 0x02BC || c == 0x0305))
                .as("soft hyphen, combining marks or modifier letters in %s", text)
                .isEmpty();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
