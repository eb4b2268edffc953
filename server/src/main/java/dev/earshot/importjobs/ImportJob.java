package dev.earshot.importjobs;

import dev.earshot.imports.ImportSummary;
import dev.earshot.imports.ImportTally;

import java.time.Instant;

/**
 * One import, running or finished, as {@code GET /v1/imports/{id}} shows it: its state, how far it has got
 * (files done of files given, the file being read) and its summary so far.
 */
public final class ImportJob {
    /** Where an import stands. */
    public enum State { QUEUED, RUNNING, DONE, FAILED, INTERRUPTED }

    private final String id;
    private final ImportRequest request;
    private final ImportTally tally = new ImportTally();
    private final Instant createdAt;
    private volatile State state = State.QUEUED;
    private volatile int filesTotal;
    private volatile int filesDone;
    private volatile String currentFile;
    private volatile String error;
    private volatile Instant finishedAt;

    ImportJob(String id, ImportRequest request, Instant createdAt) {
        this.id = id;
        this.request = request;
        this.createdAt = stored(createdAt);
    }

    /** The state and summary of an import, at one moment, in the API's shape. */
    public record Status(String id, String state, String userId, int filesTotal, int filesDone, String currentFile,
                         Instant createdAt, Instant finishedAt, String error, ImportSummary summary) {
    }

    public Status status() {
        return new Status(id, state.name().toLowerCase(java.util.Locale.ROOT), request.userId(), filesTotal,
                filesDone, currentFile, createdAt, finishedAt, error, tally.summary());
    }

    public String id() {
        return id;
    }

    public ImportRequest request() {
        return request;
    }

    ImportTally tally() {
        return tally;
    }

    public State state() {
        return state;
    }

    void running(int files) {
        filesTotal = files;
        state = State.RUNNING;
    }

    void reading(String file) {
        currentFile = file;
    }

    void fileDone() {
        filesDone++;
    }

    void finished(Instant at) {
        currentFile = null;
        finishedAt = stored(at);
        state = State.DONE;
    }

    /** Stopped by the server's shutdown before it ended. */
    void interrupted(Instant at) {
        error = ImportJobTable.INTERRUPTED_REASON;
        finishedAt = stored(at);
        state = State.INTERRUPTED;
    }

    void failed(String why, Instant at) {
        error = why;
        finishedAt = stored(at);
        state = State.FAILED;
    }

    /** To the microsecond, as the table keeps it: the answer after a restart is the answer before. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
