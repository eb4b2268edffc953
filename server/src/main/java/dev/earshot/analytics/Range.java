package dev.earshot.analytics;

import java.time.Instant;

/**
 * The half-open time range {@code [from, to)} on the event timestamp that an answer covers, echoed in every answer;
 * the one range of analytics, users and segments.
 */
public record Range(Instant from, Instant to) {
    /**
     * The earliest and latest instants a range may name: years 0001 to 9999, which every layer below (the
     * microsecond arithmetic of cursors and the database's timestamps) can hold. A parameter outside them is a
     * mistake or a probe, refused naming the parameter rather than overflowing somewhere deeper.
     */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    /** All time: every timestamp an event can have; a reader asked for it need not filter on time at all. */
    public static final Range ALL = new Range(EARLIEST, LATEST);

    public Range {
        if (!from.isBefore(to)) {
            throw new InvalidParameterException("from", "must be before to (the range is [from, to))");
        }
    }
}
