package dev.earshot.enrich.llm;

import java.time.Duration;

/**
 * How long to wait after failed calls: doubling from {@link #FIRST} up to {@link #MAX}, and never less than
 * what the server asked for in Retry-After. A success starts over. One thread uses it.
 */
final class Backoff {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofMinutes(5);

    private int failures;

    /** Counts one more failure; returns how long to wait before the next call. */
    Duration failed(Duration retryAfter) {
        failures++;
        Duration doubled = FIRST.multipliedBy(1L << Math.min(failures - 1, 16));
        Duration wait = doubled.compareTo(MAX) > 0 ? MAX : doubled;
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }

    void succeeded() {
        failures = 0;
    }
}
