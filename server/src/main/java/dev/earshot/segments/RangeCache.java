package dev.earshot.segments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The last answer to a question over all listeners for a range, reused for {@link #TOLERANCE} while asked
 * for nearly the same range: such questions scan the whole range (about a second at millions of events),
 * and a per-user page must not pay that on every view. Default ranges end "now", so they match within it.
 */
public final class RangeCache<T> {
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private record Entry<T>(Range range, T value, Instant at) {
    }

    private final Clock clock;
    private volatile Entry<T> last;

    public RangeCache(Clock clock) {
        this.clock = clock;
    }

    public T get(Range range, Function<Range, T> compute) {
        Entry<T> e = last;
        Instant now = clock.instant();
        if (e != null && near(e.at(), now) && near(e.range().from(), range.from()) && near(e.range().to(), range.to())) {
            return e.value();
        }
        T value = compute.apply(range);
        last = new Entry<>(range, value, now);
        return value;
    }

    private static boolean near(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(TOLERANCE) <= 0;
    }
}
