package dev.earshot.analytics;

import dev.earshot.event.Platform;
import dev.earshot.store.BoundSql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The one filter of every reader of events (analytics, segments, users): the range {@code [from, to)} on the
 * event timestamp, and optionally one platform and one country (ISO 3166-1 alpha-2, any case in, upper case
 * out). Null platform or country means all. It lives in analytics, the package of questions over the events,
 * which segments and users already build on (and which depends on neither of them).
 */
public record AnalyticsFilter(Instant from, Instant to, Platform platform, String country) {
    /** The API's default range: the 7 days before {@code to}. */
    public static final Duration DEFAULT_SPAN = Duration.ofDays(7);

    public AnalyticsFilter {
        new Range(from, to);
        country = country == null ? null : countryCode(country);
    }

    public AnalyticsFilter(Range range, Platform platform, String country) {
        this(range.from(), range.to(), platform, country);
    }

    /** All time, every platform and country. */
    public static AnalyticsFilter all() {
        return of(Range.ALL);
    }

    /** {@code range}, every platform and country. */
    public static AnalyticsFilter of(Range range) {
        return new AnalyticsFilter(range, null, null);
    }

    /** The API's defaults: {@code to} = now, {@code from} = {@code to} − {@link #DEFAULT_SPAN}. */
    public static AnalyticsFilter of(Instant from, Instant to, Platform platform, String country, Clock clock) {
        return new AnalyticsFilter(range(from, to, clock), platform, country);
    }

    /** The API's default range where {@code from} or {@code to} is null. */
    public static Range range(Instant from, Instant to, Clock clock) {
        Instant end = to != null ? to : clock.instant();
        return new Range(from != null ? from : end.minus(DEFAULT_SPAN), end);
    }

    /** The one country rule of every route, filter and rule: ISO 3166-1 alpha-2, any case in, upper case out. */
    public static String countryCode(String value) {
        if (!value.matches("[A-Za-z]{2}")) {
            throw new InvalidParameterException("country", "must be an ISO 3166-1 alpha-2 code such as US");
        }
        return value.toUpperCase(Locale.ROOT);
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

    public AnalyticsFilter withRange(Range range) {
        return new AnalyticsFilter(range, platform, country);
    }

    /**
     * Only the platform and country conditions, each starting with " AND", for a query that states its own range
     * (each table names its time column its own way); {@code alias} is the table prefix ("e.") or "" and comes
     * from code, never from a request.
     */
    public BoundSql dimensions(String alias) {
        return BoundSql.of("").andIf(alias + "platform = ?", platform == null ? null : platform.wire())
                .andIf(alias + "country = ?", country);
    }

    /** The platform and country as a condition on columns {@code platform} and {@code country}, "true" without. */
    public BoundSql condition() {
        return BoundSql.of("true").then(dimensions(""));
    }

    /** Whether an event from {@code eventCountry} passes the country filter. */
    public boolean countryMatches(String eventCountry) {
        return country == null || country.equals(eventCountry);
    }
}
