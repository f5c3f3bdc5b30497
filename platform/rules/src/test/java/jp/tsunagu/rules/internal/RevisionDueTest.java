package jp.tsunagu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.national.MinimumWages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each table says how it is revised; the product knows when a version is due and warns once that date passes
 * with none loaded, in the trail of every figure computed for a later date too.
 */
class RevisionDueTest {
    private static final String FY2027 = """
            table: minimum-wage
            effectiveFrom: 2027-10-01
            source: "FY2027 地域別最低賃金 (test version)"
            rows:
              - {prefecture: GUNMA, yenPerHour: 1180}
            """;

    @Test
    @DisplayName("due dates from the declared cadences: minimum wage 2027-10-01, withholding 2028-01-01, rewards 2027-04-01, "
            + "health 2027-03-01, social insurance rates 2027-03-01 (care) then 2027-04-01 (levy); no date for laws")
    void dueDates() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        assertThat(catalog.revision("minimum-wage").due()).isEqualTo("2027-10-01");
        assertThat(catalog.revision("minimum-wage").latest()).isEqualTo("2026-10-01");
        assertThat(catalog.revision("withholding-monthly").due()).isEqualTo("2028-01-01");
        assertThat(catalog.revision("employment-insurance-rate").due()).isEqualTo("2027-04-01");
        assertThat(catalog.revision("health-insurance-rate").due()).isEqualTo("2027-03-01");
        assertThat(catalog.revision("social-insurance-rate").due()).isEqualTo("2027-03-01");
        assertThat(catalog.revision("type-b-base-units").due()).isEqualTo("2027-04-01");
        assertThat(catalog.revision("pay-improvement-addition").due()).isEqualTo("2027-04-01");
        assertThat(catalog.revision("social-insurance-eligibility").due()).isNull();
        assertThat(catalog.dueOn(LocalDate.parse("2026-12-05"))).isEmpty();
        assertThat(catalog.dueOn(LocalDate.parse("2027-03-01"))).extracting(r -> r.table())
                .containsExactly("health-insurance-rate", "social-insurance-rate");
        new VersionUpload(catalog).upload("care.yaml", """
                table: social-insurance-rate
                effectiveFrom: 2027-03-01
                source: "FY2027 care rate (test version)"
                rows:
                  - {component: LONG_TERM_CARE, premium: HEALTH, levied: true, ratePercent: 1.7, minAge: 40, maxAge: 64}
                """);
        assertThat(catalog.revision("social-insurance-rate").due()).isEqualTo("2027-04-01");
    }

    @Test
    @DisplayName("on 2027-10-05 with no FY2027 version the minimum wage is due, says so in Japanese "
            + "and English, and a lookup's trail carries the warning; loading the version takes it away")
    void staleThenLoaded() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        LocalDate today = LocalDate.parse("2027-10-05");
        assertThat(catalog.dueOn(today)).extracting(r -> r.table()).contains("minimum-wage");
        var revision = catalog.revision("minimum-wage");
        assertThat(revision.title(Locale.JAPANESE)).isEqualTo("地域別最低賃金");
        assertThat(revision.expected(Locale.JAPANESE)).isEqualTo("令和9年度");
        assertThat(revision.messageArguments(Locale.JAPANESE)).containsExactly("地域別最低賃金", "令和9年度",
                "令和9年10月1日 (2027-10-01)", "令和8年10月1日 (2026-10-01)");
        assertThat(revision.messageArguments(Locale.ENGLISH)).containsExactly("Minimum wage by prefecture", "FY2027",
                "令和9年10月1日 (2027-10-01)", "令和8年10月1日 (2026-10-01)");

        var traced = catalog.traced(today);
        assertThat(new MinimumWages(traced).yenPerHour(Prefecture.GUNMA)).isEqualTo(Yen.of(1120));
        assertThat(traced.trail().warnings()).extracting(RuleTrail.Entry::name, RuleTrail.Entry::newVersionDue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("minimum-wage", LocalDate.parse("2027-10-01")));
        var before = catalog.traced(LocalDate.parse("2027-09-30"));
        new MinimumWages(before).yenPerHour(Prefecture.GUNMA);
        assertThat(before.trail().warnings()).isEmpty();

        new VersionUpload(catalog).upload("fy2027.yaml", FY2027);
        assertThat(catalog.dueOn(today)).extracting(r -> r.table()).doesNotContain("minimum-wage");
        var after = catalog.traced(today);
        assertThat(new MinimumWages(after).yenPerHour(Prefecture.GUNMA)).isEqualTo(Yen.of(1180));
        assertThat(after.trail().warnings()).isEmpty();
        assertThat(catalog.revision("minimum-wage").due()).isEqualTo("2028-10-01");
    }

    @Test
    @DisplayName("bad input: a prefecture left without a rate, a cadence that cannot be read, a new table already due → "
            + "refused naming file, line and field; nothing added")
    void refusals() throws Exception {
        RuleCatalog catalog = new RuleCatalog();
        VersionUpload upload = new VersionUpload(catalog);
        assertThatThrownBy(() -> upload.check("empty.yaml", FY2027.replace("yenPerHour: 1180", "yenPerHour: null"),
                LocalDate.parse("2026-12-05")))
                .hasMessageStartingWith("empty.yaml:5: rows[0].yenPerHour: is required: [GUNMA] would be left without a rule");
        assertThatThrownBy(() -> upload.check("cadence.yaml", FY2027 + "revision: {every: MONTHLY}\n", LocalDate.parse("2026-12-05")))
                .hasMessage("cadence.yaml:6: revision.every: cannot be read: MONTHLY (one of FISCAL_YEAR, CALENDAR_YEAR, REVISION, WHEN_AMENDED)");
        assertThatThrownBy(() -> upload.check("day.yaml", FY2027 + "revision: {every: FISCAL_YEAR, from: [13-01]}\n", LocalDate.parse("2026-12-05")))
                .hasMessage("day.yaml:6: revision.from: cannot be read: 13-01 (a month and day, MM-DD, e.g. 10-01)");
        String table = """
                table: test-bonus
                title: テスト加算 / Test bonus
                key: [kind]
                columns:
                  kind: enum:A|B
                  units: integer
                revision: {every: FISCAL_YEAR, from: ["04-01"]}
                versions:
                  - effectiveFrom: %s
                    source: "test notice"
                    rows:
                      - {kind: A, units: 10}
                """;
        assertThatThrownBy(() -> upload.table("bonus.yaml", table.formatted("2025-04-01"), LocalDate.parse("2026-12-05"), true))
                .hasMessageStartingWith("bonus.yaml:7: revision: the next version would be due on 2026-04-01, which is not after today (2026-12-05)");
        assertThatThrownBy(() -> upload.table("bonus.yaml", table.formatted("2026-04-01").replace("FISCAL_YEAR", "YEARLY"),
                LocalDate.parse("2026-12-05"), true))
                .hasMessageStartingWith("bonus.yaml:7: revision.every: cannot be read: YEARLY");
        assertThat(catalog.tables()).doesNotContain("test-bonus");
        assertThat(catalog.versions("minimum-wage")).hasSize(3);
        assertThat(upload.table("bonus.yaml", table.formatted("2026-04-01"), LocalDate.parse("2026-12-05"), true)).isEqualTo("test-bonus");
        assertThat(catalog.revision("test-bonus").due()).isEqualTo("2027-04-01");
        assertThat(catalog.on(LocalDate.parse("2026-12-05")).row("test-bonus", "A").integer("units")).isEqualTo(10);
    }
}
