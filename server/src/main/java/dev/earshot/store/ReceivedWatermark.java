package dev.earshot.store;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an incremental copy of {@code events} (analytics rollups, the per-user copy) may safely stop: an
 * event's {@code received_at} is set before its commit, and a request waits at most its ack timeout (30 s by
 * default) for that commit, so every event received longer ago than {@link #SETTLE} is committed (or failed).
 * Copying only up to then means no event can commit behind a copy's watermark and be missed by copy and tail.
 */
public final class ReceivedWatermark {
    public static final Duration SETTLE = Duration.ofMinutes(2);

    private ReceivedWatermark() {
    }

    /** The latest receive time a copy may fold in at {@code now}. */
    public static Instant settledBefore(Instant now) {
        return now.minus(SETTLE);
    }
}
