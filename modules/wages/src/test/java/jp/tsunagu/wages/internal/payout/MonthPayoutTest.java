package jp.tsunagu.wages.internal.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;
import jp.tsunagu.wages.internal.payout.MonthPayout.Line;
import jp.tsunagu.wages.internal.payout.MonthPayout.Status;
import jp.tsunagu.wages.internal.run.RunService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who a closed month pays how: the file's transfers, the receipts, the users without a method. */
class MonthPayoutTest {
    private static final UUID OFFICE = UUID.randomUUID();
    private static final YearMonth JULY = YearMonth.of(2025, 7);
    private static final Instant AT = Instant.parse("2025-08-05T01:00:00Z");
    private static final String DOT = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static PaymentMethod method(PersonId person, PaymentMethod.Kind kind) {
        BankAccount account = kind == PaymentMethod.Kind.CASH ? null : BankAccount.of(new BankAccount.Entered("0001", "ミズホ", "001",
                "シブヤ", AccountType.ORDINARY, "1234567", "サトウ ハナコ"), "holderNameKana", 30);
        return new PaymentMethod(OFFICE, person, JULY, kind, account, "staff", AT);
    }

    private static Line line(String kana, long amount, PaymentMethod.Kind kind, boolean received) {
        PersonId person = new PersonId(UUID.randomUUID());
        CashReceipt receipt = received ? new CashReceipt(OFFICE, person, JULY, Yen.of(amount), CashReceipt.Method.TABLET, DOT, null,
                LocalDate.of(2025, 8, 5), "staff", AT) : null;
        return new Line(person, kana, kana, Yen.of(amount), kind == null ? null : method(person, kind), receipt);
    }

    @Test
    @DisplayName("transfers of 1 yen or more go into the file, cash users get a receipt each, a user without a method is listed, 0 yen needs nothing")
    void whoIsPaidHow() {
        Line sato = line("サトウ", 20_000, PaymentMethod.Kind.BANK_TRANSFER, false);
        Line zero = line("ゼロ", 0, PaymentMethod.Kind.BANK_TRANSFER, false);
        Line suzuki = line("スズキ", 10_000, PaymentMethod.Kind.CASH, false);
        Line tanaka = line("タナカ", 7_000, PaymentMethod.Kind.CASH, true);
        Line takahashi = line("タカハシ", 10_000, null, false);
        Line nobody = line("ナシ", 0, null, false);
        MonthPayout payout = new MonthPayout(new OfficeId(OFFICE), JULY, new RunService.Closed(AT, "staff"),
                List.of(sato, zero, suzuki, tanaka, takahashi, nobody));

        assertThat(payout.lines()).extracting(Line::status).containsExactly(Status.TRANSFER, Status.NOTHING_TO_PAY, Status.RECEIPT_PENDING,
                Status.RECEIVED, Status.NO_METHOD, Status.NOTHING_TO_PAY);
        assertThat(payout.transfers()).containsExactly(sato);
        assertThat(payout.cash()).containsExactly(suzuki, tanaka);
        assertThat(payout.withoutMethod()).containsExactly(takahashi);
        assertThat(MonthPayout.total(payout.cash())).isEqualTo(Yen.of(17_000));
        assertThat(payout.line(tanaka.person())).contains(tanaka);
        assertThat(payout.line(new PersonId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    @DisplayName("an account is kept as the file carries it, the names also as typed; a list shows only the last 3 digits")
    void accountAsTheFileCarriesIt() {
        BankAccount a = BankAccount.of(new BankAccount.Entered("０００１", "みずほ", "001", "シブヤ", AccountType.SAVINGS, "12345",
                "サトウ　ハナコ"), "holderNameKana", 30);
        assertThat(a.bankCode()).isEqualTo("0001");
        assertThat(a.bankNameKana()).isEqualTo("ﾐｽﾞﾎ");
        assertThat(a.bankNameEntered()).isEqualTo("みずほ");
        assertThat(a.accountNumber()).isEqualTo("0012345");
        assertThat(a.maskedNumber()).isEqualTo("****345");
        assertThat(a.holderNameKana()).isEqualTo("ｻﾄｳ ﾊﾅｺ");
        assertThat(a.holderNameEntered()).isEqualTo("サトウ　ハナコ");
    }
}
