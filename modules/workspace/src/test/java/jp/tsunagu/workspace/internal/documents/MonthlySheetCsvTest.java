package jp.tsunagu.workspace.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.planning.api.PlanningQueries.ServedPerson;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.domain.AttendanceConfirmation;
import jp.tsunagu.workspace.internal.domain.DayDetails;
import jp.tsunagu.workspace.internal.domain.Offsite;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class MonthlySheetCsvTest {
    private static final String HEADER = "\uFEFF事業所番号,受給者証番号,氏名,フリガナ,年月,日付,曜日,サービス種別,状態,開始時刻,終了時刻,算定開始,"
            + "算定終了,休憩(分),サービス提供時間(分),送迎(往),送迎(復),食事提供,施設外,施設外の場所,遅刻(分),早退(分),欠席時の連絡,欠席時対応,"
            + "支給量超過,訂正あり,本人確認\r\n";
    private final MonthlySheetCsv csv = new MonthlySheetCsv(SheetSamples.messages());
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    @DisplayName("the heads in Japanese from the bundles after the byte order mark Excel needs, whatever the staff member's language")
    void japaneseHeader() {
        Locale.setDefault(Locale.ENGLISH);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(csv.write(List.of())).isEqualTo(HEADER);
        assertThat(csv.write(SheetSamples.everything())).startsWith(HEADER);
    }

    @Test
    @DisplayName("a day's row: Japanese words for presence and off-site work, codes and ISO dates as they are, CRLF line ends")
    void rows() {
        String text = csv.write(SheetSamples.everything());
        assertThat(text.split("\r\n", -1)).hasSize(1 + 9 + 1).endsWith(""); // the heads, 9 recorded days, the final CRLF
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(text).contains("\r\n1310000005,1310550108,山田 花子,ヤマダ ハナコ,2026-07,2026-07-01,水,TYPE_B,出席,10:00,15:00,10:00,15:00,"
                        + "60,240,1,,,,,,,,,,,TABLET 2026-08-04\r\n")
                .contains(",2026-07-06,月,TYPE_B,出席,09:00,16:00,09:00,16:00,60,360,,1,,施設外就労,")
                .contains(",2026-07-07,火,TYPE_B,出席,09:00,16:00,09:00,16:00,60,360,,,1,施設外支援,")
                .contains(",2026-07-02,木,TYPE_B,出席,09:30,12:00,09:30,12:00,0,150,,,,,,,,,,,1,PAPER 2026-08-03\r\n")
                .contains(",2026-07-03,金,TYPE_B,欠席,,,,,,,,,,,,,,本人より電話,生活リズムについて相談。")
                .contains("\r\n1310000005,1310550109,鈴木 一郎,スズキ イチロウ,2019-05,2019-05-07,火,TYPE_B,出席,10:00,15:00,10:00,15:00,0,300,"
                        + ",,,,,,,,,,,\r\n");
    }

    @Test
    @DisplayName("a value with a comma, a quote or a line break is quoted with its quotes doubled, and reads back as it was")
    void quoting() throws IOException {
        YearMonth july = YearMonth.of(2026, 7);
        ServedPerson person = SheetSamples.person("締切, \"一\"", " シメキリ", "1310550107");
        String contact = "母より電話\r\n(8:30)";
        String response = "次回の通所日を確認\n送迎の時刻を変更";
        MonthlyServiceSheet sheet = SheetSamples.sheet(person, july, List.of(
                SheetSamples.absent(person.personId(), july.atDay(3), contact, response),
                SheetSamples.present(person.personId(), july.atDay(6), "09:00", "16:00",
                        new DayDetails(60, false, false, false, Offsite.WORK, "A社, 第2工場"), false)), 23, null, false);

        String text = csv.write(List.of(sheet));

        assertThat(text).contains("\r\n1310000005,1310550107,\"締切, \"\"一\"\"\",\" シメキリ\",2026-07,2026-07-03,")
                .contains(",\"母より電話\r\n(8:30)\",\"次回の通所日を確認\n送迎の時刻を変更\",")
                .contains(",施設外就労,\"A社, 第2工場\",");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(27));
        assertThat(records.get(1).get(2)).isEqualTo("締切, \"一\"");
        assertThat(records.get(1).get(3)).isEqualTo(" シメキリ"); // a leading space is kept: quoted
        assertThat(records.get(1).get(22)).isEqualTo(contact);
        assertThat(records.get(1).get(23)).isEqualTo(response);
        assertThat(records.get(2).get(19)).isEqualTo("A社, 第2工場");
    }

    @Test
    @DisplayName("text starting with = + - @ (or a tab) is prefixed with an apostrophe, so that a spreadsheet shows it rather than running it")
    void formulaGuard() throws IOException {
        YearMonth july = YearMonth.of(2026, 7);
        ServedPerson person = SheetSamples.person("=HYPERLINK(\"http://example.com\",\"開く\")", "+シメキリ", "1310550107");
        MonthlyServiceSheet sheet = SheetSamples.sheet(person, july, List.of(
                SheetSamples.absent(person.personId(), july.atDay(3), "-母より", "@本人と面談"),
                SheetSamples.present(person.personId(), july.atDay(6), "09:00", "16:00",
                        new DayDetails(60, false, false, false, Offsite.SUPPORT, "=1+2"), false)), 23,
                SheetSamples.confirmation(person, july, AttendanceConfirmation.Method.PAPER, LocalDate.of(2026, 8, 3)), true);

        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(csv.write(List.of(sheet)).substring(1))).getRecords();

        CSVRecord absence = records.get(1);
        assertThat(absence.get(2)).isEqualTo("'=HYPERLINK(\"http://example.com\",\"開く\")");
        assertThat(absence.get(3)).isEqualTo("'+シメキリ");
        assertThat(absence.get(22)).isEqualTo("'-母より");
        assertThat(absence.get(23)).isEqualTo("'@本人と面談");
        assertThat(records.get(2).get(19)).isEqualTo("'=1+2");
        assertThat(records.get(2).get(26)).isEqualTo("PAPER 2026-08-03"); // what the office wrote, not text typed by someone
        assertThat(MonthlySheetCsv.text("\t=1+2")).isEqualTo("'\t=1+2");
        assertThat(MonthlySheetCsv.text("1+2=3")).isEqualTo("1+2=3"); // only a leading sign starts a formula
        assertThat(MonthlySheetCsv.text(null)).isEmpty();
    }
}
