package dev.earshot.stream;

import java.io.Serializable;
import java.time.Duration;

/**
 * The job's knobs: how far out of order events may arrive before the watermark passes them
 * ({@code outOfOrderness}), how much later still a window accepts them ({@code allowedLateness}), how long an
 * event id is remembered for dedupe ({@code dedupeTtl}), the session gap, and the checkpoint interval (which is
 * also how often the lake's files become visible).
 */
public record JobSettings(Duration outOfOrderness, Duration allowedLateness, Duration dedupeTtl, Duration sessionGap,
                          Duration checkpointInterval) implements Serializable {
    public static final JobSettings DEFAULT = new JobSettings(Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofDays(7), Duration.ofMinutes(30), Duration.ofSeconds(10));

    public JobSettings {
        if (outOfOrderness.isNegative() || allowedLateness.isNegative()) {
            throw new IllegalArgumentException("out-of-orderness and allowed lateness must not be negative");
        }
        if (dedupeTtl.toMillis() < 1 || sessionGap.toMillis() < 1 || checkpointInterval.toMillis() < 10) {
            throw new IllegalArgumentException("dedupe TTL, session gap and checkpoint interval must be positive");
        }
    }

    public JobSettings withCheckpointInterval(Duration interval) {
        return new JobSettings(outOfOrderness, allowedLateness, dedupeTtl, sessionGap, interval);
    }
}
