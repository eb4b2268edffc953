package dev.earshot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DuckDB file and the state of its health. Every write runs on the {@link WriterThread} on the writer
 * connection; readers duplicate the root connection. A storage fault (full disk, unwritable log, a database
 * DuckDB has invalidated) marks the file failed: writes are refused at once, and the writer reopens the file
 * and checks it can write both the file and its log before taking writes again — no restart needed.
 */
final class DuckDbFile implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DuckDbFile.class);
    /** DuckDB's own checkpoint inside a commit only past this much log (see {@link DuckDbWarehouse}). */
    static final String COMMIT_CHECKPOINT_THRESHOLD = "256MB";
    /** How often a failed file is tried again. */
    static final long REOPEN_EVERY_MS = 1_000;

    /** The connections of one open database: the root that readers duplicate, and the writer's. */
    record Handles(DuckDBConnection root, DuckDBConnection writer) {
        void closeQuietly() {
            for (Connection c : new Connection[] {writer, root}) {
                try {
                    c.close();
                } catch (SQLException | RuntimeException e) {
                    LOG.debug("closing a failed database connection", e);
                }
            }
        }
    }

    /** A write job on the writer connection, which is in auto-commit mode: a job that needs a transaction opens one. */
    @FunctionalInterface
    interface Job<T> {
        T run(DuckDBConnection writer) throws SQLException;
    }

    private final Path file;
    private final String memoryLimit;
    private final DiskGuard guard;
    private final Clock clock;
    private final WriterThread thread = new WriterThread("earshot-db-writer");
    private final Map<WriteFault, AtomicLong> failures = new EnumMap<>(WriteFault.class);
    private volatile Handles handles;
    /** Reads hold the read side; a compaction, which swaps the file under them, the write side. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile StoreHealth health = StoreHealth.WRITABLE;
    private volatile boolean closed;
    private long lastReopen;

    private DuckDbFile(Path file, String memoryLimit, DiskGuard guard, Clock clock, Handles handles) {
        this.file = file;
        this.memoryLimit = memoryLimit;
        this.guard = guard;
        this.clock = clock;
        this.handles = handles;
        for (WriteFault f : WriteFault.values()) {
            failures.put(f, new AtomicLong());
        }
    }

    static DuckDbFile open(Path file, String memoryLimit, long minFreeBytes) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            Handles handles = connect(absolute, memoryLimit);
            try {
                Schema.migrate(handles.writer());
                RuleViews.define(handles.writer());
                WriteProbe.run(handles.writer());
            } catch (SQLException e) {
                handles.closeQuietly();
                WriteFault fault = WriteFault.of(e);
                throw new WarehouseException("cannot write the database " + file + " or its write-ahead log "
                        + file + ".wal: " + fault.reason() + " (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
            }
            return new DuckDbFile(absolute, memoryLimit, new DiskGuard(parent, minFreeBytes), Clock.systemUTC(), handles);
        } catch (UnsatisfiedLinkError e) {
            throw new WarehouseException("could not load DuckDB's native library from java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "); if that folder is mounted noexec, start with"
                    + " -Djava.io.tmpdir=<an exec-allowed folder>", e);
        } catch (SQLException | IOException e) {
            throw new WarehouseException("could not open the database " + file + ": " + e.getMessage()
                    + " (only one process may open a DuckDB file for writing: is another Earshot running on it?)", e);
        }
    }

    private static Handles connect(Path file, String memoryLimit) throws SQLException {
        DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
        try (Statement st = root.createStatement()) {
            st.execute("SET checkpoint_threshold = '" + COMMIT_CHECKPOINT_THRESHOLD + "'");
            // No checkpoint behind our back when the last connection closes: a database whose commit failed on a
            // full disk (its rollback failing too) holds the failed rows in memory, and closing it to reopen wrote
            // them into the file with wrong event ids once a little space was back — 2,000 refused rows stored,
            // under the ids of acknowledged ones (measured, two of two runs). close() checkpoints a healthy file itself.
            st.execute("PRAGMA disable_checkpoint_on_shutdown");
            if (memoryLimit != null) {
                st.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");
            }
            return new Handles(root, (DuckDBConnection) root.duplicate());
        } catch (SQLException e) {
            root.close();
            throw e;
        }
    }

    /**
     * Opens a transaction on the writer connection. The JDBC driver begins one lazily, at the next statement, and
     * the Appender does not count: alone it would commit every 2,048 rows on its own, so that a failed group left
     * part of its events stored although their requests were refused (measured). Hence the first statement here.
     */
    static void begin(DuckDBConnection writer) throws SQLException {
        writer.setAutoCommit(false);
        try (Statement st = writer.createStatement()) {
            st.execute("SELECT 1");
        }
    }

    static void commit(DuckDBConnection writer) throws SQLException {
        writer.commit();
        writer.setAutoCommit(true);
    }

    Path wal() {
        return Path.of(file + ".wal");
    }

    /**
     * Runs {@code job} on the writer thread. Refused at once (nothing done) while the file is failed and cannot be
     * reopened yet; a storage fault during the job marks the file failed. {@code guarded} jobs (those that add
     * data) are also refused while the disk guard says the disk is low.
     */
    <T> T write(String what, boolean guarded, Job<T> job) {
        return thread.run(() -> writeNow(what, guarded, job));
    }

    /** {@link #write}, queued: answers at once, and the job runs before any write queued after this call. */
    <T> java.util.concurrent.CompletableFuture<T> writeLater(String what, boolean guarded, Job<T> job) {
        return thread.submit(() -> writeNow(what, guarded, job));
    }

    private <T> T writeNow(String what, boolean guarded, Job<T> job) throws SQLException {
        requireWritable(guarded);
        DuckDBConnection writer = handles.writer();
        try {
            return job.run(writer);
        } catch (SQLException e) {
            throw failed(what, e, writer);
        } catch (RuntimeException e) {
            restore(writer);
            throw e;
        }
    }

    /** Throws the refusal a write would meet now, without queueing anything. */
    void checkWritable() {
        StoreHealth now = health;
        if (!now.writable()) {
            throw new StoreUnavailableException(now.fault(), now.reason() + ": nothing was stored; retry after a pause");
        }
        guard.unwritable().ifPresent(r -> {
            throw r;
        });
        guard.refusal().ifPresent(r -> {
            throw r;
        });
    }

    private void requireWritable(boolean guarded) {
        if (closed) {
            throw new StoreUnavailableException(WriteFault.OTHER, "the server is shutting down: nothing was stored");
        }
        if (!health.writable()) {
            reopenIfDue();
        }
        if (!health.writable()) {
            checkWritable();
        }
        guard.unwritable().ifPresent(r -> {
            throw r;
        });
        if (guarded) {
            guard.refusal().ifPresent(r -> {
                throw r;
            });
        }
    }

    /** Called by the writer when idle: a failed file is tried again, so that it recovers without traffic. */
    void maintain() {
        if (!health.writable() && !closed) {
            thread.run(() -> {
                reopenIfDue();
                return null;
            });
        }
    }

    private void reopenIfDue() {
        long now = clock.millis();
        if (now - lastReopen < REOPEN_EVERY_MS) {
            return;
        }
        lastReopen = now;
        // No reader may hold a connection of the old database while the new one opens: DuckDB keeps a database
        // alive while any connection of it is open, and two live databases over one file (the old one checkpointing
        // its stale state when its last reader closes) stored acknowledged events twice (measured on a full disk).
        // A read that does not finish in time leaves the reopen to the next attempt.
        try {
            if (!swap.writeLock().tryLock(REOPEN_EVERY_MS, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            reopen();
        } finally {
            swap.writeLock().unlock();
        }
    }

    private void reopen() {
        handles.closeQuietly();
        try {
            Handles reopened = connect(file, memoryLimit);
            try {
                WriteProbe.run(reopened.writer());
            } catch (SQLException e) {
                reopened.closeQuietly();
                throw e;
            }
            handles = reopened;
            LOG.warn("database {} reopened and writable again after: {}", file, health.reason());
            health = StoreHealth.WRITABLE;
        } catch (SQLException e) {
            WriteFault fault = WriteFault.of(e);
            WriteFault still = fault == WriteFault.OTHER ? health.fault() : fault;
            health = StoreHealth.failed(still, still.reason(), health.since());
            LOG.debug("database {} still not writable: {}", file, e.getMessage());
        }
    }

    private RuntimeException failed(String what, SQLException e, DuckDBConnection writer) {
        restore(writer);
        WriteFault fault = WriteFault.of(e);
        if (fault == WriteFault.INVALIDATED || fault == WriteFault.IO_ERROR) {
            // The original cause rides inside DuckDB's message; the disk says it more plainly.
            long free = guard.freeBytes();
            if (free >= 0 && free < (1L << 20)) {
                fault = WriteFault.DISK_FULL;
            }
        }
        failures.get(fault).incrementAndGet();
        LOG.error("{} failed ({}): {}", what, fault.wire(), e.getMessage());
        if (fault.needsReopen()) {
            if (health.writable()) {
                health = StoreHealth.failed(fault, fault.reason(), clock.instant());
            }
            lastReopen = clock.millis();
            return new StoreUnavailableException(fault, fault.reason() + ": nothing was stored; retry after a pause");
        }
        if (fault == WriteFault.CONFLICT) {
            return new StoreUnavailableException(fault, fault.reason() + ": nothing was stored; retry");
        }
        return new WarehouseException(what + " failed: " + e.getMessage(), e);
    }

    /** After a failed job: no transaction may stay open on the writer connection, and it is back in auto-commit. */
    private static void restore(DuckDBConnection writer) {
        try {
            if (!writer.getAutoCommit()) {
                writer.rollback();
                writer.setAutoCommit(true);
            } else {
                try (Statement st = writer.createStatement()) {
                    st.execute("ROLLBACK");
                }
            }
        } catch (SQLException e) {
            LOG.debug("nothing to roll back", e);
        }
    }

    /**
     * Rewrites the file from its live rows only, so that nothing deleted (an erased listener) survives in free
     * blocks or the log: a job of the writer, which checkpoints, copies every table into a fresh file beside
     * this one, closes both, moves the fresh file over this one atomically and reopens it. Reads wait meanwhile
     * (they hold {@link #swap}'s read side). Answers the file's size before and after.
     */
    long[] compact() {
        return thread.run(() -> {
            requireWritable(false);
            Path fresh = Path.of(file + ".compacting");
            swap.writeLock().lock();
            try {
                Files.deleteIfExists(fresh);
                Files.deleteIfExists(Path.of(fresh + ".wal"));
                long before = Files.size(file) + (Files.exists(wal()) ? Files.size(wal()) : 0);
                Handles h = handles;
                try (Statement st = h.writer().createStatement()) {
                    st.execute("CHECKPOINT");
                    copyInto(st, fresh);
                } catch (SQLException e) {
                    Files.deleteIfExists(fresh);
                    throw failed("compaction", e, h.writer());
                }
                h.closeQuietly();
                Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(wal());
                Files.deleteIfExists(Path.of(fresh + ".wal"));
                try {
                    Handles reopened = connect(file, memoryLimit);
                    WriteProbe.run(reopened.writer());
                    handles = reopened;
                } catch (SQLException e) {
                    health = StoreHealth.failed(WriteFault.of(e), "the compacted database could not be reopened",
                            clock.instant());
                    throw new StoreUnavailableException(WriteFault.of(e), "the compacted database could not be"
                            + " reopened: retry after a pause");
                }
                long after = Files.size(file) + (Files.exists(wal()) ? Files.size(wal()) : 0);
                LOG.info("database {} compacted: {} bytes before, {} after", file, before, after);
                return new long[] {before, after};
            } finally {
                swap.writeLock().unlock();
            }
        });
    }

    /**
     * Copies every table into a new database file {@code target} as a job of the writer: between two commits, so
     * the copy is one consistent moment of the file while ingest goes on around it (it waits in the queue).
     */
    void snapshot(Path target) {
        thread.run(() -> {
            requireWritable(false);
            DuckDBConnection writer = handles.writer();
            try (Statement st = writer.createStatement()) {
                copyInto(st, target);
            } catch (SQLException e) {
                throw failed("backup", e, writer);
            }
            return null;
        });
    }

    /** Every table of the open database into a fresh file, checkpointed and closed (no log left beside it). */
    private static void copyInto(Statement st, Path target) throws SQLException {
        String name;
        try (var rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            name = rs.getString(1);
        }
        st.execute("ATTACH '" + target.toString().replace("'", "''") + "' AS earshot_copy");
        try {
            st.execute("COPY FROM DATABASE \"" + name.replace("\"", "\"\"") + "\" TO earshot_copy");
            st.execute("CHECKPOINT earshot_copy");
        } finally {
            st.execute("DETACH earshot_copy");
        }
    }

    /** Runs a read on a connection of its own. */
    <T> T read(SqlReader.Query<T> query) {
        if (closed) {
            throw new WarehouseException("the warehouse is closed", null);
        }
        swap.readLock().lock();
        try (Connection conn = handles.root().duplicate()) {
            return query.run(conn);
        } catch (SQLException e) {
            if (!health.writable()) {
                throw new StoreUnavailableException(health.fault(), health.reason() + "; reads resume once it is reopened");
            }
            throw new WarehouseException("query failed: " + e.getMessage(), e);
        } finally {
            swap.readLock().unlock();
        }
    }

    StoreHealth health() {
        if (closed) {
            return StoreHealth.failed(WriteFault.OTHER, "the database is closed", null);
        }
        StoreHealth now = health;
        if (now.writable()) {
            var frozen = guard.unwritable();
            if (frozen.isPresent()) {
                return StoreHealth.failed(WriteFault.NOT_WRITABLE, frozen.get().getMessage(), null);
            }
            var low = guard.refusal();
            if (low.isPresent()) {
                return StoreHealth.failed(WriteFault.DISK_FULL, low.get().getMessage(), null);
            }
        }
        return now;
    }

    /** Failed writes so far, by cause. */
    long failures(WriteFault fault) {
        return failures.get(fault).get();
    }

    /** Checkpoints (when the file is healthy) so that the next start need not replay the log, then closes. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            thread.run(() -> {
                closed = true;
                Handles h = handles;
                try {
                    if (health.writable()) {
                        try (Statement st = h.writer().createStatement()) {
                            st.execute("CHECKPOINT");
                        } catch (SQLException e) {
                            // Nothing committed is lost: the log stays beside the file and the next start replays it.
                            LOG.warn("closing checkpoint of {} failed ({}); the write-ahead log is kept and replayed at"
                                    + " the next start", file, WriteFault.of(e).reason());
                        }
                    }
                } finally {
                    h.closeQuietly();
                }
                return null;
            });
        } finally {
            thread.close();
        }
    }
}
