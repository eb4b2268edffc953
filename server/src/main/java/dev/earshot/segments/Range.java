package dev.earshot.segments;

import java.time.Instant;

/** A half-open time range {@code [from, to)} on the event timestamp, echoed in every answer. */
public record Range(Instant from, Instant to) {
    public Range {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
