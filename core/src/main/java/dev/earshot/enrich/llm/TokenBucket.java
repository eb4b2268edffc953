package dev.earshot.enrich.llm;

import java.util.function.LongSupplier;

/**
 * Requests per minute as a token bucket: it holds up to a minute's worth of requests and refills evenly, so a
 * burst after a quiet spell is allowed, and the long-run rate never exceeds the limit. One thread uses it.
 */
final class TokenBucket {
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    TokenBucket(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
        this.tokens = perMinute;
        this.last = nanoTime.getAsLong();
    }

    /** Takes a token if one is there. */
    boolean tryTake() {
        refill();
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** How long until a token is there (0 when one is). */
    long nanosUntilToken() {
        refill();
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * MINUTE_NANOS / perMinute);
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(perMinute, tokens + (double) (now - last) * perMinute / MINUTE_NANOS);
        last = now;
    }
}
