package jp.tsunagu.wages.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import jp.tsunagu.testsupport.DocumentTestSupport;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.wages.internal.run.RunService.Line;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The month's CSV as Excel reads it: the byte order mark, CRLF, the heads and a row per user. */
class WagesMonthCsvTest {
    private static final WagesMonthCsv CSV = new WagesMonthCsv(DocumentTestSupport.messages("wages"));

    @Test
    @DisplayName("WG-2 as CSV: the BOM, CRLF, the heads, then one row per user (相田: 20 days, 160.00 h, 220, 35,200 + 4,800 = 40,000), no total row")
    void wg2() throws IOException {
        String csv = CSV.write(WagesMonthSamples.wg2(), Locale.JAPANESE);
        assertThat(csv).startsWith("\uFEFF事業所番号,月,フリガナ,氏名,サービス種別,作業日数,作業時間,出来高 (個),単価,基本部分,残余の配分,調整,工賃支給額\r\n");
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(1 + 21 + 1);
        assertThat(lines[lines.length - 1]).isEmpty(); // the last line ends with CRLF too
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(22);
        assertThat(rows.get(1).toList()).containsExactly("1310000005", "2025-04", "アイダ ハナコ", "相田 花子", "TYPE_B", "20", "160.00", "0", "220",
                "35200", "4800", "0", "40000");
        assertThat(rows.get(21).toList()).containsExactly("1310000005", "2025-04", "ワタナベ ジロウ", "渡辺 次郎", "TYPE_B", "10", "80.00", "0",
                "220", "17600", "2400", "0", "20000");
        assertThat(rows.subList(1, 22).stream().mapToLong(r -> Long.parseLong(r.get(12))).sum()).isEqualTo(820_000);
    }

    @Test
    @DisplayName("a name typed as a formula (=HYPERLINK…) is written as text, and 12 h 20 min are 12.33 h")
    void formulaGuardAndHours() throws IOException {
        WagesMonthView wg2 = WagesMonthSamples.wg2();
        Line first = wg2.lines().getFirst();
        Line typed = new Line(first.person(), "=HYPERLINK(\"http://x\")", "+カナ", ServiceType.TYPE_B, 12 * 60 + 20, first.days(),
                first.pieces(), first.rate(), first.base(), first.share());
        List<Line> lines = new java.util.ArrayList<>(wg2.lines());
        lines.set(0, typed);
        WagesMonthView view = new WagesMonthView(wg2.officeName(), wg2.officeNumber(), wg2.month(), wg2.ruleFrom(), wg2.terms(), wg2.revenue(),
                wg2.expenses(), wg2.reserveUsed(), wg2.baseTotal(), wg2.rest(), lines, wg2.closedOn(), wg2.issuedOn());
        CSVRecord row = parse(CSV.write(view, Locale.JAPANESE)).get(1);
        assertThat(row.get(2)).isEqualTo("'+カナ");
        assertThat(row.get(3)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get(6)).isEqualTo("12.33");
    }

    @Test
    @DisplayName("in English the heads are English, the codes and numbers the same")
    void english() throws IOException {
        List<CSVRecord> rows = parse(CSV.write(WagesMonthSamples.wg2(), Locale.ENGLISH));
        assertThat(rows.getFirst().toList()).containsExactly("Office number", "Month", "Kana", "Name", "Service type", "Days", "Hours", "Pieces",
                "Rate", "Base part", "Share of the rest", "Adjustment", "Wages");
        assertThat(rows.get(1).get(12)).isEqualTo("40000");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
        return CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();
    }
}
