package dev.earshot.auth;

/** A key has spent its requests for now; it may try again after {@code retryAfterSeconds}. */
public final class RateLimitedException extends RuntimeException {
    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
