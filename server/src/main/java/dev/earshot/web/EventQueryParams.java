package dev.earshot.web;

import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import dev.earshot.event.WireEnum;
import dev.earshot.store.Cursor;
import dev.earshot.store.EventQuery;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Turns the query string of GET /v1/events into an {@link EventQuery}, refusing bad values with 400. */
final class EventQueryParams {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private EventQueryParams() {
    }

    static EventQuery parse(Context ctx) {
        String cursor = ctx.queryParam("cursor");
        return new EventQuery(
                ctx.queryParam("user_id"),
                ctx.queryParam("track_id"),
                wire(ctx, "event_type", EventType.WIRE),
                wire(ctx, "platform", Platform.WIRE),
                instant(ctx, "from"),
                instant(ctx, "to"),
                cursor == null ? null : cursor(cursor),
                limit(ctx.queryParam("limit")));
    }

    private static <E extends Enum<E> & WireEnum> E wire(Context ctx, String name, WireEnum.Lookup<E> lookup) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        return lookup.find(value).orElseThrow(() -> bad(name, "unknown value '" + value + "'; expected one of: " + lookup.allowed()));
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

    private static Cursor cursor(String token) {
        try {
            return Cursor.decode(token);
        } catch (IllegalArgumentException e) {
            throw bad("cursor", e.getMessage());
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw bad("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    private static ApiException bad(String parameter, String message) {
        return new ApiException(400, "invalid_parameter", parameter + " " + message,
                List.of(Map.of("parameter", parameter, "message", message)));
    }
}
