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

    @Test
    @DisplayName("a rendered document's text layer gives the kanji, not the radicals that share their glyphs")
    void renderedTextIsKanji() throws IOException {
        byte[] pdf = PDF.render("""
                <html><head><style>@page { size: A4 } body { font-family: "IPAexGothic" }</style></head>
                <body><p>%s</p></body></html>""".formatted(KANJI));

        assertKanji(text(pdf));
    }

    @Test
    @DisplayName("so does a drawn one")
    void drawnTextIsKanji() throws IOException {
        byte[] pdf = PDF.draw((document, font) -> {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 720);
                content.showText(KANJI);
                content.endText();
            }
        });

        assertKanji(text(pdf));
    }

    private static void assertKanji(String text) {
        assertThat(text).contains("工賃", "支援", "長", "生", "月", "鬼\u3000確認");
        assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF))
                .as("CJK radicals (U+2E80–U+2FDF) in %s", text)
                .isEmpty();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
