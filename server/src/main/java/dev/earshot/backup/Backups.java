package dev.earshot.backup;

import dev.earshot.store.DuckDbWarehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;

/**
 * Backups of the database (DESIGN §3): a backup is a folder holding one DuckDB file, {@value #FILE}, written by
 * the running server as a job of its one writer (a consistent moment while ingest goes on), and a restore copies
 * that file to where a stopped server will open it.
 */
public final class Backups {
    public static final String FILE = "earshot.duckdb";

    private final DuckDbWarehouse warehouse;
    private final Clock clock;

    public Backups(DuckDbWarehouse warehouse, Clock clock) {
        this.warehouse = warehouse;
        this.clock = clock;
    }

    /** What one backup wrote. */
    public record Backup(String path, Instant takenAt, long events, long bytes) {
    }

    /** Backs up into {@code dir} (made if missing), which must not hold a backup already. */
    public Backup backUp(Path dir) {
        if (!dir.isAbsolute()) {
            throw new IllegalArgumentException("the backup folder must be an absolute path on the server, got '" + dir + "'");
        }
        Path target = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            if (Files.exists(target)) {
                throw new IllegalArgumentException("the folder " + dir + " already holds a backup: choose a new one");
            }
            Instant at = clock.instant();
            warehouse.snapshot(target);
            long events;
            try (DuckDbWarehouse copy = DuckDbWarehouse.open(target, "256MB", clock)) {
                events = copy.countEvents();
            }
            return new Backup(target.toString(), at, events, Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Copies the backup in {@code from} to {@code db}; an existing file is replaced only when {@code force}. */
    public static Path restore(Path from, Path db, boolean force) {
        Path source = Files.isDirectory(from) ? from.resolve(FILE) : from;
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("no backup at " + from + " (expected " + source + ")");
        }
        if (!force && (Files.exists(db) || Files.exists(Path.of(db + ".wal")))) {
            throw new IllegalArgumentException(db + " exists: restoring would overwrite it; add --force to replace it");
        }
        try {
            Path parent = db.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve(db.getFileName() + ".restoring");
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(Path.of(db + ".wal"));
            Files.move(partial, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore into " + db + ": " + e.getMessage(), e);
        }
    }
}
