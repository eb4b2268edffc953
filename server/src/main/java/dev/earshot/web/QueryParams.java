package dev.earshot.web;

import dev.earshot.event.StrictUtf8;
import dev.earshot.event.WireEnum;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
        checkEscapes(ctx.queryString(), name);
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The earliest and latest instants a parameter may name: years 0001 to 9999, which every layer below (the
     * microsecond arithmetic of cursors and the database's timestamps) can hold; a date a billion years away is a
     * mistake or a probe, answered 400 naming the parameter rather than overflowing somewhere deeper.
     */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /**
     * Refuses the parameter {@code name} when its raw value has a %-escape that is not two hex digits ({@code %zz},
     * {@code %u0041}) or decodes to bytes that are not strict UTF-8 ({@code %C0%AF}): the server's own decoding
     * would drop such a parameter silently or replace its bytes, so that a request meant to filter would not.
     */
    static void checkEscapes(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            byte[] decodedName = PathEscapes.wellFormed(rawName) ? percentDecode(rawName) : null;
            if (decodedName == null || !name.equals(new String(decodedName, StandardCharsets.UTF_8))) {
                continue;
            }
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            if (!PathEscapes.wellFormed(rawValue)) {
                throw bad(name, "has a malformed %-escape; escape a byte as % and two hex digits");
            }
            if (StrictUtf8.firstInvalid(percentDecode(rawValue)) >= 0) {
                throw bad(name, "is not valid UTF-8 once its %-escapes are decoded");
            }
        }
    }

    /** Well-formed %XX escapes (and {@code +}, a space) into bytes. */
    private static byte[] percentDecode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    /** The instant, or null when the parameter is absent. */
    static Instant instant(Context ctx, String name) {
        String value = value(ctx, name);
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = value.length() > 64 ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            instant = null;
        }
        if (instant == null) {
            throw bad(name, "must be an ISO-8601 timestamp with offset, e.g. 2024-01-16T12:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw bad(name, "must be between " + EARLIEST + " and 9999-12-31T23:59:59Z");
        }
        return instant;
    }

    /** An integer from 1 to {@code max}, or {@code byDefault} when absent. */
    static int integer(Context ctx, String name, int byDefault, int max) {
        String value = value(ctx, name);
        if (value == null) {
            return byDefault;
        }
        long n = wholeNumber(value);
        if (n >= 1 && n <= max) {
            return (int) n;
        }
        throw bad(name, "must be an integer from 1 to " + max);
    }

    /**
     * The value as a whole number written in ASCII digits with an optional minus sign (not {@code +5}, {@code 1e3},
     * {@code 0x10} or other scripts' digits, which {@link Integer#parseInt} would take), or {@link Long#MIN_VALUE}
     * when it is not one or does not fit.
     */
    static long wholeNumber(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        if (value.length() == start || value.length() - start > 18) {
            return Long.MIN_VALUE;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
        }
        return Long.parseLong(value);
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
