package jp.tsunagu.employment.internal.transfer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 給与振込: an employed user's bank account ({@code PUT} stores or replaces it), the office's 振込依頼人, and a closed
 * month's 全銀 給与振込 file. Reading needs {@code employment:payroll.read}, writing {@code employment:payroll.close}.
 * Accounts come back as the file carries them (half-width katakana), the holder's name also as typed.
 */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/employment")
class PayrollTransferController {
    private final PayrollTransferService transfers;

    PayrollTransferController(PayrollTransferService transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/bank-accounts/{personId}")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    AccountView account(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return AccountView.of(transfers.account(officeId, personId));
    }

    @PutMapping("/bank-accounts/{personId}")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    AccountView saveAccount(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody AccountRequest r,
                            Principal user) {
        return AccountView.of(transfers.saveAccount(officeId, personId, r.entered(), user.getName()));
    }

    @PutMapping("/transfer-requester")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    RequesterView saveRequester(@PathVariable OfficeId officeId, @Valid @RequestBody RequesterRequest r, Principal user) {
        return RequesterView.of(transfers.saveRequester(officeId, r.code(), r.entered(), user.getName()));
    }

    /**
     * The closed month's 給与振込 file to hand to the bank, in Shift_JIS, named {@code kyuyo-furikomi-2026-09.txt}; users to
     * pay without an account refuse it unless {@code skipMissing=true} leaves them out.
     */
    @GetMapping("/payroll/{month}/transfer.txt")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> transferFile(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferDate,
                                        @RequestParam(defaultValue = "false") boolean skipMissing) {
        PayrollTransferService.TransferFile file = transfers.transferFile(officeId, month, transferDate, skipMissing);
        return Downloads.file(file.bytes(), file.filename());
    }

    /** A user's account as typed: names in kana (full-width, hiragana, small kana and ー are converted). */
    record AccountRequest(@Size(max = 20) String bankCode, @Size(max = 100) String bankNameKana, @Size(max = 20) String branchCode,
                          @Size(max = 100) String branchNameKana, AccountType accountType, @Size(max = 20) String accountNumber,
                          @Size(max = 100) String holderNameKana) {
        BankAccount.Entered entered() {
            return new BankAccount.Entered(bankCode, bankNameKana, branchCode, branchNameKana, accountType, accountNumber, holderNameKana);
        }
    }

    /** 振込依頼人: the 委託者コード, the office's name in kana and the account paid from. */
    record RequesterRequest(@Size(max = 20) String code, @Size(max = 100) String nameKana, @Size(max = 20) String bankCode,
                            @Size(max = 100) String bankNameKana, @Size(max = 20) String branchCode, @Size(max = 100) String branchNameKana,
                            AccountType accountType, @Size(max = 20) String accountNumber) {
        BankAccount.Entered entered() {
            return new BankAccount.Entered(bankCode, bankNameKana, branchCode, branchNameKana, accountType, accountNumber, nameKana);
        }
    }

    record AccountView(UUID personId, String bankCode, String bankNameKana, String branchCode, String branchNameKana,
                       AccountType accountType, String accountNumber, String holderNameKana, String holderNameEntered) {
        static AccountView of(PayrollBankAccount stored) {
            BankAccount a = stored.account();
            return new AccountView(stored.personId().value(), a.bankCode(), a.bankNameKana(), a.branchCode(), a.branchNameKana(), a.type(),
                    a.accountNumber(), a.holderNameKana(), a.holderNameEntered());
        }
    }

    record RequesterView(String code, String nameKana, String nameEntered, String bankCode, String bankNameKana, String branchCode,
                         String branchNameKana, AccountType accountType, String accountNumber) {
        static RequesterView of(PayrollTransferRequester r) {
            BankAccount a = r.account();
            return new RequesterView(r.code(), a.holderNameKana(), a.holderNameEntered(), a.bankCode(), a.bankNameKana(), a.branchCode(),
                    a.branchNameKana(), a.type(), a.accountNumber());
        }
    }
}
