package dev.earshot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses writes while the folder holding the database cannot be written ({@link #unwritable}), and writes that
 * add data while the disk holding the database has less than {@code minFreeBytes} free (0 turns it off),
 * so that the database never meets a full disk mid-commit: DuckDB invalidates a database whose checkpoint
 * fails, and a refused request is cheaper to retry than a reopened file.
 */
public record DiskGuard(Path folder, long minFreeBytes) {
    public static final long DEFAULT_MIN_FREE_BYTES = 1L << 30;

    /** Bytes a write may still use on the database's disk, or -1 when the file system does not say. */
    public long freeBytes() {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Empty when there is room; otherwise the refusal to throw. */
    public java.util.Optional<StoreUnavailableException> refusal() {
        if (minFreeBytes <= 0) {
            return java.util.Optional.empty();
        }
        long free = freeBytes();
        if (free < 0 || free >= minFreeBytes) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StoreUnavailableException(WriteFault.DISK_FULL, "the disk holding the database has "
                + mib(free) + " MiB free, below the " + mib(minFreeBytes) + " MiB kept free (--min-free-disk):"
                + " nothing was stored; retry once space is freed"));
    }

    /**
     * Empty while the folder holding the database can be written; otherwise the refusal to throw. DuckDB creates
     * and removes the write-ahead log beside the file, so a folder that cannot be written fails the next commit
     * (or the checkpoint after it) although the file itself is writable: such writes are refused before they start.
     */
    public java.util.Optional<StoreUnavailableException> unwritable() {
        if (Files.isWritable(folder)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StoreUnavailableException(WriteFault.NOT_WRITABLE, "the folder holding the"
                + " database (" + folder + ") cannot be written, so its write-ahead log cannot be created or removed:"
                + " nothing was stored; retry once the folder is writable"));
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }
}
