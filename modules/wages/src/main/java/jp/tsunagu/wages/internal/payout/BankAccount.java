package jp.tsunagu.wages.internal.payout;

import jp.tsunagu.kernel.Problem;
import jp.tsunagu.web.zengin.ZenginText;
import jp.tsunagu.web.zengin.ZenginText.Kind;
import jp.tsunagu.web.zengin.ZenginTransferFile;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;

/**
 * A bank account as the 全銀 file carries it: bank and branch codes, their names in half-width katakana (may be left
 * out), the type (普通 {@code ORDINARY}, 当座 {@code CURRENT}, 貯蓄 {@code SAVINGS}), the account number zero-filled to 7
 * digits and the holder's name in half-width katakana; beside it the names as they were typed, to show both.
 */
public record BankAccount(String bankCode, String bankNameKana, String bankNameEntered, String branchCode, String branchNameKana,
                          String branchNameEntered, AccountType type, String accountNumber, String holderNameKana,
                          String holderNameEntered) {
    /** The 全銀 rules with the wages module's texts: its refusals keep the codes its API has answered with ({@code wages.bank.*}). */
    static final ZenginText ZENGIN = ZenginText.messagesUnder("wages.bank");

    /** An account as a person typed it: each field may be full-width, hiragana, with small kana or 長音; none is checked yet. */
    public record Entered(String bankCode, String bankNameKana, String branchCode, String branchNameKana, AccountType type,
                          String accountNumber, String holderNameKana) {
    }

    /**
     * {@code input} (null when nothing was typed) converted and checked through {@link ZenginText} for a name field of
     * {@code nameLength} characters, each refusal naming the input's field ({@code bankCode}, {@code accountNumber} …; the
     * holder's name as {@code nameField}) in the reader's language. Nothing is cut or guessed.
     */
    static BankAccount of(Entered input, String nameField, int nameLength) {
        Entered entered = input != null ? input : new Entered(null, null, null, null, null, null, null);
        String bankCode = ZENGIN.code("bankCode", entered.bankCode(), ZenginTransferFile.BANK_CODE_LENGTH);
        String bankName = ZENGIN.name("bankNameKana", entered.bankNameKana(), Kind.BANK_NAME, ZenginTransferFile.BANK_NAME_LENGTH);
        String branchCode = ZENGIN.code("branchCode", entered.branchCode(), ZenginTransferFile.BRANCH_CODE_LENGTH);
        String branchName = ZENGIN.name("branchNameKana", entered.branchNameKana(), Kind.BANK_NAME, ZenginTransferFile.BANK_NAME_LENGTH);
        if (entered.type() == null) {
            throw new Problem.Invalid("accountType", "wages.bank.required", ZENGIN.label("accountType"));
        }
        String number = ZENGIN.zeroFilled("accountNumber", entered.accountNumber(), ZenginTransferFile.ACCOUNT_NUMBER_LENGTH);
        String holder = ZENGIN.name(nameField, entered.holderNameKana(), Kind.NAME, nameLength);
        return new BankAccount(bankCode, blankToNull(bankName), typed(entered.bankNameKana()), branchCode, blankToNull(branchName),
                typed(entered.branchNameKana()), entered.type(), number, holder, typed(entered.holderNameKana()));
    }

    /** The account number as a list shows it: all but the last 3 digits masked ({@code ****567}). */
    public String maskedNumber() {
        return "****" + accountNumber.substring(accountNumber.length() - 3);
    }

    private static String typed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
