package jp.tsunagu.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PostgreSQL clusters of the embedded binaries as directories: a base backup of a running one with the low-level API
 * ({@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}), a copy of one, lines added to its
 * configuration, a private directory for one, and its removal. The restore drill ({@link RestoreDrill}) restores from
 * such a backup, the standby ({@link Standby}) streams from the primary it was taken of, and the cluster command
 * ({@link ClusterDatabases}) sets both up; each starts the copy with {@link EmbeddedDatabase#startSeparate}.
 */
final class Clusters {
    /** Data directory entries a base backup leaves out (PostgreSQL's "Backing Up the Data Directory"); the directories are kept empty. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "pg_internal.init",
            "backup_label.old");

    private Clusters() {
    }

    /** The low-level base backup: start, copy the data directory while the primary runs, stop and keep its label. */
    static void baseBackup(EmbeddedDatabase primary, Path dataDir, Path target) throws SQLException {
        try (Connection c = primary.superuser(); Statement s = c.createStatement()) {
            s.execute("select pg_backup_start('restore-drill', true)");
            copyDataDirectory(dataDir, target);
            try (ResultSet rs = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
                rs.next();
                write(target.resolve("backup_label"), rs.getString(1));
                String map = rs.getString(2);
                if (map != null && !map.isBlank()) {
                    write(target.resolve("tablespace_map"), map);
                }
            }
        }
    }

    private static void copyDataDirectory(Path from, Path to) {
        try {
            createPrivate(to);
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (dir.equals(from)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path target = to.resolve(from.relativize(dir).toString());
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(dir));
                    boolean emptied = dir.getParent().equals(from) && EMPTIED.contains(dir.getFileName().toString());
                    if (emptied || dir.getFileName().toString().startsWith("pgsql_tmp")) {
                        if (dir.getFileName().toString().equals("pg_wal")) {
                            Files.createDirectories(target.resolve("archive_status"));
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String name = file.getFileName().toString();
                    if (!LEFT_OUT.contains(name) && !name.startsWith("pgsql_tmp")) {
                        try {
                            Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                        } catch (NoSuchFileException gone) {
                            // dropped while we copied: the WAL replay knows
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a stopped cluster or a base backup, permissions and times kept (a fresh cluster to start from it). */
    static void copyTree(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p));
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void createPrivate(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void appendConf(Path file, String... lines) {
        try {
            Files.writeString(file, "\n" + String.join("\n", lines) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
