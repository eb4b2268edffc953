package dev.earshot.web;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.segments.Filters;
import dev.earshot.analytics.Range;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;

/**
 * The common filters: {@code from}/{@code to}, where {@code to} defaults to now and {@code from} to 7 days
 * before it, and {@code platform}/{@code country}, all when absent.
 */
final class RangeParams {
    private RangeParams() {
    }

    static Range parse(Context ctx, Clock clock) {
        Instant to = QueryParams.instant(ctx, "to");
        to = to == null ? clock.instant() : to;
        Instant from = QueryParams.instant(ctx, "from");
        from = from == null ? to.minus(AnalyticsFilter.DEFAULT_SPAN) : from;
        if (!from.isBefore(to)) {
            throw QueryParams.bad("from", "must be before to");
        }
        return new Range(from, to);
    }

    static Filters filters(Context ctx) {
        return Filters.parse(QueryParams.value(ctx, "platform"), QueryParams.value(ctx, "country"));
    }
}
