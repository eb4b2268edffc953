package dev.earshot.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.event.IsoTimestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Typed reads of one field of a JSON record. Missing and JSON null both mean unknown (null); a value of the
 * wrong shape throws {@link BadField} naming the field, so the reader rejects the record.
 */
final class JsonFields {
    private JsonFields() {
    }

    /** Text, or null when missing, null or blank (exports write "" for unknown as often as null). */
    static String text(ObjectNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadField(field, "must be text, got " + shape(value));
        }
        String text = value.textValue().strip();
        return text.isEmpty() ? null : text;
    }

    static String requiredText(ObjectNode record, String field) {
        String text = text(record, field);
        if (text == null) {
            throw new BadField(field, "is missing");
        }
        return text;
    }

    /** A whole number (a number, or digits in a string), or null when missing. */
    static Long wholeNumber(ObjectNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.textValue().strip());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new BadField(field, "must be a whole number, got " + shape(value));
    }

    static Boolean bool(ObjectNode record, String field) {
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
    static Instant instant(ObjectNode record, String field) {
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
                throw new BadField(field, "'" + shorten(text) + "' is not an ISO-8601 time with offset, e.g. '2021-03-01T14:05:09Z'");
            }
        }
    }

    static String shape(JsonNode value) {
        if (value.isTextual()) {
            return "'" + shorten(value.textValue()) + "'";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return shorten(value.toString());
    }

    static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }
}
