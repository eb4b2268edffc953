package dev.earshot.store;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Why a write failed, as far as we can tell. DuckDB reports storage faults only in its messages, so they are
 * read here, once, at the edge of the store, and travel on as this type.
 */
public enum WriteFault {
    /** No space left on the device holding the file or its write-ahead log. */
    DISK_FULL("disk_full", "the disk holding the database is full"),
    /** The file, its folder or the write-ahead log cannot be written (permissions, read-only mount). */
    NOT_WRITABLE("not_writable", "the database file or its write-ahead log cannot be written"),
    /** Another storage error (an I/O error while writing). */
    IO_ERROR("io_error", "the database could not write to its disk"),
    /** DuckDB gave up on the database after a fatal error; only reopening the file recovers. */
    INVALIDATED("invalidated", "the database stopped after a storage failure"),
    /** A write transaction conflicted with another one. */
    CONFLICT("conflict", "the write conflicted with another write"),
    /** Anything else the database refused. */
    OTHER("other", "the database refused the write");

    private final String wire;
    private final String reason;

    WriteFault(String wire, String reason) {
        this.wire = wire;
        this.reason = reason;
    }

    public String wire() {
        return wire;
    }

    /** A sentence for people: what is wrong, never naming the engine. */
    public String reason() {
        return reason;
    }

    /** Storage faults leave the open database untrustworthy: the writer reopens the file before writing again. */
    boolean needsReopen() {
        return this != CONFLICT && this != OTHER;
    }

    static WriteFault of(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("no space left") || m.contains("disk is full") || m.contains("disk quota")) {
            return DISK_FULL;
        }
        if (m.contains("permission denied") || m.contains("operation not permitted") || m.contains("read-only file system")
                || m.contains("cannot open file") || m.contains("read-only mode")) {
            return NOT_WRITABLE;
        }
        if (m.contains("invalidated") || m.contains("fatal")) {
            return INVALIDATED;
        }
        if (m.contains("could not write") || m.contains("io error") || m.contains("failed to commit")
                || m.contains("input/output")) {
            return IO_ERROR;
        }
        if (m.contains("conflict") || m.contains("other write transactions")) {
            return CONFLICT;
        }
        return OTHER;
    }
}
