package jp.tsunagu.wages.internal.documents;

import static jp.tsunagu.testsupport.DocumentTestSupport.squeezed;
import jp.tsunagu.testsupport.DocumentTestSupport;
import static jp.tsunagu.testsupport.DocumentTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.run.RunService.PaidMonth;
import jp.tsunagu.wages.internal.run.RunService.Line;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 相田 花子's 令和7年度: April is WG-2 (160 h: 35,200 + 4,800 = 40,000), May is closed without work for her, June pays 12
 * h 20 min at 220 yen (2,713 truncated) + 1,287 = 4,000; the months from July are not closed yet.
 */
class LedgerBookPdfTest {
    private static final LedgerBookPdf PDF = new LedgerBookPdf(DocumentTestSupport.templates(), new PdfDocuments(),
            DocumentTestSupport.messages("wages"));
    private static final FiscalYear FY2025 = FiscalYear.startingIn(2025);

    private static LedgerBookView aida() {
        Line april = WagesMonthSamples.wg2().line(WagesMonthSamples.AIDA).orElseThrow();
        Line june = new Line(april.person(), april.name(), april.kana(), ServiceType.TYPE_B, 12 * 60 + 20, 3, 0, Yen.of(220), Yen.of(2_713),
                Yen.of(1_287));
        return LedgerBookView.of("つなぐ作業所", "1310000005", FY2025, List.of(new PaidMonth(YearMonth.of(2025, 4), april),
                new PaidMonth(YearMonth.of(2025, 6), june)), List.of(YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6)),
                LocalDate.of(2025, 7, 15));
    }

    @Test
    @DisplayName("one A4 page: 令和7年度, the user, April 20日 160時間00分 35,200円 4,800円 40,000円, May 支給なし, July 未確定, the year 44,000円")
    void aYearAsPrinted() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(aida(), Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isOne();
            DocumentTestSupport.allA4(document, false);
            String page = text(document, 1);
            assertThat(page).contains("令和7年度 (FY2025) 工賃台帳", "事業所: つなぐ作業所 (事業所番号 1310000005)", "氏名: 相田 花子 (アイダ ハナコ)",
                    "令和7年4月 (2025-04) 20日 160時間00分 35,200円 4,800円 0円 40,000円", "令和7年5月 (2025-05) 支給なし",
                    "令和7年6月 (2025-06) 3日 12時間20分 2,713円 1,287円 0円 4,000円", "令和7年7月 (2025-07) 未確定", "令和8年3月 (2026-03) 未確定",
                    "年度合計 23日 172時間20分 37,913円 6,087円 0円 44,000円", "作成日: 令和7年7月15日 (2025-07-15)")
                    .doesNotContain("wages.");
        }
    }

    @Test
    @DisplayName("in English the heads and states are English")
    void english() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(aida(), Locale.ENGLISH))) {
            String page = text(document, 1);
            assertThat(page).contains("Wages ledger (工賃台帳), 令和7年度 (FY2025)", "Name: 相田 花子 (アイダ ハナコ)", "Month Days Hours Base part",
                    "令和7年5月 (2025-05) none paid", "令和7年7月 (2025-07) not closed", "Year's total 23 days 172 h 20 min 37,913円 6,087円 0円 44,000円");
            assertThat(squeezed(page)).doesNotContain("未確定");
        }
    }

    @Test
    @DisplayName("a month paid must be closed, the months must be the year's twelve, and a ledger without a month paid is refused")
    void refusals() {
        Line april = WagesMonthSamples.wg2().line(WagesMonthSamples.AIDA).orElseThrow();
        assertThatThrownBy(() -> new LedgerBookView.Month(YearMonth.of(2025, 4), false, april)).hasMessageContaining("not closed");
        assertThatThrownBy(() -> LedgerBookView.of("つなぐ作業所", "1310000005", FY2025, List.of(), List.of(), LocalDate.of(2025, 7, 15)))
                .hasMessageContaining("without a month paid");
        LedgerBookView view = aida();
        assertThatThrownBy(() -> new LedgerBookView(view.officeName(), view.officeNumber(), view.name(), view.kana(), FiscalYear.startingIn(2024),
                view.months(), view.issuedOn())).hasMessageContaining("month 1 of FY2024");
    }
}
