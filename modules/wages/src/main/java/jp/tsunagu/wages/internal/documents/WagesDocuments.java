package jp.tsunagu.wages.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.internal.run.RunService;
import jp.tsunagu.wages.internal.run.RunService.Line;
import jp.tsunagu.wages.internal.run.RunService.PaidMonth;
import jp.tsunagu.wages.internal.run.RunService.RunSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wages documents of an office as files, for the API and the pages alike: 工賃明細書 (all users of a closed month in
 * one print file, or one user's), the month's 工賃一覧 as Excel and CSV, a user's 工賃台帳 of a fiscal year, and the
 * 生産活動シート of a fiscal year as Excel and PDF. Each reads its figures and records the export in one transaction,
 * then renders outside it. A month that is not closed has no payslip, list or CSV: refused naming {@code month}, and
 * nothing is exported. Every document that shows a user's 工賃 is audited as an export about each user in it; the
 * 生産活動シート holds no user's data and is not.
 */
@Service
public class WagesDocuments {
    private final RunService runs;
    private final ProductionSheetService sheets;
    private final Offices offices;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final PayslipPdf payslipPdf;
    private final WagesMonthExcel monthExcel;
    private final WagesMonthCsv monthCsv;
    private final LedgerBookPdf ledgerBookPdf;
    private final ProductionSheetExcel sheetExcel;
    private final ProductionSheetPdf sheetPdf;

    WagesDocuments(RunService runs, ProductionSheetService sheets, Offices offices, AuditTrail audit, TransactionTemplate tx, Clock clock,
                   PayslipPdf payslipPdf, WagesMonthExcel monthExcel, WagesMonthCsv monthCsv, LedgerBookPdf ledgerBookPdf,
                   ProductionSheetExcel sheetExcel, ProductionSheetPdf sheetPdf) {
        this.runs = runs;
        this.sheets = sheets;
        this.offices = offices;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.payslipPdf = payslipPdf;
        this.monthExcel = monthExcel;
        this.monthCsv = monthCsv;
        this.ledgerBookPdf = ledgerBookPdf;
        this.sheetExcel = sheetExcel;
        this.sheetPdf = sheetPdf;
    }

    /** A document to send: the name to save it under and its content (bytes, or the text of a CSV file). */
    public record Download<T>(String filename, T content) {
    }

    /**
     * 工賃明細書 of a closed month as a PDF: every user's, a page each by kana ({@code person} empty), or one user's (404
     * when the month's run did not pay them).
     */
    public Download<byte[]> payslips(OfficeId office, YearMonth month, Optional<PersonId> person, Locale locale) {
        WagesMonthView view = tx.execute(status -> {
            WagesMonthView v = closedMonth(office, month);
            List<Line> slips = person.map(p -> List.of(v.line(p)
                    .orElseThrow(() -> new Problem.NotFound("wages.payslip.notInRun", p.value(), month)))).orElse(v.lines());
            if (slips.isEmpty()) {
                throw new Problem.NotFound("wages.payslip.nobody", month);
            }
            exported("wages_payslip", office, month, slips);
            return v;
        });
        return person.map(p -> new Download<>("kouchin-meisai-" + month + ".pdf", payslipPdf.render(view, p, locale)))
                .orElseGet(() -> new Download<>("kouchin-meisai-" + month + "-all.pdf", payslipPdf.render(view, locale)));
    }

    /** 工賃一覧 of a closed month as an Excel workbook. */
    public Download<byte[]> workbook(OfficeId office, YearMonth month, Locale locale) {
        WagesMonthView view = tx.execute(status -> exported("wages_month_workbook", office, month));
        return new Download<>("kouchin-ichiran-" + month + ".xlsx", monthExcel.write(view, locale));
    }

    /** 工賃一覧 of a closed month as CSV (the text starts with the byte order mark: send it in UTF-8). */
    public Download<String> csv(OfficeId office, YearMonth month, Locale locale) {
        WagesMonthView view = tx.execute(status -> exported("wages_month_csv", office, month));
        return new Download<>("kouchin-ichiran-" + month + ".csv", monthCsv.write(view, locale));
    }

    /** 工賃台帳 of a user and fiscal year as a PDF; 404 when no closed run of the year paid them. */
    public Download<byte[]> ledgerBook(OfficeId office, PersonId person, FiscalYear year, Locale locale) {
        LedgerBookView view = tx.execute(status -> {
            OfficeSummary summary = offices.require(office);
            List<PaidMonth> paid = runs.paidMonths(office, person, year);
            if (paid.isEmpty()) {
                throw new Problem.NotFound("wages.ledgerBook.notFound", person.value(), year.japaneseName() + " (" + year + ")");
            }
            List<YearMonth> closed = runs.closedRuns(office).stream().map(RunSummary::month).filter(m -> FiscalYear.of(m).equals(year))
                    .toList();
            audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "wages_ledger_book", person.value() + ":" + year).inOffice(office)
                    .about(person.value()).withDetails("year=" + year + " months=" + paid.size()));
            return LedgerBookView.of(summary.name(), summary.officeNumber(), year, paid, closed, LocalDate.now(clock));
        });
        return new Download<>("kouchin-daicho-" + year + ".pdf", ledgerBookPdf.render(view, locale));
    }

    /** 生産活動シート of a fiscal year as an Excel workbook. */
    public Download<byte[]> productionSheetExcel(OfficeId office, FiscalYear year, Locale locale) {
        return new Download<>("seisan-katsudo-" + year + ".xlsx", sheetExcel.write(sheets.view(office, year), locale));
    }

    /** 生産活動シート of a fiscal year as an A4 landscape PDF. */
    public Download<byte[]> productionSheetPdf(OfficeId office, FiscalYear year, Locale locale) {
        return new Download<>("seisan-katsudo-" + year + ".pdf", sheetPdf.render(sheets.view(office, year), locale));
    }

    /** The closed month, its export of every user's line recorded. */
    private WagesMonthView exported(String resource, OfficeId office, YearMonth month) {
        WagesMonthView view = closedMonth(office, month);
        exported(resource, office, month, view.lines());
        return view;
    }

    private WagesMonthView closedMonth(OfficeId office, YearMonth month) {
        OfficeSummary summary = offices.require(office);
        return runs.closedRun(office, month).map(c -> WagesMonthView.of(summary, c, clock))
                .orElseThrow(() -> new Problem.Invalid("month", "wages.run.notClosed", month));
    }

    /** One export record about each user whose 工賃 the document shows (one for the office when it shows nobody's). */
    private void exported(String resource, OfficeId office, YearMonth month, List<Line> lines) {
        String details = "month=" + month + " users=" + lines.size();
        AuditEvent event = AuditEvent.of(AuditEvent.Action.EXPORT, resource, month.toString()).inOffice(office).withDetails(details);
        audit.recordAll(lines.isEmpty() ? List.of(event) : lines.stream().map(l -> event.about(l.person().value())).toList());
    }
}
