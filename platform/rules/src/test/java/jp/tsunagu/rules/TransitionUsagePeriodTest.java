package jp.tsunagu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.tsunagu.rules.national.TransitionUsagePeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransitionUsagePeriodTest {

    @Test
    @DisplayName("TR-1's figures as data: 24 months standard, at most 12 of extension, warnings after 18 and 22 months, from 2006-10-01 (the service began then) with the 施行規則 as source; nothing before")
    void tr1Figures() {
        TransitionUsagePeriod period = new TransitionUsagePeriod(NationalDataSet.on("2025-04-15"));
        assertThat(new TransitionUsagePeriod(NationalDataSet.on("2023-06-01")).standardMonths()).isEqualTo(24);
        assertThat(period.standardMonths()).isEqualTo(24);
        assertThat(period.maxExtensionMonths()).isEqualTo(12);
        assertThat(period.firstWarningMonths()).isEqualTo(18);
        assertThat(period.secondWarningMonths()).isEqualTo(22);
        assertThat(period.row().source()).contains("施行規則 第6条の8", "TR-1");
        assertThatThrownBy(() -> new TransitionUsagePeriod(NationalDataSet.on("2006-09-30")).standardMonths()).isInstanceOf(RuleNotFound.class);
    }
}
