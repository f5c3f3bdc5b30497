package jp.tsunagu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.tsunagu.rules.RuleRevisions.Refused;

/**
 * Fuzzing (#25 point 6) of the rule uploads, YAML and CSV: whatever an operator uploads, the parser either accepts it
 * or refuses it with {@link Refused} (file, line, field); no other exception escapes, and a refused upload adds
 * nothing to the catalog. In the test command each target replays its seeds in
 * (raw files, read as UTF-8) {@code src/test/resources/jp/tsunagu/rules/internal/RuleUploadFuzzTestInputs/<method>/}; {@code infra/fuzz.sh} fuzzes.
 */
class RuleUploadFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @FuzzTest(maxDuration = "10s")
    void yamlVersion(byte[] input) throws Exception {
        upload("fuzz.yaml", new String(input, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10s")
    void csvVersion(byte[] input) throws Exception {
        upload("fuzz.csv", new String(input, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10s")
    void yamlTable(byte[] input) throws Exception {
        String content = new String(input, StandardCharsets.UTF_8);
        int tables = CATALOG.tables().size();
        try {
            new VersionUpload(CATALOG).table("fuzz.yaml", content, TODAY, false);
        } catch (Refused refused) {
            assertThat(refused.getMessage()).startsWith("fuzz.yaml:");
            assertThat(CATALOG.tables()).hasSize(tables);
            return;
        }
        new VersionUpload(new RuleCatalog()).table("fuzz.yaml", content, TODAY, true); // accepted once: publishes too
    }

    /** The bundled tables, loaded once (about a second); validation without publishing leaves them as they are. */
    private static final RuleCatalog CATALOG = catalog();

    private static RuleCatalog catalog() {
        try {
            return new RuleCatalog();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void upload(String file, String content) throws Exception {
        String declared = VersionUpload.declaredTable(file, content); // never throws
        int before = declared != null && CATALOG.tables().contains(declared) ? CATALOG.versions(declared).size() : -1;
        try {
            new VersionUpload(CATALOG).check(file, content, TODAY);
        } catch (Refused refused) {
            assertThat(refused.getMessage()).startsWith(file + ":");
            if (before >= 0) {
                assertThat(CATALOG.versions(declared)).hasSize(before);
            }
            return;
        }
        new VersionUpload(new RuleCatalog()).upload(file, content); // what passes the check is added without surprise
    }
}
