package dev.earshot.web;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Range;
import dev.earshot.event.Platform;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * The common filter: {@code from}/{@code to}, where {@code to} defaults to now and {@code from} to 7 days
 * before it, and {@code platform}/{@code country}, all when absent.
 */
final class RangeParams {
    private RangeParams() {
    }

    static Range parse(Context ctx, Clock clock) {
        return AnalyticsFilter.range(QueryParams.instant(ctx, "from"), QueryParams.instant(ctx, "to"), clock);
    }

    static AnalyticsFilter filter(Context ctx, Clock clock) {
        return filter(ctx, parse(ctx, clock));
    }

    static AnalyticsFilter filter(Context ctx, Range range) {
        return new AnalyticsFilter(range, QueryParams.wire(ctx, "platform", Platform.WIRE),
                QueryParams.value(ctx, "country"));
    }
}
