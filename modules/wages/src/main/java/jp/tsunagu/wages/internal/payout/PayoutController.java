package jp.tsunagu.wages.internal.payout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.DrawnSignature;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;
import jp.tsunagu.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Paying a closed month's 工賃: the summary, the 総合振込 file, the receipts (受領書) to print and a receipt recorded.
 * Amounts are whole yen (JSON integers); accounts in the summary show only their last 3 digits.
 */
@RestController
@RequiresModule("wages")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/wages/runs/{month}")
class PayoutController {
    private final PayoutService payouts;

    PayoutController(PayoutService payouts) {
        this.payouts = payouts;
    }

    @GetMapping("/payout")
    @PreAuthorize("hasAuthority('wages:payout.read')")
    PayoutView payout(@PathVariable OfficeId officeId, @PathVariable YearMonth month) {
        return PayoutView.of(payouts.payout(officeId, month));
    }

    /** The 総合振込 file to hand to the bank, in Shift_JIS, named {@code sogo-furikomi-2026-10.txt}. */
    @GetMapping("/bank-file")
    @PreAuthorize("hasAuthority('wages:payout.read')")
    ResponseEntity<byte[]> bankFile(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferDate) {
        PayoutService.BankFile file = payouts.bankFile(officeId, month, transferDate);
        return Downloads.file(file.bytes(), file.filename());
    }

    @GetMapping("/receipts.pdf")
    @PreAuthorize("hasAuthority('wages:payout.read')")
    ResponseEntity<byte[]> receipts(@PathVariable OfficeId officeId, @PathVariable YearMonth month, Locale locale) {
        return Downloads.pdf(payouts.receiptsPdf(officeId, month, locale), "juryosho-" + month + ".pdf");
    }

    @PostMapping("/receipts/{personId}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('wages:payout.write')")
    ReceiptView record(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable PersonId personId,
                       @Valid @RequestBody ReceiptRequest r, Principal user) {
        return ReceiptView.of(payouts.recordReceipt(officeId, month, personId, r.method(), r.signature(), r.receivedOn(), user.getName()));
    }

    /** {@code TABLET} with the drawn signature (PNG data URL), or {@code PAPER} with the day on the signed sheet. */
    record ReceiptRequest(@NotNull CashReceipt.Method method, @Size(max = DrawnSignature.MAX_LENGTH) String signature, LocalDate receivedOn) {
    }

    record ReceiptView(UUID id, UUID personId, YearMonth month, long amount, CashReceipt.Method method, LocalDate receivedOn,
                       boolean signed, Instant recordedAt, String recordedBy) {
        static ReceiptView of(CashReceipt r) {
            return r == null ? null : new ReceiptView(r.id(), r.personId().value(), r.month(), r.amount().value(), r.method(),
                    r.receivedOn(), r.signature() != null, r.createdAt(), r.recordedBy());
        }
    }

    /** An account in a list: codes, names in kana, type, and the number masked but for its last 3 digits. */
    record MaskedAccount(String bankCode, String bankNameKana, String branchCode, String branchNameKana, AccountType accountType,
                         String accountNumber) {
        static MaskedAccount of(BankAccount a) {
            return a == null ? null
                    : new MaskedAccount(a.bankCode(), a.bankNameKana(), a.branchCode(), a.branchNameKana(), a.type(), a.maskedNumber());
        }
    }

    /** A user's line: {@code status} TRANSFER, RECEIPT_PENDING, RECEIVED, NO_METHOD or NOTHING_TO_PAY. */
    record LineView(UUID personId, String name, String kana, long amount, MonthPayout.Status status, PaymentMethod.Kind method,
                    YearMonth methodFrom, MaskedAccount account, ReceiptView receipt) {
        static LineView of(MonthPayout.Line l) {
            PaymentMethod m = l.method();
            return new LineView(l.person().value(), l.name(), l.kana(), l.amount().value(), l.status(), m == null ? null : m.kind(),
                    m == null ? null : m.effectiveMonth(), m == null ? null : MaskedAccount.of(m.account()), ReceiptView.of(l.receipt()));
        }
    }

    record Count(int count, long total) {
        static Count of(List<MonthPayout.Line> lines) {
            return new Count(lines.size(), MonthPayout.total(lines).value());
        }
    }

    /**
     * The month's payout: the bank transfers and cash payments (count, total), the users with something to pay but no
     * payment method ({@code withoutMethod}: set one before paying), and every user's line by kana.
     */
    record PayoutView(YearMonth month, Instant closedAt, Count transfers, Count cash, List<LineView> withoutMethod, List<LineView> lines) {
        static PayoutView of(MonthPayout p) {
            return new PayoutView(p.month(), p.closed().at(), Count.of(p.transfers()), Count.of(p.cash()),
                    p.withoutMethod().stream().map(LineView::of).toList(), p.lines().stream().map(LineView::of).toList());
        }
    }
}
