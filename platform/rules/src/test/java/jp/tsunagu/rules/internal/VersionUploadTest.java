package jp.tsunagu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.national.MinimumWages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Operators add versions as data, without a release; a bad upload names file, line and field and changes nothing. */
class VersionUploadTest {
    private static final String CORRECTION = """
            table: minimum-wage
            effectiveFrom: 2027-10-01
            source: "FY2027 地域別最低賃金 (test version)"
            rows:
              - {prefecture: GUNMA, yenPerHour: 1100}
            """;

    @Test
    @DisplayName("an uploaded version changes a later lookup but not an earlier one; other keys keep the previous rows")
    void correctedVersion() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        var added = new VersionUpload(catalog).upload("fy2027.yaml", CORRECTION);
        assertThat(added.effectiveFrom()).isEqualTo("2027-10-01");
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2027-10-01"))).yenPerHour(Prefecture.GUNMA)).isEqualTo(Yen.of(1100));
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2027-09-30"))).yenPerHour(Prefecture.GUNMA)).isEqualTo(Yen.of(1120));
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2027-10-01"))).yenPerHour(Prefecture.TOKYO)).isEqualTo(Yen.of(1280));
        assertThat(catalog.versions("minimum-wage")).extracting(v -> v.effectiveFrom().toString())
                .containsExactly("2024-10-01", "2025-10-01", "2026-10-01", "2027-10-01");
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
        assertThatThrownBy(() -> upload.upload("d.yaml", CORRECTION.replace("2027-10-01", "2025-10-01")))
                .hasMessageStartingWith("d.yaml:2: effectiveFrom: a version of minimum-wage already starts on 2025-10-01");
        assertThatThrownBy(() -> upload.upload("e.yaml", CORRECTION.replace("source: \"FY2027 地域別最低賃金 (test version)\"\n", "")))
                .hasMessage("e.yaml:1: source: every version names its source");
        assertThatThrownBy(() -> upload.upload("f.yaml", CORRECTION.replace("  - {prefecture: GUNMA", "  - {prefecture: ATLANTIS")))
                .hasMessage("f.yaml:5: rows[0].prefecture: ATLANTIS is not of type prefecture");
        assertThatThrownBy(() -> upload.upload("g.yaml", "table: [minimum-wage\n")).hasMessageStartingWith("g.yaml:2: (yaml):");
        assertThat(catalog.versions("minimum-wage")).hasSize(3);
    }

    private static final String CSV = """
            # table: minimum-wage
            # effectiveFrom: 2027-10-01
            # source: "令和9年度地域別最低賃金, test version, as CSV"
            prefecture,yenPerHour,from
            GUNMA,1100,
            TOKYO,"1,290",2027-10-03
            """;

    @Test
    @DisplayName("a version uploaded as CSV (metadata lines, a header, rows) is read like YAML: rows, row dates, source")
    void csvVersion() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        var added = new VersionUpload(catalog).upload("fy2027.csv", CSV.replace("\"1,290\"", "1290"));
        assertThat(added.source()).isEqualTo("\"令和9年度地域別最低賃金, test version, as CSV\"");
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2027-10-01"))).yenPerHour(Prefecture.GUNMA)).isEqualTo(Yen.of(1100));
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2027-10-02"))).yenPerHour(Prefecture.TOKYO)).isEqualTo(Yen.of(1280));
        assertThat(new MinimumWages(catalog.on(LocalDate.parse("2027-10-03"))).yenPerHour(Prefecture.TOKYO)).isEqualTo(Yen.of(1290));
    }

    @Test
    @DisplayName("a bad CSV is refused naming file, line and field: wrong type, missing source, field count, no header")
    void csvRefusals() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        VersionUpload upload = new VersionUpload(catalog);
        assertThatThrownBy(() -> upload.upload("a.csv", CSV)).hasMessage("a.csv:6: rows[1].yenPerHour: 1,290 is not of type decimal");
        assertThatThrownBy(() -> upload.upload("b.csv", CSV.replace("# source: \"令和9年度地域別最低賃金, test version, as CSV\"\n", "")))
                .hasMessage("b.csv:1: source: every version names its source");
        assertThatThrownBy(() -> upload.upload("c.csv", CSV.replace("GUNMA,1100,", "GUNMA,1100")))
                .hasMessage("c.csv:5: rows[0]: 2 fields, but the header names 3");
        assertThatThrownBy(() -> upload.upload("d.csv", "# table: minimum-wage\n"))
                .hasMessageStartingWith("d.csv:2: (csv): a header line naming the columns is required");
        assertThatThrownBy(() -> upload.upload("e.csv", CSV.replace("GUNMA,1100,", "GUNMA,-5,")))
                .hasMessage("e.csv:5: rows[0].yenPerHour: a rate or amount cannot be negative: -5");
        assertThatThrownBy(() -> upload.upload("f.csv", CSV.replace("\"1,290\"", "1290").replace("# effectiveFrom: 2027-10-01", "# effectiveFrom: 2025-10-01")))
                .hasMessageStartingWith("f.csv:2: effectiveFrom: a version of minimum-wage already starts on 2025-10-01");
        assertThat(catalog.versions("minimum-wage")).hasSize(3);
    }

    @Test
    @DisplayName("a table that requires continuity refuses a version that drops a key of the one before it (a gap)")
    void continuity() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        VersionUpload upload = new VersionUpload(catalog);
        String gap = """
                table: monitoring-interval
                effectiveFrom: 2027-04-01
                source: "a revision that forgets 就労移行"
                rows:
                  - {serviceType: TYPE_B, months: 6}
                """;
        assertThatThrownBy(() -> upload.upload("gap.yaml", gap))
                .hasMessageStartingWith("gap.yaml:2: effectiveFrom: key [TRANSITION] of the version from 2024-04-01 is missing")
                .hasMessageContaining("requires continuity");
        assertThat(catalog.versions("monitoring-interval")).hasSize(1);
    }
}
