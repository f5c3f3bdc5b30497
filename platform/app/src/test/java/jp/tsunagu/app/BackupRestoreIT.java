package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
                new RestoreDrill.Settings(dir.resolve("drill"), tenants, 20, 10));
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
}
