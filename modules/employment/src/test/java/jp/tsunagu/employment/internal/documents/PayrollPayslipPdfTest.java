package jp.tsunagu.employment.internal.documents;

import static jp.tsunagu.testsupport.DocumentTestSupport.squeezed;
import jp.tsunagu.testsupport.DocumentTestSupport;
import static jp.tsunagu.testsupport.DocumentTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The payslips as a worker and the office read them: the pages, and the text PDFBox extracts from each. */
class PayrollPayslipPdfTest {
    private static final PayrollPayslipPdf PDF = new PayrollPayslipPdf(DocumentTestSupport.templates(), new PdfDocuments(),
            DocumentTestSupport.messages("employment"));

    @Test
    @DisplayName("小川's payslip is one A4 page: the office, 令和8年9月, the pay date, 3日 16時間20分 (overtime 1時間20分, holiday 3時間00分), every line with its amount and trail, 26,032円 − 1,130円 = 24,902円")
    void onePayslip() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(PayrollSamples.september(), PayrollSamples.OGAWA, Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isOne();
            DocumentTestSupport.allA4(document, false);
            String page = text(document, 1);
            assertThat(page).contains("給与明細書", "令和8年9月 (2026-09) 分", "小川 一 様", "オガワ ハジメ", "東京A型事業所 (事業所番号 1300000001)",
                    "3日", "16時間20分", "1時間20分", "3時間00分", "0時間00分", "1,300円", "15,600円", "2,167円", "5,265円", "3,000円", "26,032円",
                    "130円", "1,000円", "1,130円", "24,902円")
                    .doesNotContain("相田", "employment.", "60時間超");
            assertThat(squeezed(page)).contains(squeezed("賃金計算期間 令和8年9月1日 (2026-09-01) 〜 令和8年9月30日 (2026-09-30)"),
                    squeezed("支給日 令和8年10月23日 (2026-10-23)"),
                    squeezed("基本給 1300 × 720 min ÷ 60 15,600円"),
                    squeezed("時間外労働手当 1300 × 80 min ÷ 60 × (100 + 25) % 2,167円"),
                    squeezed("休日労働手当 1300 × 180 min ÷ 60 × (100 + 35) % 5,265円"),
                    squeezed("通勤手当 contract, monthly 3,000円"), squeezed("総支給額 26,032円"),
                    squeezed("雇用保険料 26032 × 5/1000 (period closing 2026-09-30) 130円"),
                    squeezed("所得税 A 22902, 扶養親族等 1 (incl. the person: disability), pay date 2026-10-23 0円"),
                    squeezed("住民税 municipality's notice 1,000円"), squeezed("控除合計 1,130円"), squeezed("差引支給額 24,902円"),
                    squeezed("給与確定日: 令和8年10月5日 (2026-10-05)"), squeezed("発行日: 令和8年10月6日 (2026-10-06)"),
                    squeezed("発行者: 東京A型事業所"), "印");
        }
    }

    @Test
    @DisplayName("the month's print file: one A4 page per worker in the view's order (by kana: 相田, 小川), each page that worker's alone; late-night time and its premium on 相田's")
    void printFile() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(PayrollSamples.september(), Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            DocumentTestSupport.allA4(document, false);
            String aida = text(document, 1);
            assertThat(aida).contains("相田 花子 様", "7時間30分", "0時間30分", "9,750円", "163円", "12,913円").doesNotContain("小川");
            assertThat(squeezed(aida)).contains(squeezed("深夜労働手当 1300 × 30 min ÷ 60 × 25 % 163円"), squeezed("控除合計 0円"),
                    squeezed("差引支給額 12,913円"));
            assertThat(text(document, 2)).contains("小川 一 様", "24,902円").doesNotContain("相田");
        }
    }

    @Test
    @DisplayName("overtime beyond 60 hours a month is named beside the overtime")
    void beyondTheMonthlyLimit() throws IOException {
        PayrollMonthView.Slip o = PayrollSamples.ogawa();
        PayrollMonthView.Slip long_ = new PayrollMonthView.Slip(o.person(), o.name(), o.kana(), o.hourlyWage(), 23,
                new jp.tsunagu.employment.internal.payroll.PayrollService.Minutes(13_500, 9_000, 3_600, 900, 0, 0), o.payslip());
        try (PDDocument document = Loader.loadPDF(PDF.render(PayrollSamples.september(List.of(long_)), Locale.JAPANESE))) {
            assertThat(squeezed(text(document, 1))).contains(squeezed("75時間00分 うち月60時間超 15時間00分"));
        }
    }

    @Test
    @DisplayName("in English the labels are English; the amounts, the trails and the names the same")
    void english() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(PayrollSamples.september(), PayrollSamples.OGAWA, Locale.ENGLISH))) {
            String page = text(document, 1);
            assertThat(page).contains("Payslip (給与明細書)", "令和8年9月 (2026-09)", "小川 一", "3 days", "16 h 20 min", "Base pay", "Overtime pay",
                    "Employment insurance", "Income tax", "Resident tax", "15,600円", "24,902円").doesNotContain("様", "支給日", "employment.");
            assertThat(squeezed(page)).contains(squeezed("Net pay 24,902円"), squeezed("Issued by 東京A型事業所"),
                    squeezed("Pay date 令和8年10月23日 (2026-10-23)"));
        }
        try (PDDocument document = Loader.loadPDF(PDF.render(PayrollSamples.september(), Locale.ENGLISH))) {
            assertThat(text(document, 1)).contains("相田 花子", "1 day", "Late-night premium", "163円").doesNotContain("1 days");
        }
    }

    @Test
    @DisplayName("a worker the month did not pay has no payslip")
    void notPaid() {
        assertThatThrownBy(() -> PDF.render(PayrollSamples.september(List.of(PayrollSamples.aida())), PayrollSamples.OGAWA, Locale.JAPANESE))
                .hasMessageContaining("is not paid in 2026-09");
    }
}
