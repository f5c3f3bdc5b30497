package jp.tsunagu.wages.internal.payout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.internal.documents.CashReceiptPdf;
import jp.tsunagu.web.zengin.ZenginTransferFile;
import jp.tsunagu.wages.internal.run.RunService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying out a closed month's 工賃: the month's summary (who is paid how, and who has no method yet), the 全銀 総合振込
 * file of the bank transfers, the cash receipts (受領書) to print, and recording a receipt signed on the tablet or on
 * paper. Only a closed month is paid (its amounts are final); an open one is refused naming {@code month}. Everything
 * here shows or exports users' amounts and accounts: each read and export is audited about every user it shows.
 */
@Service
public class PayoutService {
    private final RunService runs;
    private final PaymentMethodService methods;
    private final BankRequesterRepository requesters;
    private final CashReceiptRepository receipts;
    private final CashReceiptPdf receiptPdf;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    PayoutService(RunService runs, PaymentMethodService methods, BankRequesterRepository requesters, CashReceiptRepository receipts,
                  CashReceiptPdf receiptPdf, Offices offices, AuditTrail audit, Clock clock) {
        this.runs = runs;
        this.methods = methods;
        this.requesters = requesters;
        this.receipts = receipts;
        this.receiptPdf = receiptPdf;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A 総合振込 file: the name to save it under, its bytes (Shift_JIS), 合計件数 and 合計金額. */
    public record BankFile(String filename, byte[] bytes, int count, Yen total) {
    }

    /** The closed month's payout, user by user; audited as a read about each user. */
    @Transactional
    public MonthPayout payout(OfficeId office, YearMonth month) {
        MonthPayout payout = closedMonth(office, month);
        audited(AuditEvent.Action.READ, "wages_payout", payout, payout.lines(), "users=" + payout.lines().size());
        return payout;
    }

    /** One user's line of the closed month (the receipt to sign); audited as a read about that user only. 404 when not paid. */
    @Transactional
    public MonthPayout.Line line(OfficeId office, YearMonth month, PersonId person) {
        MonthPayout payout = closedMonth(office, month);
        MonthPayout.Line line = payout.line(person).orElseThrow(() -> new Problem.NotFound("notFound"));
        audited(AuditEvent.Action.READ, "wages_payout", payout, List.of(line), "receipt");
        return line;
    }

    /**
     * The 総合振込 file of the closed month's bank transfers (users whose method that month is a transfer and whose amount
     * is 1 yen or more), to be transferred on {@code transferDate}, paid from the office's 振込依頼人 account; audited as
     * an export about each payee. Refused naming {@code month} while the month is open, {@code bankRequester} without
     * the office's settings, {@code transfers} when nobody is paid by transfer.
     */
    @Transactional
    public BankFile bankFile(OfficeId office, YearMonth month, LocalDate transferDate) {
        MonthPayout payout = closedMonth(office, month);
        BankRequester requester = requesters.ofOffice(office.value())
                .orElseThrow(() -> new Problem.Invalid("bankRequester", "wages.payout.noRequester"));
        List<MonthPayout.Line> paid = payout.transfers();
        ZenginTransferFile file = ZenginTransferFile.write(ZenginTransferFile.TypeCode.GENERAL, requester.requester(transferDate), paid.stream().map(line -> {
            BankAccount a = line.method().account();
            return new ZenginTransferFile.Transfer(a.bankCode(), a.bankNameKana(), a.branchCode(), a.branchNameKana(), a.type(),
                    a.accountNumber(), a.holderNameKana(), line.amount(), null);
        }).toList(), ZenginTransferFile.LineBreak.CRLF, BankAccount.ZENGIN);
        audited(AuditEvent.Action.EXPORT, "wages_bank_file", payout, paid,
                "transferDate=" + transferDate + " count=" + file.count() + " total=" + file.total().value());
        return new BankFile("sogo-furikomi-" + month + ".txt", file.bytes(), file.count(), file.total());
    }

    /**
     * The receipts (受領書) of the closed month's cash payments as an A4 PDF, one page per user paid in cash, labels in
     * {@code locale}; audited as an export about each user. Refused naming {@code month} while the month is open or when
     * nobody is paid in cash.
     */
    @Transactional
    public byte[] receiptsPdf(OfficeId office, YearMonth month, Locale locale) {
        MonthPayout payout = closedMonth(office, month);
        List<MonthPayout.Line> cash = payout.cash();
        if (cash.isEmpty()) {
            throw new Problem.Invalid("month", "wages.receipt.noCash", month);
        }
        OfficeSummary summary = offices.require(office);
        byte[] pdf = receiptPdf.render(new CashReceiptPdf.Receipts(summary.name(), summary.officeNumber(), month,
                cash.stream().map(l -> new CashReceiptPdf.Receipt(l.name(), l.kana(), l.amount())).toList()), locale);
        audited(AuditEvent.Action.EXPORT, "cash_receipt", payout, cash, "receipts=" + cash.size() + " total=" + MonthPayout.total(cash).value());
        return pdf;
    }

    /**
     * Records the user's receipt of the closed month's cash payment, for the amount the run paid: {@code TABLET} with the
     * drawn signature (a PNG data URL; received today unless {@code receivedOn} says otherwise) or {@code PAPER} with the
     * day written on the signed sheet. Refused naming the field: {@code month} while open; {@code personId} for a user
     * the run did not pay, not paid in cash that month, or paid 0 yen; {@code signature}, {@code receivedOn}; a second
     * receipt is a conflict.
     */
    @Transactional
    public CashReceipt recordReceipt(OfficeId office, YearMonth month, PersonId person, CashReceipt.Method method, String signature,
                                     LocalDate receivedOn, String by) {
        MonthPayout payout = closedMonth(office, month);
        MonthPayout.Line line = payout.line(person)
                .orElseThrow(() -> new Problem.Invalid("personId", "wages.payout.notPaid", person.value(), month));
        switch (line.status()) {
            case RECEIPT_PENDING -> {
            }
            case RECEIVED -> throw new Problem.Conflict("wages.receipt.already", month, line.receipt().receivedOn());
            case NOTHING_TO_PAY -> throw new Problem.Invalid("personId", "wages.receipt.nothingToPay", person.value(), month);
            case TRANSFER, NO_METHOD -> throw new Problem.Invalid("personId", "wages.receipt.notCash", person.value(), month);
        }
        if (method == null) {
            throw new Problem.Invalid("method", "wages.receipt.methodRequired");
        }
        CashReceipt receipt = receipts.saveAndFlush(new CashReceipt(office.value(), person, month, line.amount(), method, signature,
                receivedOn, LocalDate.now(clock), by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "cash_receipt", receipt.id().toString()).inOffice(office)
                .about(person.value()).withDetails("month=" + month + " " + method + " amount=" + line.amount().value()
                        + " receivedOn=" + receipt.receivedOn()));
        return receipt;
    }

    /** The closed month's lines with each user's method in force and cash receipt; refused naming {@code month} while open. */
    private MonthPayout closedMonth(OfficeId office, YearMonth month) {
        RunService.Calculation run = runs.closedRun(office, month)
                .orElseThrow(() -> new Problem.Invalid("month", "wages.payout.monthOpen", month));
        Map<PersonId, PaymentMethod> inForce = methods.inForce(office, month);
        Map<PersonId, CashReceipt> received = receipts.ofMonth(office.value(), month.atDay(1)).stream()
                .collect(Collectors.toMap(CashReceipt::personId, Function.identity()));
        return new MonthPayout(office, month, run.closed(), run.lines().stream().map(l -> new MonthPayout.Line(l.person(), l.name(),
                l.kana(), l.total(), inForce.get(l.person()), received.get(l.person()))).toList());
    }

    /** One audit record about each user of {@code lines} (one without a subject when there is none). */
    private void audited(AuditEvent.Action action, String resource, MonthPayout payout, List<MonthPayout.Line> lines, String details) {
        AuditEvent event = AuditEvent.of(action, resource, payout.office().value() + ":" + payout.month()).inOffice(payout.office())
                .withDetails("month=" + payout.month() + " " + details);
        if (lines.isEmpty()) {
            audit.record(event);
        }
        lines.forEach(line -> audit.record(event.about(line.person().value())));
    }
}
