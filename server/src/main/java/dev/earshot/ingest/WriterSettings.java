package dev.earshot.ingest;

import java.time.Duration;

/**
 * Group-commit knobs: a commit holds at most {@code maxRows} rows and waits at most {@code linger} for more
 * requests; at most {@code maxQueuedRows} rows may wait before new requests are turned away with 503.
 */
public record WriterSettings(int maxRows, Duration linger, long maxQueuedRows) {
    public static final WriterSettings DEFAULT = new WriterSettings(20_000, Duration.ofMillis(2), 200_000);
}
