package dev.earshot.analytics;

import dev.earshot.store.ReceivedWatermark;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background task that keeps the {@link Rollups} current: each run folds in the events received up to
 * {@link ReceivedWatermark#settledBefore} now, so that none can still commit behind the watermark.
 */
public final class RollupRefresher implements Runnable {
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
            rollups.refresh(ReceivedWatermark.settledBefore(clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("analytics rollup refresh failed; answers stay exact but read more raw events", e);
        }
    }
}
