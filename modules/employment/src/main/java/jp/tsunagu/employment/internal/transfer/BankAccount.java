package jp.tsunagu.employment.internal.transfer;

import jp.tsunagu.web.zengin.ZenginText;
import jp.tsunagu.web.zengin.ZenginText.Kind;
import jp.tsunagu.web.zengin.ZenginTransferFile;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;

/**
 * A bank account as the 全銀 file carries it: bank and branch codes, their names in half-width katakana (may be left
 * out), the type, the number zero-filled to 7 digits and the holder's name in half-width katakana, beside the holder's
 * name as typed. Converted and checked through {@link ZenginText#STANDARD}: each refusal names the input's field
 * ({@code bankCode}, {@code accountNumber}, the holder's name as given) in the reader's language.
 */
public record BankAccount(String bankCode, String bankNameKana, String branchCode, String branchNameKana, AccountType type,
                          String accountNumber, String holderNameKana, String holderNameEntered) {
    static final ZenginText ZENGIN = ZenginText.STANDARD;

    /** An account as a person typed it (full-width, hiragana, small kana and ー are converted); nothing checked yet. */
    public record Entered(String bankCode, String bankNameKana, String branchCode, String branchNameKana, AccountType type,
                          String accountNumber, String holderNameKana) {
    }

    /** {@code input} converted and checked for a holder name field {@code nameField} of at most {@code nameLength}. */
    static BankAccount of(Entered input, String nameField, int nameLength) {
        Entered e = input != null ? input : new Entered(null, null, null, null, null, null, null);
        String bankCode = ZENGIN.code("bankCode", e.bankCode(), ZenginTransferFile.BANK_CODE_LENGTH);
        String bankName = ZENGIN.name("bankNameKana", e.bankNameKana(), Kind.BANK_NAME, ZenginTransferFile.BANK_NAME_LENGTH);
        String branchCode = ZENGIN.code("branchCode", e.branchCode(), ZenginTransferFile.BRANCH_CODE_LENGTH);
        String branchName = ZENGIN.name("branchNameKana", e.branchNameKana(), Kind.BANK_NAME, ZenginTransferFile.BANK_NAME_LENGTH);
        if (e.type() == null) {
            throw ZENGIN.required("accountType");
        }
        String number = ZENGIN.zeroFilled("accountNumber", e.accountNumber(), ZenginTransferFile.ACCOUNT_NUMBER_LENGTH);
        String holder = ZENGIN.name(nameField, e.holderNameKana(), Kind.NAME, nameLength);
        String typed = e.holderNameKana() == null || e.holderNameKana().isBlank() ? null : e.holderNameKana().strip();
        return new BankAccount(bankCode, bankName.isEmpty() ? null : bankName, branchCode, branchName.isEmpty() ? null : branchName,
                e.type(), number, holder, typed);
    }

    /** The number as a log shows it: {@code ****567}. */
    public String maskedNumber() {
        return "****" + accountNumber.substring(accountNumber.length() - 3);
    }
}
