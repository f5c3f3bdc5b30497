package jp.tsunagu.employment.internal.transfer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;

/** The account an employed user's pay is transferred into, one per user and office, as the 給与振込 file carries it. */
@Entity
@Table(name = "payroll_bank_account")
public class PayrollBankAccount extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private String bankCode;
    private String bankNameKana;
    private String branchCode;
    private String branchNameKana;
    @Enumerated(EnumType.STRING)
    private AccountType accountType;
    private String accountNumber;
    private String holderNameKana;
    private String holderNameEntered;

    protected PayrollBankAccount() {
    }

    PayrollBankAccount(UUID officeId, PersonId person, BankAccount account, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.personId = person.value();
        change(account);
    }

    void change(BankAccount a) {
        this.bankCode = a.bankCode();
        this.bankNameKana = a.bankNameKana();
        this.branchCode = a.branchCode();
        this.branchNameKana = a.branchNameKana();
        this.accountType = a.type();
        this.accountNumber = a.accountNumber();
        this.holderNameKana = a.holderNameKana();
        this.holderNameEntered = a.holderNameEntered();
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public BankAccount account() {
        return new BankAccount(bankCode, bankNameKana, branchCode, branchNameKana, accountType, accountNumber, holderNameKana,
                holderNameEntered);
    }
}
