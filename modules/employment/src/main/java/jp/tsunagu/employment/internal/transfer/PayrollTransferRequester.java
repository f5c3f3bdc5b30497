package jp.tsunagu.employment.internal.transfer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import jp.tsunagu.web.zengin.ZenginTransferFile;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;

/**
 * 振込依頼人 of the office's payroll transfers, one per office: the 委託者コード its bank gave it (10 digits), its name in
 * half-width katakana, and the ordinary or current account the pay is transferred from. Kept apart from the wages
 * module's requester: a 給与振込 contract with the bank usually has a code of its own.
 */
@Entity
@Table(name = "payroll_transfer_requester")
public class PayrollTransferRequester extends TenantOwnedEntity {
    private UUID officeId;
    private String code;
    private String nameKana;
    private String nameEntered;
    private String bankCode;
    private String bankNameKana;
    private String branchCode;
    private String branchNameKana;
    @Enumerated(EnumType.STRING)
    private AccountType accountType;
    private String accountNumber;

    protected PayrollTransferRequester() {
    }

    PayrollTransferRequester(UUID officeId, String code, BankAccount account, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        change(code, account);
    }

    /** Replaces the settings; {@code account}'s holder name is the requester's name. */
    void change(String code, BankAccount a) {
        this.code = code;
        this.nameKana = a.holderNameKana();
        this.nameEntered = a.holderNameEntered();
        this.bankCode = a.bankCode();
        this.bankNameKana = a.bankNameKana();
        this.branchCode = a.branchCode();
        this.branchNameKana = a.branchNameKana();
        this.accountType = a.type();
        this.accountNumber = a.accountNumber();
    }

    public String code() {
        return code;
    }

    /** The account paid from; its holder name is the requester's name (振込依頼人名). */
    public BankAccount account() {
        return new BankAccount(bankCode, bankNameKana, branchCode, branchNameKana, accountType, accountNumber, nameKana, nameEntered);
    }

    /** The file's header for a transfer on {@code transferDate}. */
    ZenginTransferFile.Requester requester(LocalDate transferDate) {
        return new ZenginTransferFile.Requester(code, nameKana, transferDate, bankCode, bankNameKana, branchCode, branchNameKana,
                accountType, accountNumber);
    }
}
