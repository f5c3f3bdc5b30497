package jp.tsunagu.workspace.internal.documents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.springframework.stereotype.Component;

/** The monthly record sheet (実績記録票) as CSV (UTF-8 with BOM, opens in Excel) and as an A4 PDF, one page per person. */
@Component
public class MonthlySheetDocuments {
    private final MonthlySheetPdf pdf;

    MonthlySheetDocuments(MonthlySheetPdf pdf) {
        this.pdf = pdf;
    }

    /** The sheets as an inline A4 PDF response named {@code name}. */
    public org.springframework.http.ResponseEntity<byte[]> pdfResponse(List<MonthlyServiceSheet> sheets, String name) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(pdf(sheets));
    }

    /** The sheets of a month as a CSV attachment (UTF-8 with BOM). */
    public org.springframework.http.ResponseEntity<String> csvResponse(List<MonthlyServiceSheet> sheets, java.time.YearMonth month) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename("jisseki-" + month + ".csv", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(csv(sheets));
    }

    /** The sheets as one A4 PDF, a page each, drawn directly (see {@link MonthlySheetPdf}). */
    public byte[] pdf(List<MonthlyServiceSheet> sheets) {
        return pdf.render(sheets);
    }

    public static String weekday(LocalDate d) {
        return SheetLabels.weekday(d);
    }


    /** Every recorded day of every sheet, one row each, with the person's totals in the last columns of their rows. */
    public String csv(List<MonthlyServiceSheet> sheets) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("事業所番号,受給者証番号,氏名,フリガナ,年月,日付,曜日,サービス種別,状態,開始時刻,終了時刻,算定開始,算定終了,休憩(分),"
                   + "サービス提供時間(分),送迎(往),送迎(復),食事提供,施設外,施設外の場所,遅刻(分),早退(分),欠席時の連絡,欠席時対応,"
                   + "支給量超過,訂正あり,本人確認\r\n");
        for (MonthlyServiceSheet s : sheets) {
            String confirmed = s.confirmation() == null ? "" : s.confirmation().method() + " " + s.confirmation().confirmedOn();
            for (MonthlyServiceSheet.Day day : s.recordedDays()) {
                ServiceRecord r = day.record();
                csv.append(String.join(",", List.of(s.office().officeNumber(), s.person().certificateNumber(), q(s.person().name()),
                        q(s.person().kana()), s.month().toString(), day.date().toString(), weekday(day.date()), r.serviceType().name(),
                        r.present() ? "出席" : "欠席", t(r.checkIn()), t(r.checkOut()), t(r.roundedStart()), t(r.roundedEnd()),
                        r.present() ? String.valueOf(r.breakMinutes()) : "", n(r.minutes()), flag(r.transportTo()),
                        flag(r.transportFrom()), flag(r.meal()), r.offsite() == null ? "" : r.offsite() == jp.tsunagu.workspace.internal.domain.Offsite.WORK ? "施設外就労" : "施設外支援",
                        q(r.offsitePlace()), n(r.lateMinutes()), n(r.earlyLeaveMinutes()), q(r.absenceContact()), q(r.absenceResponse()),
                        flag(r.exceedsAmount()), flag(r.corrected()), confirmed))).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String t(Object time) {
        return time == null ? "" : time.toString();
    }

    private static String n(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String flag(boolean b) {
        return b ? "1" : "";
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed so that a spreadsheet does not run it as a formula. */
    static String q(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
