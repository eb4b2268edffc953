package dev.earshot.analytics;

import java.time.Instant;
import java.util.List;

/** Events per type per time bucket; {@code counts} line up with {@code times}. */
public record EventMix(Range range, String bucket, List<Instant> times, List<Series> series) {
    public record Series(String eventType, List<Long> counts) {
    }
}
