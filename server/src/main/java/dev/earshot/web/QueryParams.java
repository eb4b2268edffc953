package dev.earshot.web;

import dev.earshot.event.WireEnum;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The query parameters every read route shares, parsed one way: ISO-8601 instants, bounded integers, and a
 * 400 {@code invalid_parameter} naming the parameter in {@code details[].field}. On every route a blank value
 * ({@code ?platform=}) is the same as a missing one.
 */
final class QueryParams {
    private QueryParams() {
    }

    /** The value without surrounding blanks, or null when the parameter is absent or blank. */
    static String value(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The instant, or null when the parameter is absent. */
    static Instant instant(Context ctx, String name) {
        String value = value(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(name, "must be an ISO-8601 timestamp with offset, e.g. 2024-01-16T12:00:00Z");
        }
    }

    /** An integer from 1 to {@code max}, or {@code byDefault} when absent. */
    static int integer(Context ctx, String name, int byDefault, int max) {
        String value = value(ctx, name);
        if (value == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw bad(name, "must be an integer from 1 to " + max);
    }

    /** A wire-named enum value (e.g. {@code apple_music}), or null when the parameter is absent. */
    static <E extends Enum<E> & WireEnum> E wire(Context ctx, String name, WireEnum.Lookup<E> lookup) {
        String value = value(ctx, name);
        if (value == null) {
            return null;
        }
        return lookup.find(value).orElseThrow(() -> bad(name, "unknown value '" + value + "'; expected one of: "
                + lookup.allowed()));
    }

    static ApiException bad(String field, String message) {
        return new ApiException(400, "invalid_parameter", field + " " + message,
                List.of(Map.of("field", field, "message", message)));
    }
}
