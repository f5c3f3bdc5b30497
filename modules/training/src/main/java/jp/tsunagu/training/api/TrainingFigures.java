package jp.tsunagu.training.api;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;

/**
 * Counts of the training module for an office's statistics outside it (a municipality's, through the sharing module):
 * nobody is named, nothing but counts leaves. Call inside a transaction of the current tenant.
 */
public interface TrainingFigures {

    /**
     * The office's counts of {@code month} and of its fiscal year from April up to and including it: placements made
     * (hire date), 6-month days come (by today) and of them still employed on the day, 就労選択支援 assessments
     * completed.
     */
    Figures figures(OfficeId office, YearMonth month);

    /** Counts of a period. */
    record Counts(int placements, int sixMonthDays, int retained, int assessmentsCompleted) {
    }

    /** The month's counts, the fiscal year's up to the month, and each month's of the year so far (April first). */
    record Figures(YearMonth month, Counts ofMonth, Counts yearToDate, java.util.List<Counts> months) {
        public Figures {
            months = java.util.List.copyOf(months);
        }
    }
}
