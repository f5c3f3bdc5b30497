package jp.tsunagu.claims.internal.correction;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a 過誤申立 is processed, from the municipality's deadline (tenant data, as its notice gives it): a 過誤申立書 that
 * reaches the municipality by the deadline day of a month is processed in that month's cycle (処理月), one that arrives
 * later in the next month's. With 同月過誤 the corrected statement is claimed in the same processing month as the
 * withdrawal; without it, from the month after. A deadline day beyond the month's last day is that last day.
 */
public record CorrectionSchedule(YearMonth processingMonth, LocalDate deadline, YearMonth reclaimFrom, boolean sameMonth) {

    public static CorrectionSchedule of(LocalDate requestedOn, int deadlineDay, boolean sameMonth) {
        if (deadlineDay < 1 || deadlineDay > 31) {
            throw new IllegalArgumentException("deadline day " + deadlineDay);
        }
        YearMonth month = YearMonth.from(requestedOn);
        LocalDate deadline = dayIn(month, deadlineDay);
        if (requestedOn.isAfter(deadline)) {
            month = month.plusMonths(1);
            deadline = dayIn(month, deadlineDay);
        }
        return new CorrectionSchedule(month, deadline, sameMonth ? month : month.plusMonths(1), sameMonth);
    }

    private static LocalDate dayIn(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
