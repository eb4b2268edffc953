package dev.earshot.web;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.InvalidParameterException;
import dev.earshot.analytics.Range;
import dev.earshot.event.Platform;
import dev.earshot.event.StrictUtf8;
import dev.earshot.event.WireEnum;
import dev.earshot.segments.HourRange;
import dev.earshot.segments.Rule;
import dev.earshot.store.Cursor;
import dev.earshot.store.EventOrigin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one parser of the query parameters of every route: a value of each kind (text, ISO-8601 instant, bounded
 * integer, plain decimal, named choice, cursor, source) is read one way, and the shared groups (the range, the
 * filter, a segment rule) are built here. A bad value raises {@link InvalidParameterException} naming the
 * parameter, which ErrorMapping answers 400 {@code invalid_parameter} with the name in {@code details[].field}.
 * On every route a blank value ({@code ?platform=}) is the same as a missing one.
 */
final class QueryParams {
    private final Context ctx;

    QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    /** The value without surrounding blanks, or null when the parameter is absent or blank. */
    String value(String name) {
        checkEscapes(ctx.queryString(), name);
        return blankToNull(ctx.queryParam(name));
    }

    /**
     * The value from the query string or, for a multipart upload, from its form field of the same name (the import
     * form sends its options as fields beside the files); null when absent or blank.
     */
    String valueOrField(String name) {
        String value = value(name);
        return value != null || !ctx.isMultipartFormData() ? value : blankToNull(ctx.formParam(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

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
    Instant instant(String name) {
        String value = value(name);
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
        if (instant.isBefore(Range.EARLIEST) || instant.isAfter(Range.LATEST)) {
            throw bad(name, "must be between " + Range.EARLIEST + " and 9999-12-31T23:59:59Z");
        }
        return instant;
    }

    /** An integer from 1 to {@code max}, or {@code byDefault} when absent. */
    int integer(String name, int byDefault, int max) {
        String value = value(name);
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
     * A plain decimal ({@code 0.25}, at most 3 digits before the point and 9 after), or null when absent;
     * {@code reason} says which values the caller takes. Not {@link Double#valueOf}'s wider language ({@code 1d},
     * hex floats, {@code NaN}, {@code 1e999}), whose odd values would pass a range check by accident.
     */
    Double decimal(String name, String reason) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("-?[0-9]{1,3}(\\.[0-9]{1,9})?")) {
            throw bad(name, reason);
        }
        return Double.valueOf(value);
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
    <E extends Enum<E> & WireEnum> E wire(String name, WireEnum.Lookup<E> lookup) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        return lookup.find(value).orElseThrow(() -> bad(name, "unknown value '" + value + "'; expected one of: "
                + lookup.allowed()));
    }

    /** One of an enum's constants by name in any case ({@code by=minutes}), or {@code byDefault} when absent. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E byDefault) {
        String value = value(name);
        if (value == null) {
            return byDefault;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> bad(name, "unknown value '" + value + "'; expected one of: "
                        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }

    /** A page cursor as the previous page gave it, or null when absent. */
    Cursor cursor(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        try {
            return Cursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw bad(name, e.getMessage());
        }
    }

    /** Where events came from ({@code api}, {@code import:spotify}, ...), or null when absent. */
    EventOrigin source(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        if (!EventOrigin.valid(value)) {
            throw bad(name, "must be a source such as api, simulation, import:spotify, listenbrainz,"
                    + " lastfm, audioscrobbler or web_scrobbler");
        }
        return new EventOrigin(value);
    }

    /** {@code from}/{@code to}: {@code to} defaults to now and {@code from} to 7 days before it. */
    Range range(Clock clock) {
        return AnalyticsFilter.range(instant("from"), instant("to"), clock);
    }

    /** The range, or all time when neither {@code from} nor {@code to} is given. */
    Range rangeOrAll(Clock clock) {
        return value("from") == null && value("to") == null ? Range.ALL : range(clock);
    }

    /** The common filter: {@link #range} and {@code platform}/{@code country}, all when absent. */
    AnalyticsFilter filter(Clock clock) {
        return filter(range(clock));
    }

    AnalyticsFilter filter(Range range) {
        return new AnalyticsFilter(range, wire("platform", Platform.WIRE), value("country"));
    }

    /** A segment rule (docs/api-analytics.md); {@link Rule} checks the values that need no parsing. */
    Rule rule() {
        String hours = value("hours");
        return new Rule(value("genre"), value("mood"), value("context"), value("platform"), value("country"),
                decimal("min_engagement", "must be a number from 0 to 1"),
                hours == null ? null : HourRange.parse(hours), value("artist"), minListens(),
                decimal("min_share", "must be a number above 0 and at most 1"));
    }

    private int minListens() {
        String value = value("min_listens");
        if (value == null) {
            return Rule.DEFAULT_MIN_LISTENS;
        }
        long n = wholeNumber(value);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw bad("min_listens", "must be a whole number from 1 to " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    /** The refusal of parameter {@code name}'s value; {@code reason} reads after the name: "must be ...". */
    static InvalidParameterException bad(String name, String reason) {
        return new InvalidParameterException(name, reason);
    }
}
