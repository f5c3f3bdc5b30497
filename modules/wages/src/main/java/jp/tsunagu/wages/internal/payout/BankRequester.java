package jp.tsunagu.wages.internal.payout;

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
 * 振込依頼人: the office as its bank knows it for 総合振込, one per office: the 委託者コード the bank gave it (10 digits), its
 * name in half-width katakana, and the ordinary or current account the 工賃 are paid from, kept as the file's header
 * carries them beside the names as typed.
 */
@Entity
@Table(name = "bank_requester")
public class BankRequester extends TenantOwnedEntity {
    private UUID officeId;
    private String code;
    private String nameKana;
    private String nameEntered;
    private String bankCode;
    private String bankNameKana;
    private String bankNameEntered;
    private String branchCode;
    private String branchNameKana;
    private String branchNameEntered;
    @Enumerated(EnumType.STRING)
    private AccountType accountType;
    private String accountNumber;

    protected BankRequester() {
    }

    BankRequester(UUID officeId, String code, BankAccount account, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        change(code, account);
    }

    /** Replaces the settings; {@code account}'s holder name is the requester's name. */
    void change(String code, BankAccount account) {
        this.code = code;
        this.nameKana = account.holderNameKana();
        this.nameEntered = account.holderNameEntered();
        this.bankCode = account.bankCode();
        this.bankNameKana = account.bankNameKana();
        this.bankNameEntered = account.bankNameEntered();
        this.branchCode = account.branchCode();
        this.branchNameKana = account.branchNameKana();
        this.branchNameEntered = account.branchNameEntered();
        this.accountType = account.type();
        this.accountNumber = account.accountNumber();
    }

    /** 振込依頼人コード (委託者コード), 10 digits. */
    public String code() {
        return code;
    }

    /** The account paid from; its holder name is the requester's name (振込依頼人名). */
    public BankAccount account() {
        return new BankAccount(bankCode, bankNameKana, bankNameEntered, branchCode, branchNameKana, branchNameEntered, accountType,
                accountNumber, nameKana, nameEntered);
    }

    /** The file's header for a transfer on {@code transferDate}. */
    ZenginTransferFile.Requester requester(LocalDate transferDate) {
        return new ZenginTransferFile.Requester(code, nameKana, transferDate, bankCode, bankNameKana, branchCode, branchNameKana,
                accountType, accountNumber);
    }
}
