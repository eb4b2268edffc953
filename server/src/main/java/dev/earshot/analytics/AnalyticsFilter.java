package dev.earshot.analytics;

import dev.earshot.event.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters every analytics question takes: the range {@code [from, to)} on the event timestamp, and
 * optionally one platform and one country (ISO 3166-1 alpha-2, upper case). Null platform or country means all.
 */
public record AnalyticsFilter(Instant from, Instant to, Platform platform, String country) {
    public static final Duration DEFAULT_SPAN = Duration.ofDays(7);

    public AnalyticsFilter {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** The API's defaults: {@code to} = now, {@code from} = {@code to} − 7 days. */
    public static AnalyticsFilter of(Instant from, Instant to, Platform platform, String country, Clock clock) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(DEFAULT_SPAN);
        return new AnalyticsFilter(start, end, platform, country);
    }

    public Range range() {
        return new Range(from, to);
    }

    public Duration span() {
        return Duration.between(from, to);
    }

    /** The range of the same length that ends at {@code from}, with the same platform and country. */
    public AnalyticsFilter previous() {
        return new AnalyticsFilter(from.minus(span()), from, platform, country);
    }

    public AnalyticsFilter withRange(Instant start, Instant end) {
        return new AnalyticsFilter(start, end, platform, country);
    }
}
