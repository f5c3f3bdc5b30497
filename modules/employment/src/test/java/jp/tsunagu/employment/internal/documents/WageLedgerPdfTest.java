package jp.tsunagu.employment.internal.documents;

import static jp.tsunagu.testsupport.DocumentTestSupport.squeezed;
import jp.tsunagu.testsupport.DocumentTestSupport;
import static jp.tsunagu.testsupport.DocumentTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 小川 一's 賃金台帳 of 2026 (PayrollSamples.ogawaYear): August and September paid, October closed without pay, the rest open. */
class WageLedgerPdfTest {
    private static final WageLedgerPdf PDF = new WageLedgerPdf(DocumentTestSupport.templates(), new PdfDocuments(),
            DocumentTestSupport.messages("employment"));

    @Test
    @DisplayName("one A4 landscape page: 令和8年, the worker, a column per month (August 4:00 and 5,200, September 16:20, 1:20 overtime, 3:00 holiday, 15,600 …), October 支給なし, the others 未確定, and the year's totals (20:20, 20,800, gross 34,232, net 32,102)")
    void aYearAsPrinted() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(PayrollSamples.ogawaYear(), Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isOne();
            DocumentTestSupport.allA4(document, true);
            String page = text(document, 1);
            assertThat(page).contains("令和8年 (2026) 賃金台帳", "事業所: 東京A型事業所 (事業所番号 1300000001)", "氏名: 小川 一 (オガワ ハジメ)",
                    "項目 1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月 年計", "支給なし", "未確定")
                    .doesNotContain("employment.", "60時間超", "深夜労働手当");
            assertThat(page).contains("労働日数 1 3 4", "労働時間数 4:00 16:20 20:20", "時間外労働時間数 0:00 1:20 1:20",
                    "休日労働時間数 0:00 3:00 3:00", "深夜労働時間数 0:00 0:00 0:00", "時給 1,300 1,300",
                    "基本給 5,200 15,600 20,800", "時間外労働手当 0 2,167 2,167", "休日労働手当 0 5,265 5,265", "通勤手当 3,000 3,000 6,000",
                    "総支給額 8,200 26,032 34,232", "雇用保険料 0 130 130", "所得税 0 0 0", "住民税 1,000 1,000 2,000", "控除合計 1,000 1,130 2,130",
                    "差引支給額 7,200 24,902 32,102");
            assertThat(squeezed(page)).contains(squeezed("支給日 9/25 10/23 支給なし"), squeezed("作成日: 令和8年11月30日 (2026-11-30)"));
        }
    }

    @Test
    @DisplayName("in English the heads and states are English")
    void english() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(PayrollSamples.ogawaYear(), Locale.ENGLISH))) {
            String page = text(document, 1);
            assertThat(page).contains("Wage ledger (賃金台帳), 令和8年 (2026)", "Name: 小川 一 (オガワ ハジメ)", "Item Jan Feb", "Dec Year's total",
                    "none paid", "not closed", "Net pay 7,200 24,902 32,102");
            assertThat(squeezed(page)).doesNotContain("未確定", "支給なし");
        }
    }

    @Test
    @DisplayName("a year with overtime beyond 60 hours a month shows that row too")
    void beyondTheLimit() throws IOException {
        WageLedgerView year = PayrollSamples.ogawaYear();
        List<WageLedgerView.Month> months = new java.util.ArrayList<>(year.months());
        PayrollMonthView.Slip o = PayrollSamples.ogawa();
        months.set(8, new WageLedgerView.Month(YearMonth.of(2026, 9), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 23),
                new PayrollMonthView.Slip(o.person(), o.name(), o.kana(), o.hourlyWage(), 23,
                        new jp.tsunagu.employment.internal.payroll.PayrollService.Minutes(13_500, 9_000, 3_600, 900, 0, 0), o.payslip())));
        WageLedgerView view = new WageLedgerView(year.officeName(), year.officeNumber(), year.name(), year.kana(), year.year(), months, year.issuedOn());
        try (PDDocument document = Loader.loadPDF(PDF.render(view, Locale.JAPANESE))) {
            assertThat(text(document, 1)).contains("時間外労働時間数 0:00 75:00 75:00", "うち月60時間超 0:00 15:00 15:00");
        }
    }

    @Test
    @DisplayName("a month paid must be closed, the months must be the year's twelve, and a ledger without a month paid is refused")
    void refusals() {
        assertThatThrownBy(() -> new WageLedgerView.Month(YearMonth.of(2026, 9), null, null, PayrollSamples.ogawa()))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> WageLedgerView.of("東京A型事業所", "1300000001", Year.of(2026), List.of(), LocalDate.of(2026, 11, 30)))
                .hasMessageContaining("without a month paid");
        WageLedgerView view = PayrollSamples.ogawaYear();
        assertThatThrownBy(() -> new WageLedgerView(view.officeName(), view.officeNumber(), view.name(), view.kana(), Year.of(2025),
                view.months(), view.issuedOn())).hasMessageContaining("month 1 of 2025");
    }
}
