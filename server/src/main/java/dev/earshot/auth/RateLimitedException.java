package dev.earshot.auth;

/**
 * A key has spent its requests for now; it may try again after {@code retryAfterSeconds}. Carries the bucket's
 * state, which the API and the ListenBrainz protocol send back as {@code X-RateLimit-*} headers.
 */
public final class RateLimitedException extends RuntimeException {
    private final long retryAfterSeconds;
    private final int limit;
    private final long resetSeconds;

    public RateLimitedException(String message, long retryAfterSeconds, int limit, long resetSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
        this.limit = limit;
        this.resetSeconds = resetSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int limit() {
        return limit;
    }

    /** Seconds until the bucket is full again. */
    public long resetSeconds() {
        return resetSeconds;
    }
}
