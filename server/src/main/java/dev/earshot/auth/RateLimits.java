package dev.earshot.auth;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One token bucket per key: {@code perMinute} requests, refilled evenly over the minute, as a burst at most. */
final class RateLimits {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** What one request cost: whether it may go on, how many are left, and the waits until one and all are back. */
    record Outcome(boolean allowed, int limit, long remaining, long retryAfterSeconds, long resetSeconds) {
    }

    RateLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    Outcome take(String keyId) {
        Bucket bucket = buckets.computeIfAbsent(keyId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Outcome(probe.isConsumed(), perMinute, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForRefill()), seconds(probe.getNanosToWaitForReset()));
    }

    private static long seconds(long nanos) {
        return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }
}
