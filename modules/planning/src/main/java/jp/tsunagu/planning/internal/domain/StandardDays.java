package jp.tsunagu.planning.internal.domain;

import java.time.YearMonth;

/**
 * 原則の日数: the amount of a 支給決定 that is "the days of the month − 8" (PLN-1): April 2026 (30 days) → 22,
 * February 2026 (28 days) → 20.
 */
public final class StandardDays {
    private StandardDays() {
    }

    public static int in(YearMonth month) {
        return month.lengthOfMonth() - 8;
    }
}
