package dev.earshot.web;

import dev.earshot.segments.Filters;
import dev.earshot.segments.InvalidRuleException;
import dev.earshot.segments.Range;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The common filters: {@code from}/{@code to}, where {@code to} defaults to now and {@code from} to 7 days
 * before it, and {@code platform}/{@code country}, all when absent.
 */
final class RangeParams {
    static final Duration DEFAULT_LENGTH = Duration.ofDays(7);

    private RangeParams() {
    }

    static Range parse(Context ctx, Clock clock) {
        Instant to = instant(ctx, "to");
        to = to == null ? clock.instant() : to;
        Instant from = instant(ctx, "from");
        from = from == null ? to.minus(DEFAULT_LENGTH) : from;
        if (!from.isBefore(to)) {
            throw bad("from", "must be before to");
        }
        return new Range(from, to);
    }

    static Filters filters(Context ctx) {
        try {
            return Filters.parse(ctx.queryParam("platform"), ctx.queryParam("country"));
        } catch (InvalidRuleException e) {
            throw bad(e.field(), e.getMessage().substring(e.field().length() + 1));
        }
    }

    private static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(name, "must be an ISO-8601 timestamp with offset, e.g. 2024-01-16T12:00:00Z");
        }
    }

    static ApiException bad(String field, String message) {
        return new ApiException(400, "invalid_parameter", field + " " + message,
                List.of(Map.of("field", field, "message", message)));
    }
}
