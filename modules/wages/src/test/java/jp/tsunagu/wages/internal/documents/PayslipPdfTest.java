package jp.tsunagu.wages.internal.documents;

import static jp.tsunagu.testsupport.DocumentTestSupport.squeezed;
import jp.tsunagu.testsupport.DocumentTestSupport;
import static jp.tsunagu.testsupport.DocumentTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The payslips as a user and the office read them: the pages, and the text PDFBox extracts from each. */
class PayslipPdfTest {
    private static final PayslipPdf PDF = new PayslipPdf(DocumentTestSupport.templates(), new PdfDocuments(),
            DocumentTestSupport.messages("wages"));

    @Test
    @DisplayName("WG-2: 相田 花子's payslip is one A4 page: 220円 × 160時間00分 = 35,200円, 98,400円 × 160時間 ÷ 3,280時間 = 4,800円, 40,000円, and the month's pool and rule")
    void wg2Payslip() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(WagesMonthSamples.wg2(), WagesMonthSamples.AIDA, Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isOne();
            DocumentTestSupport.allA4(document, false);
            String page = text(document, 1);
            assertThat(page).contains("工賃明細書", "令和7年4月 (2025-04) 分", "相田 花子 様", "アイダ ハナコ", "就労継続支援B型",
                    "事業所 つなぐ作業所 (事業所番号 1310000005)", "20日", "160時間00分", "35,200円", "4,800円", "40,000円")
                    .doesNotContain("渡辺", "wages.", "出来高");
            assertThat(squeezed(page)).contains(squeezed("時間給 220円 × 160時間00分 = 35,200円"),
                    squeezed("残余 98,400円 × 本人の作業時間 160時間00分 ÷ 全員の作業時間 3,280時間00分 = 4,800円"),
                    squeezed("工賃支給額 40,000円"),
                    squeezed("工賃規程 (令和7年4月 (2025-04) から適用): 時間給 220円、残余の配分: 作業時間に比例、端数処理: 基本部分の1円未満切り捨て"),
                    squeezed("生産活動収入 1,200,000円 － 必要経費 380,000円 = 工賃の原資 820,000円"),
                    squeezed("基本部分の合計 721,600円 + 残余 98,400円 = 工賃支給総額 820,000円"),
                    squeezed("工賃確定日: 令和7年5月8日 (2025-05-08)"), squeezed("発行日: 令和7年5月10日 (2025-05-10)"),
                    squeezed("発行者: つなぐ作業所"), "印");
        }
    }

    @Test
    @DisplayName("the month's print file: one A4 page per user in the view's order, each page that user's alone (渡辺, 80 h: 17,600 + 2,400 = 20,000円)")
    void printFile() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(WagesMonthSamples.wg2(), Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(21);
            DocumentTestSupport.allA4(document, false);
            assertThat(text(document, 1)).contains("相田 花子 様", "40,000円").doesNotContain("渡辺", "利用者 02");
            assertThat(text(document, 2)).contains("利用者 02 様").doesNotContain("相田", "利用者 03");
            String last = text(document, 21);
            assertThat(last).contains("渡辺 次郎 様", "80時間00分", "17,600円", "2,400円", "20,000円").doesNotContain("相田");
            assertThat(squeezed(last)).contains(squeezed("残余 98,400円 × 本人の作業時間 80時間00分 ÷ 全員の作業時間 3,280時間00分 = 2,400円"));
        }
    }

    @Test
    @DisplayName("a daily rate with the rest shared equally says so: 日給 1,000円 × 3日 = 3,000円, 残余 5,000円 ÷ 2人 = 2,500円")
    void dailyAndEqual() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(WagesMonthSamples.dailyEqual(), Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String oka = squeezed(text(document, 1));
            assertThat(oka).contains(squeezed("日給 1,000円 × 3日 = 3,000円"), squeezed("残余 5,000円 ÷ 作業した利用者 2人 = 2,500円"),
                    squeezed("工賃支給額 5,500円"), squeezed("日給 1,000円、残余の配分: 均等"));
            assertThat(squeezed(text(document, 2))).contains(squeezed("日給 1,000円 × 2日 = 2,000円"), squeezed("工賃支給額 4,500円"));
        }
    }

    @Test
    @DisplayName("in English the labels and the reasons are English, the amounts the same")
    void english() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(WagesMonthSamples.wg2(), WagesMonthSamples.AIDA, Locale.ENGLISH))) {
            String page = text(document, 1);
            assertThat(page).contains("Payslip (工賃明細書)", "令和7年4月 (2025-04)", "相田 花子", "Continuous employment support type B",
                    "Why this amount (the office's month)").doesNotContain("様", "内訳", "wages.");
            assertThat(squeezed(page)).contains(squeezed("Hourly rate 220円 × 160 h 00 min = 35,200円"),
                    squeezed("Rest 98,400円 × your hours 160 h 00 min ÷ everybody's hours 3,280 h 00 min = 4,800円"),
                    squeezed("Wages paid 40,000円"), squeezed("Issued by つなぐ作業所"));
        }
    }
}
