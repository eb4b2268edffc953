package dev.earshot.event;

/** A request carried more events than the configured limit; nothing of it is stored. */
public final class TooManyEventsException extends RuntimeException {
    private final int limit;

    public TooManyEventsException(int limit) {
        super("a request may carry at most " + limit + " events");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
