package dev.earshot.ingest;

/** The writer's queue is full or it is shutting down: the client should retry after a pause. */
public final class OverloadedException extends RuntimeException {
    public OverloadedException(String message) {
        super(message);
    }
}
