package jp.tsunagu.employment.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.payroll.PayrollService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.OfficeScope;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.ReplicaReads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payroll documents of an office as files, for the API (and pages, when they come): 給与明細書 (every employed user
 * of a closed month in one print file, or one user's), the month's 給与一覧 as Excel and CSV, and a user's 賃金台帳 of a
 * calendar year. Each reads its figures and records the export, then renders outside the transaction (no connection
 * held while a PDF is laid out). One office's closed month, which no longer changes and is written in one transaction,
 * is read on the standby when there is one ({@link ReplicaReads}: the export's audit records written on the primary
 * right after; a month not replayed there yet is read on the primary). Documents that gather several closed months or
 * offices (賃金台帳, the corporation's 給与明細書) read the primary: a standby a moment behind would leave out the
 * latest without an error. A month whose payroll is not closed has no payslip, list or CSV: refused
 * naming {@code month}, and nothing is exported. Every document is audited as an export about each user it shows.
 * The corporation's 給与明細書 of a month put every office's print file, as the user may see them, into one.
 */
@Service
public class PayrollDocuments {
    private final PayrollService payroll;
    private final Offices offices;
    private final AuditTrail audit;
    private final ReplicaReads replica;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final PayrollPayslipPdf payslipPdf;
    private final PayrollMonthExcel monthExcel;
    private final PayrollMonthCsv monthCsv;
    private final WageLedgerPdf ledgerPdf;
    private final OfficeScope scope;
    private final ModuleActivations modules;

    PayrollDocuments(PayrollService payroll, Offices offices, AuditTrail audit, ReplicaReads replica, TransactionTemplate tx, Clock clock, PayrollPayslipPdf payslipPdf,
                     PayrollMonthExcel monthExcel, PayrollMonthCsv monthCsv, WageLedgerPdf ledgerPdf, OfficeScope scope,
                     ModuleActivations modules) {
        this.payroll = payroll;
        this.offices = offices;
        this.audit = audit;
        this.replica = replica;
        this.tx = tx;
        this.clock = clock;
        this.payslipPdf = payslipPdf;
        this.monthExcel = monthExcel;
        this.monthCsv = monthCsv;
        this.ledgerPdf = ledgerPdf;
        this.scope = scope;
        this.modules = modules;
    }

    /** A document to send: the name to save it under and its content (bytes, or the text of a CSV file). */
    public record Download<T>(String filename, T content) {
    }

    /**
     * 給与明細書 of a closed month as a PDF: every user's, a page each by kana ({@code person} empty), or one user's (404
     * when the month's payroll did not pay them).
     */
    public Download<byte[]> payslips(OfficeId office, YearMonth month, Optional<PersonId> person, Locale locale) {
        PayrollMonthView view = replica.read(() -> {
            PayrollMonthView v = closedMonth(office, month);
            List<PayrollMonthView.Slip> slips = person.map(p -> List.of(v.slip(p)
                    .orElseThrow(() -> new Problem.NotFound("employment.payslip.notInPayroll", p.value(), month)))).orElse(v.slips());
            exported("payroll_payslip", office, month, slips);
            return v;
        });
        return person.map(p -> new Download<>("kyuyo-meisai-" + month + ".pdf", payslipPdf.render(view, p, locale)))
                .orElseGet(() -> new Download<>("kyuyo-meisai-" + month + "-all.pdf", payslipPdf.render(view, locale)));
    }

    /**
     * 給与明細書 of a closed month for the whole corporation as one print file: every office of the tenant that the user
     * may see, where the employment module is on and whose payroll of the month is closed, by office number, each office's
     * workers by kana, a page each (an office's pages as its own print file has them). Each office's export is recorded
     * as for its own print file (an {@code EXPORT} about each worker shown). 404 when no such office has the month closed.
     */
    public Download<byte[]> corporationPayslips(YearMonth month, Locale locale) {
        List<PayrollMonthView> views = tx.execute(status -> {
            java.util.Set<OfficeId> closed = payroll.officesClosed(month);
            List<PayrollMonthView> months = new java.util.ArrayList<>();
            for (OfficeSummary office : offices.all()) { // by office number
                if (closed.contains(office.id()) && scope.covers(office.id()) && modules.isEnabled(office.id(), "employment")) {
                    PayrollMonthView v = closedMonth(office.id(), month);
                    exported("payroll_payslip", office.id(), month, v.slips());
                    months.add(v);
                }
            }
            if (months.isEmpty()) {
                throw new Problem.NotFound("employment.payroll.noneClosed", month);
            }
            return months;
        });
        return new Download<>("kyuyo-meisai-" + month + "-corporation.pdf", payslipPdf.render(views, locale));
    }

    /** 給与一覧 of a closed month as an Excel workbook. */
    public Download<byte[]> workbook(OfficeId office, YearMonth month, Locale locale) {
        PayrollMonthView view = replica.read(() -> exported("payroll_month_workbook", office, month));
        return new Download<>("kyuyo-ichiran-" + month + ".xlsx", monthExcel.write(view, locale));
    }

    /** 給与一覧 of a closed month as CSV (the text starts with the byte order mark: send it in UTF-8). */
    public Download<String> csv(OfficeId office, YearMonth month, Locale locale) {
        PayrollMonthView view = replica.read(() -> exported("payroll_month_csv", office, month));
        return new Download<>("kyuyo-ichiran-" + month + ".csv", monthCsv.write(view, locale));
    }

    /** 賃金台帳 of a user and calendar year as a PDF; 404 when no closed payroll of the year paid them. */
    public Download<byte[]> wageLedger(OfficeId office, PersonId person, Year year, Locale locale) {
        WageLedgerView view = tx.execute(status -> {
            OfficeSummary summary = offices.require(office);
            List<PayrollService.ClosedMonth> closed = payroll.closedMonths(office, person, year);
            long paid = closed.stream().filter(PayrollService.ClosedMonth::paid).count();
            if (paid == 0) {
                throw new Problem.NotFound("employment.wageLedger.notFound", person.value(), year);
            }
            audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "payroll_wage_ledger", person.value() + ":" + year).inOffice(office)
                    .about(person.value()).withDetails("year=" + year + " months=" + paid));
            return WageLedgerView.of(summary.name(), summary.officeNumber(), year, closed, LocalDate.now(clock));
        });
        return new Download<>("chingin-daicho-" + year + ".pdf", ledgerPdf.render(view, locale));
    }

    /** The closed month, its export of every user's slip recorded. */
    private PayrollMonthView exported(String resource, OfficeId office, YearMonth month) {
        PayrollMonthView view = closedMonth(office, month);
        exported(resource, office, month, view.slips());
        return view;
    }

    private PayrollMonthView closedMonth(OfficeId office, YearMonth month) {
        OfficeSummary summary = offices.require(office);
        return payroll.closed(office, month).map(p -> PayrollMonthView.of(summary, p, clock))
                .orElseThrow(() -> new Problem.Invalid("month", "employment.payroll.notClosed", month));
    }

    /** One export record about each user whose pay the document shows (a closed payroll pays at least one). */
    private void exported(String resource, OfficeId office, YearMonth month, List<PayrollMonthView.Slip> slips) {
        AuditEvent event = AuditEvent.of(AuditEvent.Action.EXPORT, resource, office.value() + ":" + month).inOffice(office)
                .withDetails("month=" + month + " users=" + slips.size());
        audit.recordAll(slips.isEmpty() ? List.of(event) : slips.stream().map(s -> event.about(s.person().value())).toList());
    }
}
