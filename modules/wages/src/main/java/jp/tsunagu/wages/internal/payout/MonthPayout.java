package jp.tsunagu.wages.internal.payout;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.run.RunService;

/**
 * 工賃の支払: how a closed month's 工賃 are paid out, user by user in the run's order (by kana): the amount the run paid,
 * the payment method in force that month and, for cash, the receipt (受領書) if recorded. What staff check before paying:
 * who goes into the bank file, whose receipt is still to be signed, and who has no method yet.
 */
public record MonthPayout(OfficeId office, YearMonth month, RunService.Closed closed, List<Line> lines) {

    /** Where a user's payment stands. */
    public enum Status {
        /** Paid by bank transfer: in the month's 総合振込 file. */
        TRANSFER,
        /** Paid in cash, the receipt not yet recorded. */
        RECEIPT_PENDING,
        /** Paid in cash, the receipt recorded. */
        RECEIVED,
        /** No payment method in force: to be set before paying. */
        NO_METHOD,
        /** 0 yen this month: nothing to transfer or hand over. */
        NOTHING_TO_PAY
    }

    /** One user: the amount paid by the closed run, the method in force (null: none), the cash receipt (null: none yet). */
    public record Line(PersonId person, String name, String kana, Yen amount, PaymentMethod method, CashReceipt receipt) {
        public Status status() {
            if (amount.isLessThan(Yen.of(1))) {
                return Status.NOTHING_TO_PAY;
            }
            if (method == null) {
                return Status.NO_METHOD;
            }
            return switch (method.kind()) {
                case BANK_TRANSFER -> Status.TRANSFER;
                case CASH -> receipt == null ? Status.RECEIPT_PENDING : Status.RECEIVED;
            };
        }
    }

    public MonthPayout {
        lines = List.copyOf(lines);
    }

    /** The users paid by bank transfer this month: the data records of the 総合振込 file (amounts of 1 yen or more). */
    public List<Line> transfers() {
        return having(Status.TRANSFER);
    }

    /** The users paid in cash this month (1 yen or more), receipt recorded or not: one 受領書 each. */
    public List<Line> cash() {
        return lines.stream().filter(l -> l.status() == Status.RECEIPT_PENDING || l.status() == Status.RECEIVED).toList();
    }

    /** The users with something to pay but no payment method: to be fixed before paying. */
    public List<Line> withoutMethod() {
        return having(Status.NO_METHOD);
    }

    /** The user's line, if the run paid them this month. */
    public Optional<Line> line(PersonId person) {
        return lines.stream().filter(l -> l.person().equals(person)).findFirst();
    }

    /** The sum of {@code lines}' amounts. */
    public static Yen total(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(Yen.ZERO, Yen::plus);
    }

    private List<Line> having(Status status) {
        return lines.stream().filter(l -> l.status() == status).toList();
    }
}
