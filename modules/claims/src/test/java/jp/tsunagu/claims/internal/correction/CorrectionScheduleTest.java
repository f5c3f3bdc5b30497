package jp.tsunagu.claims.internal.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The processing month and deadline of a 過誤申立 from the municipality's deadline day (tenant data). */
class CorrectionScheduleTest {

    @Test
    void byTheDeadlineDayItIsProcessedThatMonth() {
        CorrectionSchedule s = CorrectionSchedule.of(LocalDate.of(2026, 7, 10), 10, false);
        assertThat(s.processingMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(s.deadline()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(s.reclaimFrom()).as("without 同月過誤, the re-claim from the month after").isEqualTo(YearMonth.of(2026, 8));
    }

    @Test
    void theDayAfterTheDeadlineFallsIntoTheNextCycle() {
        CorrectionSchedule s = CorrectionSchedule.of(LocalDate.of(2026, 7, 11), 10, false);
        assertThat(s.processingMonth()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(s.deadline()).isEqualTo(LocalDate.of(2026, 8, 10));
        assertThat(s.reclaimFrom()).isEqualTo(YearMonth.of(2026, 9));
    }

    @Test
    void sameMonthCorrectionReclaimsInTheProcessingMonth() {
        assertThat(CorrectionSchedule.of(LocalDate.of(2026, 7, 11), 10, true).reclaimFrom()).isEqualTo(YearMonth.of(2026, 8));
    }

    @Test
    void aDeadlineDayBeyondTheMonthIsItsLastDay() {
        CorrectionSchedule s = CorrectionSchedule.of(LocalDate.of(2027, 1, 31), 31, false);
        assertThat(s.processingMonth()).isEqualTo(YearMonth.of(2027, 1));
        CorrectionSchedule february = CorrectionSchedule.of(LocalDate.of(2027, 2, 1), 31, false);
        assertThat(february.deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
        CorrectionSchedule december = CorrectionSchedule.of(LocalDate.of(2026, 12, 20), 15, false);
        assertThat(december.processingMonth()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(december.deadline()).isEqualTo(LocalDate.of(2027, 1, 15));
    }
}
