package dev.earshot.ingest;

/**
 * The events were queued but their commit was not confirmed within the ack timeout: they may or may not be
 * stored. Sending them again is safe — the ones already stored are answered as duplicates.
 */
public final class OutcomeUnknownException extends RuntimeException {
    public OutcomeUnknownException(String message) {
        super(message, null, false, false);
    }
}
