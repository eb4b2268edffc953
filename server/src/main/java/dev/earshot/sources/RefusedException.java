package dev.earshot.sources;

/** A scrobbler request refused as a whole, with the HTTP status; each protocol words it in its own format. */
public final class RefusedException extends RuntimeException {
    private final int status;

    public RefusedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
