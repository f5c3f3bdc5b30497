package jp.tsunagu.wages.internal.documents;

import static jp.tsunagu.testsupport.DocumentTestSupport.text;
import jp.tsunagu.testsupport.DocumentTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The receipts (受領書) as printed: one A4 portrait page per user, the text PDFBox extracts. */
class CashReceiptPdfTest {
    private static final CashReceiptPdf PDF = new CashReceiptPdf(DocumentTestSupport.templates(), new PdfDocuments(),
            DocumentTestSupport.messages("wages"));
    private static final CashReceiptPdf.Receipts JULY = new CashReceiptPdf.Receipts("つなぐ作業所", "1310000005", YearMonth.of(2025, 7),
            List.of(new CashReceiptPdf.Receipt("鈴木 一", "スズキ ハジメ", Yen.of(10_000)),
                    new CashReceiptPdf.Receipt("田中 一", "タナカ ハジメ", Yen.of(1_234_567))));

    @Test
    @DisplayName("a page per user: addressed to the office, the amount grouped, 令和7年7月分 (2025-07), the name with kana, lines to date and sign")
    void aPagePerUser() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(JULY, Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
            assertThat(text(document, 1)).contains("受領書", "つなぐ作業所 御中 (事業所番号 1310000005)", "金 10,000 円",
                    "令和7年7月分 (2025-07) の工賃として、上記の金額を現金で受領しました。", "受領日", "氏名 鈴木 一 (スズキ ハジメ)", "署名")
                    .doesNotContain("田中", "wages.receipt");
            assertThat(text(document, 2)).contains("金 1,234,567 円", "田中 一 (タナカ ハジメ)").doesNotContain("鈴木");
        }
    }

    @Test
    @DisplayName("in English the texts are English, the month still in 和暦 beside ISO")
    void english() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(JULY, Locale.ENGLISH))) {
            assertThat(text(document, 1)).contains("Receipt (受領書)", "To: つなぐ作業所 (office number 1310000005)", "¥10,000",
                    "as my wages (工賃) for 令和7年7月 (2025-07)", "Date received", "Name 鈴木 一 (スズキ ハジメ)", "Signature");
        }
    }
}
