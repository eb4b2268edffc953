package dev.earshot.segments;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Range;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Function;

/**
 * The last answers to a question over all listeners, each reused for {@link #TOLERANCE} while asked for nearly
 * the same range: such questions scan the whole range (100 ms to a second at millions of events), and a
 * per-user page must not pay that on every view. Default ranges end "now", so they match within it. A few
 * ranges are kept, so that pages asking for different ranges (a week's profile, a year's Wrapped) do not
 * evict each other's answer.
 */
public final class RangeCache<T> {
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final int RANGES = 8;

    private record Entry<T>(AnalyticsFilter filter, T value, Instant at) {
    }

    private final Clock clock;
    private final Deque<Entry<T>> entries = new ArrayDeque<>();

    public RangeCache(Clock clock) {
        this.clock = clock;
    }

    /** The answer for {@code range} over every platform and country. */
    public T get(Range range, Function<Range, T> compute) {
        return get(AnalyticsFilter.of(range), f -> compute.apply(f.range()));
    }

    /**
     * The answer for {@code filter}: one asked with the same platform and country and nearly the same range.
     * Computed outside the lock: two threads may both compute a missing answer, but neither waits.
     */
    public T get(AnalyticsFilter filter, Function<AnalyticsFilter, T> compute) {
        Instant now = clock.instant();
        synchronized (entries) {
            entries.removeIf(e -> !near(e.at(), now));
            for (Entry<T> e : entries) {
                AnalyticsFilter f = e.filter();
                if (f.platform() == filter.platform() && Objects.equals(f.country(), filter.country())
                        && near(f.from(), filter.from()) && near(f.to(), filter.to())) {
                    return e.value();
                }
            }
        }
        T value = compute.apply(filter);
        synchronized (entries) {
            entries.addFirst(new Entry<>(filter, value, now));
            while (entries.size() > RANGES) {
                entries.removeLast();
            }
        }
        return value;
    }

    private static boolean near(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(TOLERANCE) <= 0;
    }
}
