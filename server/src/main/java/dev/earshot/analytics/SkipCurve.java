package dev.earshot.analytics;

import java.util.List;

/** Where in the track listeners skip: ten buckets of the position as a percentage of the track's length. */
public record SkipCurve(Range range, List<Bucket> buckets) {
    public record Bucket(int fromPct, int toPct, long skips, double shareOfSkips) {
    }
}
