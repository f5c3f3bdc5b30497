package jp.tsunagu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.rules.national.MinimumWages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Operators add versions as data, without a release; a bad upload names file, line and field and changes nothing. */
class VersionUploadTest {
    private static final String CORRECTION = """
            table: minimum-wage
            effectiveFrom: 2026-10-01
            source: "FY2026 地域別最低賃金 (test correction)"
            rows:
              - {prefecture: GUNMA, yenPerHour: 1100}
            """;

    @Test
    @DisplayName("an uploaded version changes a later lookup but not an earlier one; other keys keep the previous rows")
    void correctedVersion() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        var added = new VersionUpload(catalog).upload("fy2026.yaml", CORRECTION);
        assertThat(added.effectiveFrom()).isEqualTo("2026-10-01");
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2026-10-01"))).yenPerHour(Prefecture.GUNMA)).isEqualByComparingTo("1100");
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2026-09-30"))).yenPerHour(Prefecture.GUNMA)).isEqualByComparingTo("1063");
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2026-10-01"))).yenPerHour(Prefecture.TOKYO)).isEqualByComparingTo("1226");
        assertThat(catalog.versions("minimum-wage")).extracting(v -> v.effectiveFrom().toString())
                .containsExactly("2024-10-01", "2025-10-01", "2026-10-01");
    }

    @Test
    @DisplayName("unknown table, wrong type, negative rate, the same start day, no source, malformed YAML → refused at their line")
    void refusals() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        VersionUpload upload = new VersionUpload(catalog);
        assertThatThrownBy(() -> upload.upload("a.yaml", CORRECTION.replace("minimum-wage", "maximum-wage")))
                .hasMessage("a.yaml:1: table: there is no rule table maximum-wage");
        assertThatThrownBy(() -> upload.upload("b.yaml", CORRECTION.replace("yenPerHour: 1100", "yenPerHour: lots")))
                .hasMessage("b.yaml:5: rows[0].yenPerHour: lots is not of type decimal");
        assertThatThrownBy(() -> upload.upload("c.yaml", CORRECTION.replace("yenPerHour: 1100", "yenPerHour: -1")))
                .hasMessage("c.yaml:5: rows[0].yenPerHour: a rate or amount cannot be negative: -1");
        assertThatThrownBy(() -> upload.upload("d.yaml", CORRECTION.replace("2026-10-01", "2025-10-01")))
                .hasMessageStartingWith("d.yaml:2: effectiveFrom: a version of minimum-wage already starts on 2025-10-01");
        assertThatThrownBy(() -> upload.upload("e.yaml", CORRECTION.replace("source: \"FY2026 地域別最低賃金 (test correction)\"\n", "")))
                .hasMessage("e.yaml:1: source: every version names its source");
        assertThatThrownBy(() -> upload.upload("f.yaml", CORRECTION.replace("  - {prefecture: GUNMA", "  - {prefecture: ATLANTIS")))
                .hasMessage("f.yaml:5: rows[0].prefecture: ATLANTIS is not of type prefecture");
        assertThatThrownBy(() -> upload.upload("g.yaml", "table: [minimum-wage\n")).hasMessageStartingWith("g.yaml:2: (yaml):");
        assertThat(catalog.versions("minimum-wage")).hasSize(2);
    }
}
