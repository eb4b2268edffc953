package dev.earshot.app;

import dev.earshot.store.DiskGuard;
import java.time.Duration;

/**
 * What the server holds back to stay safe under load and faults: the free disk space it keeps (below it writes
 * are refused with 507; 0 turns the guard off), how many write requests and body bytes it admits at once
 * (beyond them it answers 503 at once, before reading the body), and how long a slow or idle connection may hold
 * a thread ({@code minBodyBytesPerSecond}: an upload slower than that is cut off). {@code writeLatencyTarget} is
 * how long an admitted write should take at most on average: the bytes admitted at once are what the server was
 * measured to complete in that time ({@code maxInFlightBytes} is the ceiling of that budget).
 */
public record Limits(long minFreeDiskBytes, int maxInFlightWrites, long maxInFlightBytes, Duration idleTimeout,
                     long minBodyBytesPerSecond, Duration writeLatencyTarget) {
    public static final Duration DEFAULT_WRITE_LATENCY_TARGET = Duration.ofMillis(500);
    public static final Limits DEFAULT = new Limits(DiskGuard.DEFAULT_MIN_FREE_BYTES, 32, 64L << 20,
            Duration.ofSeconds(30), 1024, DEFAULT_WRITE_LATENCY_TARGET);

    public Limits {
        if (minFreeDiskBytes < 0 || maxInFlightWrites < 1 || maxInFlightBytes < 1 || idleTimeout.isNegative()
                || idleTimeout.isZero() || minBodyBytesPerSecond < 0 || writeLatencyTarget.isNegative()
                || writeLatencyTarget.isZero()) {
            throw new IllegalArgumentException("limits must be positive (min free disk and min body rate may be 0): " + this);
        }
    }

    /** With the default write latency target. */
    public Limits(long minFreeDiskBytes, int maxInFlightWrites, long maxInFlightBytes, Duration idleTimeout,
                  long minBodyBytesPerSecond) {
        this(minFreeDiskBytes, maxInFlightWrites, maxInFlightBytes, idleTimeout, minBodyBytesPerSecond,
                DEFAULT_WRITE_LATENCY_TARGET);
    }

    public Limits withMinFreeDiskBytes(long bytes) {
        return new Limits(bytes, maxInFlightWrites, maxInFlightBytes, idleTimeout, minBodyBytesPerSecond,
                writeLatencyTarget);
    }
}
