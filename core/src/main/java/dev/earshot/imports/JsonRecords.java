package dev.earshot.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Streams the records of the JSON exports of scrobble services (ListenBrainz, Last.fm, Maloja) one small tree
 * at a time, and reads typed fields out of them. A file of hundreds of MB is never held whole. A record that is
 * not an object is rejected and reading goes on; a syntax error (a download cut off half way) rejects where it
 * happened and ends the file there, keeping every record before it.
 */
final class JsonRecords {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonFactory FACTORY = MAPPER.getFactory();

    /** What a reader does with one record; {@code index} is its 0-based position among the file's records. */
    interface Handler {
        void record(long index, ObjectNode record);
    }

    /** Raised when the JSON itself breaks; the rejection is already reported, the caller stops reading. */
    static final class Broken extends Exception {
        Broken() {
            super(null, null, false, false);
        }
    }

    private JsonRecords() {
    }

    static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /**
     * Reads the elements of the array the parser stands at (its START_ARRAY consumed), numbering them from
     * {@code index}; returns the index after the last. Throws {@link Broken} after reporting a syntax error.
     */
    static long array(JsonParser p, String file, long index, ImportSink sink, Handler handler) throws IOException, Broken {
        while (true) {
            JsonToken token;
            try {
                token = p.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    return index;
                }
                if (token == null) {
                    sink.rejected(file, index, "file", "the file ends inside its list of records (was the download cut off?)", null);
                    throw new Broken();
                }
                if (token != JsonToken.START_OBJECT) {
                    String raw = token.isScalarValue() ? p.getText() : null;
                    p.skipChildren();
                    sink.rejected(file, index, "record", "is " + describe(token) + ", not a record object", raw);
                    index++;
                    continue;
                }
                ObjectNode record = p.readValueAsTree();
                handle(file, index, record, sink, handler);
                index++;
            } catch (JsonProcessingException e) {
                sink.rejected(file, index, "file", "malformed JSON at " + where(e.getLocation())
                        + "; the rest of the file could not be read", null);
                throw new Broken();
            }
        }
    }

    /** Reads a JSON Lines file: one record per non-blank line, each line judged on its own. */
    static long lines(InputStream in, String file, ImportSink sink, Handler handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long index = 0;
        boolean first = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                sink.rejected(file, index++, "record", "is not valid JSON (" + e.getOriginalMessage() + ")", shorten(line, 2000));
                continue;
            }
            if (node instanceof ObjectNode record) {
                handle(file, index, record, sink, handler);
            } else {
                sink.rejected(file, index, "record", "is not a record object", shorten(line, 2000));
            }
            index++;
        }
        return index;
    }

    private static void handle(String file, long index, ObjectNode record, ImportSink sink, Handler handler) {
        try {
            handler.record(index, record);
        } catch (BadField bad) {
            sink.rejected(file, index, bad.field(), bad.reason(), shorten(record.toString(), 2000));
        }
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
        BigDecimal d = decimal(parent, field, path);
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
            return "a list";
        }
        return shorten(v.toString(), 64);
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    static String where(JsonLocation location) {
        return location == null ? "an unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "'" + token.asString() + "'";
        };
    }

    /** The first token of a file, or an IOException naming the file when it is not JSON at all. */
    static JsonToken first(JsonParser p, String file) throws IOException {
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ExportFormatException(file, "is empty");
            }
            return t;
        } catch (JsonProcessingException e) {
            throw new ExportFormatException(file, "is not JSON (" + where(e.getLocation()) + ")");
        }
    }
}
