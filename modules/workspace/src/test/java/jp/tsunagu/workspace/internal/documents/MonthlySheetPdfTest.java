package jp.tsunagu.workspace.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import jp.tsunagu.web.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class MonthlySheetPdfTest {
    private static final PdfDocuments PDF = new PdfDocuments();
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    @DisplayName("the sheet's labels come from the bundles in Japanese, even for a staff member who reads the screens in English")
    void japaneseLabels() throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        byte[] pdf = new MonthlySheetPdf(PDF, SheetSamples.messages()).render(SheetSamples.everything());
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
        String text = text(pdf);
        assertThat(text).contains("サービス提供実績記録票", "年月 令和8年7月 (2026-07)", "事業所 つなぐ作業所 (1310000005)",
                        "利用者氏名 締切, \"一\"二 (=シメキリ)", "受給者証番号 1310550107")
                .contains("契約支給量 就労継続支援B型 5日 / 3日 (支給量超過)", "就労継続支援B型 1日 / 支給決定なし")
                .contains("日付 曜日 提供状況 開始 終了 算定時間 送迎往 送迎復 食事 施設外 備考")
                .contains("1 水 09:58 15:07 4:24 1 1 1", "2 木 09:30 12:00 2:30 訂正あり", "3 金 欠席時対応 本人より電話 / 生活リズム")
                .contains("6 月 09:00 16:00 6:00 1 就労 支給量超過 +株式会社みらい", "7 火 09:00 16:00 6:00 1 支援 支給量超過 @工場")
                .contains("利用日数 算定時間計 送迎 往 送迎 復 食事提供 施設外 欠席 うち欠席時対応", "5日 18時間54分 1 2 2 2 2 1")
                .contains("上記の内容に相違ないことを確認しました。（締め済み）", "確認日 令和8年8月3日\u3000紙の記録票に署名 (事業所保管)")
                .contains("確認日 令和8年8月4日\u3000タブレットで署名", "確認日 利用者署名", "年月 令和元年5月 (2019-05)")
                .contains("サービス提供実績記録票 1 / 3", "サービス提供実績記録票 3 / 3")
                .doesNotContain("workspace.sheet", "Service delivery");
    }

    @Test
    @DisplayName("a note typed on several lines (the absence form's text area) is printed on one line, not refused by the font")
    void multiLineNote() throws IOException {
        java.time.YearMonth july = java.time.YearMonth.of(2026, 7);
        var person = SheetSamples.person("改行 太郎", "カイギョウ タロウ", "1310550110");
        var sheet = SheetSamples.sheet(person, july, java.util.List.of(SheetSamples.absent(person.personId(), july.atDay(3),
                "母より電話\r\n(8:30)", "次回の通所日を確認\n\t送迎の時刻を変更")), 23, null, false);
        byte[] pdf = new MonthlySheetPdf(PDF, SheetSamples.messages()).render(java.util.List.of(sheet));
        assertThat(text(pdf)).contains("3 金 欠席時対応 母より電話 (8:30) / 次回の通所日を確認 送迎の時刻を変更");
    }

    /** The page's text as a reader copies it. */
    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
