package jp.tsunagu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.tsunagu.rules.national.RetentionSupportPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionSupportPeriodTest {

    @Test
    @DisplayName("就労定着支援's period as data: from 6 months after hire, at most 3 years (2026-04-01 → 2029-03-31, 2024-02-29 → 2027-02-28; hired 2025-10-01 → from 2026-04-01), from 2018-04-01 with the 施行規則 as source; nothing before")
    void period() {
        RetentionSupportPeriod period = new RetentionSupportPeriod(NationalDataSet.on("2026-04-01"));
        assertThat(period.maxYears()).isEqualTo(3);
        assertThat(period.afterEmploymentMonths()).isEqualTo(6);
        assertThat(period.latestEnd(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(period.latestEnd(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(period.earliestStart(LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(period.row().source()).contains("施行規則", "TR-3");
        assertThatThrownBy(() -> new RetentionSupportPeriod(NationalDataSet.on("2018-03-31")).maxYears()).isInstanceOf(RuleNotFound.class);
    }
}
