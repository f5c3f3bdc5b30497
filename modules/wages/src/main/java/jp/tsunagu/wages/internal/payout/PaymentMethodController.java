package jp.tsunagu.wages.internal.payout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 工賃の支払方法 per user by effective month ({@code PUT} stores or replaces the version of {@code effectiveMonth}), and
 * the office's 振込依頼人 settings. Accounts come back as the 全銀 file carries them and as typed.
 */
@RestController
@RequiresModule("wages")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/wages")
class PaymentMethodController {
    private final PaymentMethodService methods;

    PaymentMethodController(PaymentMethodService methods) {
        this.methods = methods;
    }

    @GetMapping("/payment-methods/{personId}")
    @PreAuthorize("hasAuthority('wages:payout.read')")
    PaymentMethodsView versions(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return new PaymentMethodsView(personId.value(), methods.versions(officeId, personId).stream().map(MethodView::of).toList());
    }

    @PutMapping("/payment-methods/{personId}")
    @PreAuthorize("hasAuthority('wages:payout.write')")
    MethodView save(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody MethodRequest r, Principal user) {
        return MethodView.of(methods.save(officeId, personId, r.effectiveMonth(), r.method(), r.account(), user.getName()));
    }

    @GetMapping("/bank-requester")
    @PreAuthorize("hasAuthority('wages:payout.read')")
    RequesterView requester(@PathVariable OfficeId officeId) {
        return methods.requester(officeId).map(RequesterView::of).orElseThrow(() -> new Problem.NotFound("wages.payout.noRequester"));
    }

    @PutMapping("/bank-requester")
    @PreAuthorize("hasAuthority('wages:payout.write')")
    RequesterView saveRequester(@PathVariable OfficeId officeId, @Valid @RequestBody RequesterRequest r, Principal user) {
        return RequesterView.of(methods.saveRequester(officeId, r.code(), r.account(), user.getName()));
    }

    /**
     * A version of a user's payment method: {@code method} BANK_TRANSFER with the account (names in kana as typed: full-width,
     * hiragana and small kana are converted) or CASH (the account fields are ignored).
     */
    record MethodRequest(@NotNull YearMonth effectiveMonth, @NotNull PaymentMethod.Kind method, @Size(max = 20) String bankCode,
                         @Size(max = 100) String bankNameKana, @Size(max = 20) String branchCode, @Size(max = 100) String branchNameKana,
                         AccountType accountType, @Size(max = 20) String accountNumber, @Size(max = 100) String holderNameKana) {
        BankAccount.Entered account() {
            return new BankAccount.Entered(bankCode, bankNameKana, branchCode, branchNameKana, accountType, accountNumber, holderNameKana);
        }
    }

    /** 振込依頼人: the 委託者コード, the office's name in kana and the account paid from. */
    record RequesterRequest(@Size(max = 20) String code, @Size(max = 100) String nameKana, @Size(max = 20) String bankCode,
                            @Size(max = 100) String bankNameKana, @Size(max = 20) String branchCode, @Size(max = 100) String branchNameKana,
                            AccountType accountType, @Size(max = 20) String accountNumber) {
        /** The office's account, the requester's name as its holder. */
        BankAccount.Entered account() {
            return new BankAccount.Entered(bankCode, bankNameKana, branchCode, branchNameKana, accountType, accountNumber, nameKana);
        }
    }

    /** An account as the file carries it ({@code …Kana}: half-width katakana) and as typed ({@code …Entered}). */
    record AccountView(String bankCode, String bankNameKana, String bankNameEntered, String branchCode, String branchNameKana,
                       String branchNameEntered, AccountType accountType, String accountNumber, String holderNameKana, String holderNameEntered) {
        static AccountView of(BankAccount a) {
            return a == null ? null : new AccountView(a.bankCode(), a.bankNameKana(), a.bankNameEntered(), a.branchCode(), a.branchNameKana(),
                    a.branchNameEntered(), a.type(), a.accountNumber(), a.holderNameKana(), a.holderNameEntered());
        }
    }

    record MethodView(UUID id, UUID personId, YearMonth effectiveMonth, PaymentMethod.Kind method, AccountView account, Instant createdAt,
                      String createdBy) {
        static MethodView of(PaymentMethod m) {
            return new MethodView(m.id(), m.personId().value(), m.effectiveMonth(), m.kind(), AccountView.of(m.account()), m.createdAt(),
                    m.createdBy());
        }
    }

    /** A user's versions, newest first. */
    record PaymentMethodsView(UUID personId, List<MethodView> versions) {
    }

    /** 振込依頼人: the code and the account paid from, whose holder name is the requester's name (振込依頼人名). */
    record RequesterView(String code, AccountView account) {
        static RequesterView of(BankRequester r) {
            return new RequesterView(r.code(), AccountView.of(r.account()));
        }
    }
}
