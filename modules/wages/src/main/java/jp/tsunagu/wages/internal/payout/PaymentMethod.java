package jp.tsunagu.wages.internal.payout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;

/**
 * 工賃の支払方法: how a user's 工賃 are paid from an effective month on (until the user's next version): by bank transfer
 * into the account kept here, as the 全銀 file carries it, or in cash against a signed receipt (受領書), keeping no account.
 */
@Entity
@Table(name = "payment_method")
public class PaymentMethod extends TenantOwnedEntity {
    /** 振込 or 現金. */
    public enum Kind { BANK_TRANSFER, CASH }

    private UUID officeId;
    private UUID personId;
    private LocalDate effectiveMonth;
    @Enumerated(EnumType.STRING)
    @Column(name = "method")
    private Kind kind;
    private String bankCode;
    private String bankNameKana;
    private String bankNameEntered;
    private String branchCode;
    private String branchNameKana;
    private String branchNameEntered;
    @Enumerated(EnumType.STRING)
    private AccountType accountType;
    private String accountNumber;
    private String holderNameKana;
    private String holderNameEntered;

    protected PaymentMethod() {
    }

    PaymentMethod(UUID officeId, PersonId person, YearMonth effectiveMonth, Kind kind, BankAccount account, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.personId = person.value();
        this.effectiveMonth = effectiveMonth.atDay(1);
        change(kind, account);
    }

    /** Replaces this version's method and account ({@code account} is null for cash). */
    void change(Kind kind, BankAccount account) {
        this.kind = kind;
        BankAccount a = kind == Kind.BANK_TRANSFER ? account : null;
        this.bankCode = a == null ? null : a.bankCode();
        this.bankNameKana = a == null ? null : a.bankNameKana();
        this.bankNameEntered = a == null ? null : a.bankNameEntered();
        this.branchCode = a == null ? null : a.branchCode();
        this.branchNameKana = a == null ? null : a.branchNameKana();
        this.branchNameEntered = a == null ? null : a.branchNameEntered();
        this.accountType = a == null ? null : a.type();
        this.accountNumber = a == null ? null : a.accountNumber();
        this.holderNameKana = a == null ? null : a.holderNameKana();
        this.holderNameEntered = a == null ? null : a.holderNameEntered();
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public YearMonth effectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    public Kind kind() {
        return kind;
    }

    /** The account for a transfer; null for cash. */
    public BankAccount account() {
        return kind != Kind.BANK_TRANSFER ? null : new BankAccount(bankCode, bankNameKana, bankNameEntered, branchCode, branchNameKana,
                branchNameEntered, accountType, accountNumber, holderNameKana, holderNameEntered);
    }
}
