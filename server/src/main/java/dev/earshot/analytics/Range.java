package dev.earshot.analytics;

import java.time.Instant;

/**
 * The half-open time range {@code [from, to)} on the event timestamp that an answer covers, echoed in every answer;
 * the one range of analytics, users and segments.
 */
public record Range(Instant from, Instant to) {
    public Range {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
