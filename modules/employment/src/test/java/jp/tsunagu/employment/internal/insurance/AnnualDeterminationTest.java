package jp.tsunagu.employment.internal.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import jp.tsunagu.kernel.Yen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnnualDeterminationTest {
    private static final List<AnnualDetermination.PaidMonth> PAY = List.of(
            new AnnualDetermination.PaidMonth(YearMonth.of(2026, 4), Yen.of(100_000), 18),
            new AnnualDetermination.PaidMonth(YearMonth.of(2026, 5), Yen.of(90_001), 16),
            new AnnualDetermination.PaidMonth(YearMonth.of(2026, 6), Yen.of(110_001), 20));

    @Test
    @DisplayName("定時決定: the months of 17 days or more are averaged (April and June: 105,000, yen rounded down); a short-time worker counts months of 11 days (all three: 100,000); no month reaching the threshold determines nothing")
    void monthsThatCount() {
        AnnualDetermination.Result regular = AnnualDetermination.of(PAY, false).orElseThrow();
        assertThat(regular.remuneration()).isEqualTo(Yen.of(105_000));
        assertThat(regular.counted()).extracting(AnnualDetermination.PaidMonth::paid).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 6));
        assertThat(regular.basis()).contains("2026-04 100000 (18 days)", "at least 17 days");
        assertThat(AnnualDetermination.of(PAY, true).orElseThrow().remuneration()).isEqualTo(Yen.of(100_000));
        assertThat(AnnualDetermination.of(List.of(new AnnualDetermination.PaidMonth(YearMonth.of(2026, 4), Yen.of(50_000), 10)), true)).isEmpty();
    }
}
