package jp.tsunagu.workspace.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttendanceRoundingTest {

    @Test
    @DisplayName("WS-6: 09:58-15:07, break 45, start up to 15 min and end down to 15 min → 10:00-15:00, 255 minutes")
    void ws6() {
        AttendanceRounding rounding = new AttendanceRounding("UP_15", "DOWN_15");
        assertThat(rounding.roundStart(LocalTime.of(9, 58))).isEqualTo("10:00");
        assertThat(rounding.roundEnd(LocalTime.of(15, 7))).isEqualTo("15:00");
        assertThat(rounding.minutes(LocalTime.of(9, 58), LocalTime.of(15, 7), 45)).isEqualTo(255);
    }

    @Test
    @DisplayName("without rounding (the national default) the minutes are exact: 09:58-15:07 less 45 → 264")
    void none() {
        AttendanceRounding rounding = new AttendanceRounding("NONE", "NONE");
        assertThat(rounding.minutes(LocalTime.of(9, 58), LocalTime.of(15, 7), 45)).isEqualTo(264);
        assertThat(rounding.roundStart(LocalTime.of(10, 0))).isEqualTo("10:00");
        assertThat(new AttendanceRounding("UP_15", "NONE").roundStart(LocalTime.of(10, 0))).isEqualTo("10:00");
    }
}
