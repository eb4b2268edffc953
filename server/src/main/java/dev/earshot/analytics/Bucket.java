package dev.earshot.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The width of a time series' buckets; {@link #AUTO} picks minute up to 3 hours, hour up to 7 days, else day. */
public enum Bucket {
    AUTO(null), MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    /** More buckets than this make a chart no one can read and an answer no one wants to wait for. */
    public static final int MAX_BUCKETS = 2_000;

    private final ChronoUnit unit;

    Bucket(ChronoUnit unit) {
        this.unit = unit;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The concrete bucket for a range: this one, or the automatic choice. */
    public Bucket resolve(Range range) {
        if (this != AUTO) {
            return this;
        }
        Duration span = Duration.between(range.from(), range.to());
        if (span.compareTo(Duration.ofHours(3)) <= 0) {
            return MINUTE;
        }
        return span.compareTo(Duration.ofDays(7)) <= 0 ? HOUR : DAY;
    }

    /** The start of every bucket that overlaps the range, in order (UTC). */
    public List<Instant> starts(Range range) {
        List<Instant> out = new ArrayList<>();
        for (Instant t = range.from().truncatedTo(unit); t.isBefore(range.to()); t = t.plus(1, unit)) {
            out.add(t);
        }
        return out;
    }

    public long count(Range range) {
        Bucket b = resolve(range);
        Instant first = range.from().truncatedTo(b.unit);
        return (Duration.between(first, range.to()).toSeconds() + b.unit.getDuration().toSeconds() - 1)
                / b.unit.getDuration().toSeconds();
    }

    /** The DuckDB {@code date_trunc} part name; the values are fixed here, never taken from a request. */
    String truncPart() {
        return unit.toString().toLowerCase(Locale.ROOT).replaceAll("s$", "");
    }
}
