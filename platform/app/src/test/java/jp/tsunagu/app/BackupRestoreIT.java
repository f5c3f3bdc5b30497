package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.TsunaguApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill at small scale (infra/backup.md): a primary with WAL archiving, migrated and provisioned by the
 * application, a low-level base backup, writes after it, and two restores into fresh clusters (to the end of the
 * archive, and to a point in time before the last writes) that must show the primary's row counts and audit chain heads
 * at that moment, with every audit chain verifying.
 */
class BackupRestoreIT {

    @Test
    @DisplayName("a base backup plus archived WAL restores every table's rows and every audit chain, to the end and to a point in time")
    void restoresFromBaseBackupAndArchive(@TempDir Path dir) {
        Path tenants = Path.of("../../tenants").toAbsolutePath().normalize();
        RestoreDrill.Report report = RestoreDrill.run(TsunaguApplication.class,
                new RestoreDrill.Settings(dir.resolve("drill"), tenants, 20, 10, false));
        System.out.print(report.text());

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.countsAtEnd().get("public.tenant")).isEqualTo(3);
        // the later writes are only in the archived WAL: the full restore has them, the point-in-time one does not
        assertThat(report.countsAtEnd().get("public.audit_record")).isGreaterThan(report.countsAtTarget().get("public.audit_record"));
        assertThat(report.full().counts()).isEqualTo(report.countsAtEnd());
        assertThat(report.pointInTime().counts()).isEqualTo(report.countsAtTarget());
        assertThat(report.full().heads()).isEqualTo(report.headsAtEnd()).isNotEmpty();
        assertThat(report.pointInTime().heads()).isEqualTo(report.headsAtTarget());
        assertThat(report.full().breaks()).isEmpty();
        assertThat(report.pointInTime().breaks()).isEmpty();
        assertThat(report.walFiles()).isPositive();
    }

    @Test
    @DisplayName("a restore with a row too few, another chain head or a broken chain is a mismatch (the command exits 1)")
    void mismatchesAreReported() {
        Map<String, Long> counts = Map.of("public.tenant", 3L, "public.audit_record", 10L);
        Map<String, String> heads = Map.of("t/tenant", "10:abc");
        List<String> found = new ArrayList<>();
        RestoreDrill.compare(new RestoreDrill.Restore("same", Duration.ZERO, counts, heads, List.of()), counts, heads, found);
        assertThat(found).isEmpty();
        RestoreDrill.compare(new RestoreDrill.Restore("short", Duration.ZERO, Map.of("public.tenant", 3L, "public.audit_record", 9L),
                Map.of("t/tenant", "9:abd"), List.of("tenant t: audit record seq 4 (id x): the record was changed after it was written")),
                counts, heads, found);
        assertThat(found).hasSize(3).anyMatch(m -> m.contains("public.audit_record has 9 rows, the primary had 10"))
                .anyMatch(m -> m.contains("audit chain t/tenant ends at 9:abd")).anyMatch(m -> m.contains("was changed"));
    }
}
