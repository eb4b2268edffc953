package dev.earshot.app;

import dev.earshot.store.DiskGuard;
import java.time.Duration;

/**
 * What the server holds back to stay safe under load and faults: the free disk space it keeps (below it writes
 * are refused with 507; 0 turns the guard off), how many write requests and body bytes it admits at once
 * (beyond them it answers 503 at once, before reading the body), and how long a slow or idle connection may hold
 * a thread ({@code minBodyBytesPerSecond}: an upload slower than that is cut off).
 */
public record Limits(long minFreeDiskBytes, int maxInFlightWrites, long maxInFlightBytes, Duration idleTimeout,
                     long minBodyBytesPerSecond) {
    public static final Limits DEFAULT = new Limits(DiskGuard.DEFAULT_MIN_FREE_BYTES, 32, 64L << 20,
            Duration.ofSeconds(30), 1024);

    public Limits {
        if (minFreeDiskBytes < 0 || maxInFlightWrites < 1 || maxInFlightBytes < 1 || idleTimeout.isNegative()
                || idleTimeout.isZero() || minBodyBytesPerSecond < 0) {
            throw new IllegalArgumentException("limits must be positive (min free disk and min body rate may be 0): " + this);
        }
    }

    public Limits withMinFreeDiskBytes(long bytes) {
        return new Limits(bytes, maxInFlightWrites, maxInFlightBytes, idleTimeout, minBodyBytesPerSecond);
    }
}
