package jp.tsunagu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.tsunagu.rules.national.TypeAStaffingLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A型 staffing limits from the rules, by the worked cases. */
class WorkspaceRulesTest {

    @Test
    @DisplayName("WS-1 non-employed A型 capacity: employed 20 → at most 9, 14 → 6, 22 → 10 (cap), 9 → none")
    void ws1NonEmployedCapacity() {
        TypeAStaffingLimits limits = new TypeAStaffingLimits(NationalDataSet.on("2026-04-01"));
        assertThat(limits.maxNonEmployed(20)).isEqualTo(9);
        assertThat(limits.maxNonEmployed(14)).isEqualTo(6);
        assertThat(limits.maxNonEmployed(22)).isEqualTo(10);
        assertThat(limits.maxNonEmployed(9)).isZero();
        assertThat(limits.maxNonEmployed(10)).isEqualTo(4);
    }

    @Test
    @DisplayName("WS-2 non-disabled employees: capacity 10 → 5, 20 → 10, 25 → 10, 30 → 12, 31 → 12, 45 → 13, 50 → 15")
    void ws2NonDisabledEmployees() {
        TypeAStaffingLimits limits = new TypeAStaffingLimits(NationalDataSet.on("2026-04-01"));
        assertThat(limits.maxNonDisabledEmployees(10)).isEqualTo(5);
        assertThat(limits.maxNonDisabledEmployees(20)).isEqualTo(10);
        assertThat(limits.maxNonDisabledEmployees(25)).isEqualTo(10);
        assertThat(limits.maxNonDisabledEmployees(30)).isEqualTo(12);
        assertThat(limits.maxNonDisabledEmployees(31)).isEqualTo(12);
        assertThat(limits.maxNonDisabledEmployees(45)).isEqualTo(13);
        assertThat(limits.maxNonDisabledEmployees(50)).isEqualTo(15);
        assertThatThrownBy(() -> limits.maxNonDisabledEmployees(9)).isInstanceOf(RuleNotFound.class).hasMessageContaining("capacity 9");
        assertThatThrownBy(() -> new TypeAStaffingLimits(NationalDataSet.on("2024-03-31")).maxNonEmployed(20))
                .isInstanceOf(RuleNotFound.class).hasMessageContaining(TypeAStaffingLimits.TABLE);
    }
}
