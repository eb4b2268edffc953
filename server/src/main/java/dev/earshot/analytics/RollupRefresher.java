package dev.earshot.analytics;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background task that keeps the {@link Rollups} current: each run folds in the events received up to
 * {@link #LAG} ago. The lag is there because an event's {@code received_at} is set before its commit, and a
 * request waits at most its ack timeout (30 s by default) for that commit: folding in only what was received
 * earlier than that means no event can commit behind the watermark and be missed by both rollup and tail.
 */
public final class RollupRefresher implements Runnable {
    public static final Duration LAG = Duration.ofMinutes(2);
    /**
     * Each refresh appends at most one row per rollup key, and rows are only summed when read (no compaction), so
     * frequent refreshes would fill the rollups with slivers; hourly keeps them about as compact as one fold, while
     * the unrolled tail stays about an hour of events, which the received_at pruning keeps cheap to read.
     */
    public static final Duration INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(RollupRefresher.class);

    private final Rollups rollups;
    private final Clock clock;

    public RollupRefresher(Rollups rollups, Clock clock) {
        this.rollups = rollups;
        this.clock = clock;
    }

    /** A failed refresh leaves the watermark where it was (the tail just grows); it must not end the schedule. */
    @Override
    public void run() {
        try {
            rollups.refresh(clock.instant().minus(LAG));
        } catch (RuntimeException e) {
            LOG.error("analytics rollup refresh failed; answers stay exact but read more raw events", e);
        }
    }
}
