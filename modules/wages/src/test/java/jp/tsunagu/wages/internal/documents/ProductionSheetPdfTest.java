package jp.tsunagu.wages.internal.documents;

import static jp.tsunagu.testsupport.DocumentTestSupport.text;
import jp.tsunagu.testsupport.DocumentTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The PDF as a reader sees it: its pages' size and the text PDFBox extracts. */
class ProductionSheetPdfTest {
    private static final ProductionSheetPdf PDF = new ProductionSheetPdf(DocumentTestSupport.templates(), new PdfDocuments(),
            DocumentTestSupport.messages("wages"));

    @Test
    @DisplayName("two A4 landscape pages: the sheet with 令和7年度, the office, April's figures and May's warning; then the 明細書")
    void sheetAsPrinted() throws IOException {
        byte[] pdf = PDF.render(ProductionSheetSamples.office(), Locale.JAPANESE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getRotation()).isZero();
            }
            String first = text(document, 1);
            assertThat(first).contains("令和7年度 (FY2025) 生産活動シート", "つなぐ作業所", "1310000005", "社会福祉法人つなぐ会",
                    "令和7年4月1日 (2025-04-01)", "令和8年3月31日 (2026-03-31)", "令和8年4月10日 (2026-04-10)")
                    .contains("項目 4月 5月 6月 7月 8月 9月 10月 11月 12月 1月 2月 3月 合計")
                    .contains("収入計 1,200,000 1,200,000 1,020,000", "経費計 380,000 380,000 300,000", "工賃支払額 820,000 850,000 720,000");
            assertThat(first.replaceAll("\\s", "")).contains(ProductionSheetSamples.WARNING_JA)
                    .contains("生産活動収支(収入計\u2212経費計)"); // the minus sign, not the soft hyphen that shares its glyph
            assertThat(text(document, 2)).contains("令和7年度 (FY2025) 就労支援事業別事業活動明細書", "サービス種別 就労継続支援B型",
                    "作業種目 受託作業 カフェ 合計", "受託収入 5,000,000 0 5,000,000").doesNotContain("wages.sheet");
        }
    }

    @Test
    @DisplayName("in English the heads are English")
    void english() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(ProductionSheetSamples.office(), Locale.ENGLISH))) {
            assertThat(text(document, 1)).contains("Production activity sheet (生産活動シート), 令和7年度 (FY2025)", "Item Apr May",
                    "Total revenue 1,200,000", "Wages (工賃) paid 820,000 850,000");
        }
    }
}
