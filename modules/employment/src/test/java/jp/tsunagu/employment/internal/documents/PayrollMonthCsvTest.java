package jp.tsunagu.employment.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import jp.tsunagu.testsupport.DocumentTestSupport;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The month's CSV as Excel reads it: the byte order mark, CRLF, the heads and a row per worker. */
class PayrollMonthCsvTest {
    private static final PayrollMonthCsv CSV = new PayrollMonthCsv(DocumentTestSupport.messages("employment"));

    @Test
    @DisplayName("令和8年9月 as CSV: the BOM, CRLF, the heads, then one row per worker by kana (小川: 3 days, 16.33 h, 1.33 h overtime, 15,600 + 2,167 + 5,265 + 3,000 = 26,032, − 1,130 = 24,902), no total row")
    void theMonth() throws IOException {
        String csv = CSV.write(PayrollSamples.september(), Locale.JAPANESE);
        assertThat(csv).startsWith("\uFEFF事業所番号,月,支給日,フリガナ,氏名,時給,労働日数,労働時間数,時間外労働時間数,休日労働時間数,深夜労働時間数,"
                + "基本給,時間外労働手当,時間外労働手当 (月60時間超),休日労働手当,深夜労働手当,通勤手当,総支給額,"
                + "雇用保険料,健康保険料,厚生年金保険料,所得税,住民税,控除合計,差引支給額\r\n");
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(1 + 2 + 1);
        assertThat(lines[lines.length - 1]).isEmpty(); // the last line ends with CRLF too
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).toList()).containsExactly("1300000001", "2026-09", "2026-10-23", "アイダ ハナコ", "相田 花子", "1300", "1", "7.50",
                "0.00", "0.00", "0.50", "9750", "0", "0", "0", "163", "3000", "12913", "0", "0", "0", "0", "0", "0", "12913");
        assertThat(rows.get(2).toList()).containsExactly("1300000001", "2026-09", "2026-10-23", "オガワ ハジメ", "小川 一", "1300", "3", "16.33",
                "1.33", "3.00", "0.00", "15600", "2167", "0", "5265", "0", "3000", "26032", "130", "0", "0", "0", "1000", "1130", "24902");
    }

    @Test
    @DisplayName("a name typed as a formula (=HYPERLINK…) is written as text")
    void formulaGuard() throws IOException {
        PayrollMonthView.Slip o = PayrollSamples.ogawa();
        PayrollMonthView.Slip typed = new PayrollMonthView.Slip(o.person(), "=HYPERLINK(\"http://x\")", "+カナ", o.hourlyWage(), o.days(),
                o.minutes(), o.payslip());
        CSVRecord row = parse(CSV.write(PayrollSamples.september(List.of(typed)), Locale.JAPANESE)).get(1);
        assertThat(row.get(3)).isEqualTo("'+カナ");
        assertThat(row.get(4)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    @DisplayName("in English the heads are English, the figures the same")
    void english() throws IOException {
        List<CSVRecord> rows = parse(CSV.write(PayrollSamples.september(), Locale.ENGLISH));
        assertThat(rows.getFirst().toList()).startsWith("Office number", "Month", "Pay date", "Kana", "Name", "Hourly wage", "Days worked")
                .endsWith("Income tax", "Resident tax", "Total deductions", "Net pay");
        assertThat(rows.get(2).get(24)).isEqualTo("24902");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
        return CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();
    }
}
