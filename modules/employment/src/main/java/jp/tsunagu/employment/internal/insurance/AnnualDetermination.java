package jp.tsunagu.employment.internal.insurance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.Yen;

/**
 * 定時決定: the monthly remuneration from the pay of April, May and June, averaged over the months whose payment base
 * days (days worked) reach the threshold — 17, or 11 for a short-time worker insured under the short-time criteria —
 * and in force from September. Pure.
 */
final class AnnualDetermination {
    private AnnualDetermination() {
    }

    /** A month's pay as the determination reads it: the month paid, its gross (commuting allowance included) and the days worked. */
    record PaidMonth(java.time.YearMonth paid, Yen gross, int days) {
    }

    /** The remuneration and the months it averaged, or empty when no month reaches the threshold (the earlier one stays). */
    record Result(Yen remuneration, List<PaidMonth> counted, int threshold) {
        String basis() {
            return "average of " + counted.stream().map(m -> m.paid() + " " + m.gross().value() + " (" + m.days() + " days)").toList()
                    + " with at least " + threshold + " days";
        }
    }

    /** The days worked a month of pay needs to count: 17, or 11 for a short-time worker (also for a 随時改定). */
    static int threshold(boolean shortTime) {
        return shortTime ? 11 : 17;
    }

    static Optional<Result> of(List<PaidMonth> aprilToJune, boolean shortTime) {
        int threshold = threshold(shortTime);
        List<PaidMonth> counted = aprilToJune.stream().filter(m -> m.days() >= threshold).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = counted.stream().map(m -> m.gross().toBigDecimal()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Result(Yen.of(sum.divide(BigDecimal.valueOf(counted.size()), 0, RoundingMode.DOWN).longValueExact()), counted,
                threshold));
    }
}
