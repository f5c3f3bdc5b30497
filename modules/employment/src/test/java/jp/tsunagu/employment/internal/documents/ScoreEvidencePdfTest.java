package jp.tsunagu.employment.internal.documents;

import static jp.tsunagu.testsupport.DocumentTestSupport.squeezed;
import jp.tsunagu.testsupport.DocumentTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.employment.internal.score.TypeAScoreService;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.national.TypeAScoreItems.Item;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The evidence pack of 令和9年度 (from 令和8年度) for 小川 一 (PayrollSamples): paid in August and September 2026, October
 * closed without pay for him, the rest open; his terms changed on 2026-10-01 (a fixed term at 1,300 yen, then no term at
 * 1,350 yen); a day of October never checked out; the score incomplete, one production year entered.
 */
class ScoreEvidencePdfTest {
    private static final ScoreEvidencePdf PDF = new ScoreEvidencePdf(DocumentTestSupport.templates(), new PdfDocuments(),
            DocumentTestSupport.messages("employment"));
    private static final FiscalYear FY2027 = FiscalYear.startingIn(2027);

    static ScoreEvidenceView ogawa() {
        List<ScoreEvidenceView.Month> months = new ArrayList<>();
        List<ScoreEvidenceView.PayrollMonth> office = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = YearMonth.of(2026, 4).plusMonths(i);
            int m = month.getMonthValue();
            months.add(new ScoreEvidenceView.Month(month, m >= 8 && m <= 10,
                    m == 8 ? PayrollSamples.ogawaAugust() : m == 9 ? PayrollSamples.ogawa() : null));
            office.add(new ScoreEvidenceView.PayrollMonth(month, m >= 8 && m <= 10 ? month.plusMonths(1).atDay(25) : null));
        }
        List<ScoreEvidenceView.Contract> contracts = List.of(
                new ScoreEvidenceView.Contract(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30), "更新する場合があり得る", 4, LocalTime.of(10, 0),
                        LocalTime.of(15, 0), 60, 240, 960, Yen.of(1_300), "部品の検品"),
                new ScoreEvidenceView.Contract(LocalDate.of(2026, 10, 1), null, null, 5, LocalTime.of(9, 0), LocalTime.of(15, 0), 60, 300, 1_500,
                        Yen.of(1_350), "部品の検品・梱包"));
        List<ScoreEvidenceView.Day> days = List.of(new ScoreEvidenceView.Day(LocalDate.of(2026, 8, 3), LocalTime.of(10, 0), LocalTime.of(15, 0), 60),
                new ScoreEvidenceView.Day(LocalDate.of(2026, 9, 6), LocalTime.of(10, 0), LocalTime.of(14, 0), 60),
                new ScoreEvidenceView.Day(LocalDate.of(2026, 10, 2), LocalTime.of(10, 0), null, 60));
        ScoreEvidenceView.Worker worker = new ScoreEvidenceView.Worker(PayrollSamples.OGAWA, "小川 一", "オガワ ハジメ", contracts, months, days);
        TypeAScoreService.Score score = new TypeAScoreService.Score(FY2027, List.of(
                new TypeAScoreService.ItemScore(Item.I, 60, "20.33 h over 4 user-days in FY2026 (3 months closed)"),
                new TypeAScoreService.ItemScore(Item.II, null, "production results missing: 1 of the 3 years before FY2027"),
                new TypeAScoreService.ItemScore(Item.III, null, "not recorded"), new TypeAScoreService.ItemScore(Item.IV, null, "not recorded"),
                new TypeAScoreService.ItemScore(Item.V, null, "not recorded"), new TypeAScoreService.ItemScore(Item.VI, 0, "no deduction"),
                new TypeAScoreService.ItemScore(Item.VII, null, "not recorded")), List.of(), null, null, "score incomplete");
        TypeAScoreService.Balance fy2026 = new TypeAScoreService.Balance(2026, Yen.of(500_000), Yen.of(480_000), Yen.of(34_232), "PAYROLL", false,
                LocalDate.of(2027, 6, 30), LocalDate.of(2027, 6, 20), "MONTHS");
        return new ScoreEvidenceView("東京A型事業所", "1300000001", FY2027, "II", LocalDate.of(2027, 4, 10), score,
                List.of(new ScoreEvidenceView.Production(2026, fy2026), new ScoreEvidenceView.Production(2025, null),
                        new ScoreEvidenceView.Production(2024, null)), office, List.of(worker));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            DocumentTestSupport.allA4(document, false);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(6);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("A4 upright: the score incomplete (未記録, 合計点 未確定), FY2026 short of its wages with the plan in time, the two contracts side by side, August and September as paid (20:20 over 4 days: 5.08 h), October 支給なし, the others 未確定, the pay, and an open day as such")
    void aYearAsPrinted() throws IOException {
        String text = text(PDF.render(ogawa(), Locale.JAPANESE));
        assertThat(text).doesNotContain("employment.", "null");
        assertThat(text).contains("令和9年度 (2027年度) 就労継続支援A型 スコア方式 根拠資料", "人員配置区分: II", "作成日: 令和9年4月10日 (2027-04-10)",
                "Ⅰ 労働時間 60点", "Ⅱ 生産活動 未記録", "合計点 未確定", "基本報酬の単位数 未確定 score incomplete");
        assertThat(text).contains("生産活動収支 (収入 − 経費) 20,000 未登録 未登録", "判定 (収支が賃金総額以上か) 未達成 未登録 未登録",
                "不足額 14,232 未登録 未登録",
                "収支の出所 月次の実績の合計 未登録 未登録");
        assertThat(squeezed(text)).contains(squeezed("経営改善計画の提出期限 令和9年6月30日 (2027-06-30)"),
                squeezed("令和8年8月1日 (2026-08-01) からの契約 令和8年10月1日 (2026-10-01) からの契約"),
                squeezed("期間の定め 有り、更新: 更新する場合があり得る 無し"), squeezed("所定労働日数 週4日 週5日"),
                squeezed("始業・終業 (休憩) 10:00〜15:00 (60分) 09:00〜15:00 (60分)"), squeezed("時給 1,300円 1,350円"));
        assertThat(text).contains("令和8年4月 (2026-04) 未確定", "令和8年8月 (2026-08) 1 4:00 0:00 0:00 0:00", "令和8年9月 (2026-09) 3 16:20 1:20 3:00 0:00",
                "令和8年10月 (2026-10) 支給なし", "年度計 4 20:20 1:20 3:00 0:00", "1日平均労働時間: 5.08時間 (20:20 ÷ 4日)",
                "令和8年9月 (2026-09) 2026-10-25 1 26,032 1,130 24,902", "令和8年8月 (2026-08) 1,300 8,200 1,000 7,200", "年度計 34,232 2,130 32,102");
        assertThat(text).contains("2026-08-03 月 10:00 15:00 60 4:00", "令和8年8月 (2026-08) 計 1日 4:00", "2026-10-02 金 10:00 退勤未打刻 60",
                "令和8年10月 (2026-10) 計 0日 0:00");
    }

    @Test
    @DisplayName("in English the heads and states are English")
    void english() throws IOException {
        String text = text(PDF.render(ogawa(), Locale.ENGLISH));
        assertThat(text).contains("Evidence of the type A score (スコア方式 根拠資料), 令和9年度 (FY2027)", "II Production activity not recorded",
                "Total not known yet", "Contract from", "none paid", "no check-out", "Average daily hours: 5.08 h (20:20 over 4 days)").doesNotContain("employment.");
        assertThat(squeezed(text)).doesNotContain("未確定", "支給なし", "未記録", "未登録");
    }

    @Test
    @DisplayName("the view holds the evidence year's twelve months, April first, and a month paid is closed")
    void refusals() {
        ScoreEvidenceView v = ogawa();
        assertThatThrownBy(() -> new ScoreEvidenceView(v.officeName(), v.officeNumber(), FiscalYear.startingIn(2026), v.staffing(), v.issuedOn(),
                v.score(), v.production(), v.months(), v.workers())).hasMessageContaining("month 1 of FY2025");
        assertThatThrownBy(() -> new ScoreEvidenceView(v.officeName(), v.officeNumber(), FY2027, v.staffing(), v.issuedOn(), v.score(),
                v.production(), v.months().subList(0, 11), v.workers())).hasMessageContaining("twelve months");
        assertThatThrownBy(() -> new ScoreEvidenceView.Month(YearMonth.of(2026, 9), false, PayrollSamples.ogawa())).hasMessageContaining("not closed");
    }
}
