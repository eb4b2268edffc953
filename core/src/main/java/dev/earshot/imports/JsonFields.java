package dev.earshot.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.event.IsoTimestamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Typed reads of one field of a JSON record, for every JSON reader. Missing and JSON null both mean unknown
 * (null); a value of the wrong shape throws {@link BadField} naming the field by its {@code path} in the record
 * (the two-argument forms name a top-level field), so the reader rejects the record.
 */
final class JsonFields {
    private JsonFields() {
    }

    static String text(JsonNode record, String field) {
        return text(record, field, field);
    }

    static String requiredText(JsonNode record, String field) {
        return requiredText(record, field, field);
    }

    static Long whole(JsonNode record, String field) {
        return whole(record, field, field);
    }

    /** Text, or null when missing, JSON null or blank (exports write "" for unknown as often as null). */
    static String text(JsonNode parent, String field, String path) {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            String t = v.textValue().strip();
            return t.isEmpty() ? null : t;
        }
        if (v.isNumber()) {
            return v.asText();
        }
        throw new BadField(path, "must be text, got " + shape(v));
    }

    static String requiredText(JsonNode parent, String field, String path) {
        String t = text(parent, field, path);
        if (t == null) {
            throw new BadField(path, "is missing");
        }
        return t;
    }

    /** A whole number given as a number or as digits in a string (Last.fm writes "1612096440"), or null. */
    static Long whole(JsonNode parent, String field, String path) {
        BigDecimal d;
        try {
            d = decimal(parent, field, path);
        } catch (BadField notANumber) {
            throw new BadField(path, "must be a whole number, got " + shape(parent.get(field)));
        }
        if (d == null) {
            return null;
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadField(path, "must be a whole number, got " + d.toPlainString());
        }
    }

    /** A number given as a number or in a string, or null when missing or blank. */
    static BigDecimal decimal(JsonNode parent, String field, String path) {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            String t = v.textValue().strip();
            if (t.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                throw new BadField(path, "must be a number, got " + shape(v));
            }
        }
        throw new BadField(path, "must be a number, got " + shape(v));
    }

    /** Seconds since 1970 (fractions kept, as ListenBrainz's {@code extract(epoch …)} may write them). */
    static Instant epochSeconds(JsonNode parent, String field, String path) {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
            long seconds = v.longValue();
            if (seconds < 0 || seconds >= 32503680000L) {
                throw new BadField(path, seconds + " is not a time in seconds since 1970");
            }
            return Instant.ofEpochSecond(seconds);
        }
        if (v != null && v.isDouble()) {
            double d = v.doubleValue();
            if (!(d >= 0 && d < 32503680000.0)) {
                throw new BadField(path, v.asText() + " is not a time in seconds since 1970");
            }
            long seconds = (long) Math.floor(d);
            // A double holds about 16 digits: the fraction of a 10-digit time is good to the microsecond.
            long micros = Math.round((d - seconds) * 1e6);
            return Instant.ofEpochSecond(seconds, micros * 1000);
        }
        BigDecimal s = decimal(parent, field, path);
        if (s == null) {
            return null;
        }
        if (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(32503680000L)) >= 0) {
            throw new BadField(path, s.toPlainString() + " is not a time in seconds since 1970");
        }
        long seconds = s.longValue();
        long nanos = s.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** Seconds (a track length) as milliseconds, or null; zero and negative lengths are unknown, not data. */
    static Long secondsAsMs(JsonNode parent, String field, String path) {
        BigDecimal s = decimal(parent, field, path);
        if (s == null || s.signum() <= 0) {
            return null;
        }
        return s.movePointRight(3).longValue();
    }

    static ObjectNode object(JsonNode parent, String field, String path) {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v instanceof ObjectNode o) {
            return o;
        }
        throw new BadField(path, "must be an object, got " + shape(v));
    }

    static String shape(JsonNode v) {
        if (v.isTextual()) {
            return "'" + shorten(v.textValue(), 64) + "'";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        return shorten(v.toString(), 64);
    }

    /** A required play length in milliseconds, never negative. */
    static long duration(JsonNode record, String field) {
        Long ms = whole(record, field);
        if (ms == null) {
            throw new BadField(field, "is missing");
        }
        if (ms < 0) {
            throw new BadField(field, "must not be negative, got " + ms);
        }
        return ms;
    }

    static Boolean bool(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        throw new BadField(field, "must be true or false, got " + shape(value));
    }

    /** An ISO-8601 timestamp with an offset or Z ("2014-07-27T20:34:47Z"), or null when missing. */
    static Instant instant(JsonNode record, String field) {
        String text = text(record, field);
        if (text == null) {
            return null;
        }
        Instant fast = IsoTimestamp.parse(text);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException again) {
                throw new BadField(field, "'" + shorten(text, 64) + "' is not an ISO-8601 time with offset, e.g. '2021-03-01T14:05:09Z'");
            }
        }
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
