package dev.earshot.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Streams the records of every JSON export (Spotify's histories, Google Takeout, ListenBrainz, Last.fm, Maloja)
 * one small tree at a time; {@link JsonFields} reads typed fields out of them. A file of hundreds of MB is never
 * held whole. A record that is not an object is rejected and reading goes on; a syntax error (a download cut off
 * half way) rejects where it happened and ends the file there, keeping every record before it.
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

    /** Whether the head of a file looks like a JSON array of records that name every one of {@code fields}. */
    static boolean arrayOf(String head, String... fields) {
        String h = head.stripLeading();
        if (!h.startsWith("[")) {
            return false;
        }
        for (String field : fields) {
            if (!h.contains("\"" + field + "\"")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a file that is one JSON array of records (Spotify's histories, Google Takeout); only a file that is
     * not a JSON array at all throws.
     */
    static void array(InputStream in, String file, ImportSink sink, Handler handler) throws IOException {
        try (JsonParser p = parser(in)) {
            JsonToken first = first(p, file);
            if (first != JsonToken.START_ARRAY) {
                throw new ExportFormatException(file, "is not a JSON array of records (it starts with " + describe(first) + ")");
            }
            array(p, file, 0, sink, handler);
        } catch (Broken ignored) {
            // reported; the records before the break are in
        }
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
                sink.rejected(file, index, "file", endsEarly(e)
                        ? "the file ends in the middle of this record (was the download cut off?)"
                        : "malformed JSON at " + where(e.getLocation()) + "; the rest of the file could not be read", null);
                throw new Broken();
            }
        }
    }

    /** Whether the parser failed because the input ended, whatever token it was expecting then. */
    private static boolean endsEarly(JsonProcessingException e) {
        return e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
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
                sink.rejected(file, index++, "record", "is not valid JSON (" + e.getOriginalMessage() + ")", JsonFields.shorten(line, 2000));
                continue;
            }
            if (node instanceof ObjectNode record) {
                handle(file, index, record, sink, handler);
            } else {
                sink.rejected(file, index, "record", "is not a record object", JsonFields.shorten(line, 2000));
            }
            index++;
        }
        return index;
    }

    private static void handle(String file, long index, ObjectNode record, ImportSink sink, Handler handler) {
        try {
            handler.record(index, record);
        } catch (BadField bad) {
            sink.rejected(file, index, bad.field(), bad.reason(), JsonFields.shorten(record.toString(), 2000));
        }
    }

    static String where(JsonLocation location) {
        return location == null ? "an unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
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
