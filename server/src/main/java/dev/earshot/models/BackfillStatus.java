package dev.earshot.models;

import java.time.Instant;

/** Where a backfill is: {@code state} is idle, running, done or failed; counts so far. */
public record BackfillStatus(String state, String modelVersion, Instant from, Instant to, boolean all,
                             long enriched, Instant startedAt, Instant finishedAt, String error) {
    static final BackfillStatus IDLE = new BackfillStatus("idle", null, null, null, false, 0, null, null, null);

    public boolean running() {
        return "running".equals(state);
    }
}
