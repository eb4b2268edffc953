package dev.earshot.web;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Bucket;
import dev.earshot.analytics.ChartMetric;
import dev.earshot.analytics.LocationLevel;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The query parameters of GET /v1/analytics/*, refusing bad values with 400 {@code invalid_parameter}. */
final class AnalyticsParams {
    private final Context ctx;

    AnalyticsParams(Context ctx) {
        this.ctx = ctx;
    }

    AnalyticsFilter filter(Clock clock) {
        return RangeParams.filter(ctx, clock);
    }

    Bucket bucket(AnalyticsFilter filter) {
        Bucket bucket = choice("bucket", Bucket.class, Bucket.AUTO);
        if (bucket.count(filter.range()) > Bucket.MAX_BUCKETS) {
            throw QueryParams.bad("bucket", "'" + bucket.wire() + "' would make more than " + Bucket.MAX_BUCKETS
                    + " buckets over this range; choose a coarser one");
        }
        return bucket;
    }

    ChartMetric by() {
        return choice("by", ChartMetric.class, ChartMetric.PLAYS);
    }

    LocationLevel level() {
        return choice("level", LocationLevel.class, LocationLevel.COUNTRY);
    }

    int limit(int byDefault, int max) {
        return QueryParams.integer(ctx, "limit", byDefault, max);
    }

    int weeks(int byDefault) {
        return QueryParams.integer(ctx, "weeks", byDefault, 52);
    }

    private <E extends Enum<E>> E choice(String name, Class<E> type, E byDefault) {
        String value = QueryParams.value(ctx, name);
        if (value == null) {
            return byDefault;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> QueryParams.bad(name, "unknown value '" + value + "'; expected one of: "
                        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }
}
