package dev.earshot.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the elements of a file that is one JSON array of objects (Spotify's histories, Google Takeout),
 * handing over one small tree per record, so a file of hundreds of MB is never held whole. A record that is
 * not an object is rejected and reading goes on; a syntax error (a download cut off half way) rejects the
 * record where it happened and ends the file there, keeping every record before it. Only a file that is not
 * a JSON array at all throws.
 */
final class JsonArrayStream {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a reader does with one record: {@code index} is its 0-based position in the array. */
    interface RecordHandler {
        void record(long index, ObjectNode record);
    }

    private JsonArrayStream() {
    }

    /** Reads every record of {@code in}; returns how many elements were read (good or rejected). */
    static long forEach(InputStream in, String file, ImportSink sink, RecordHandler handler) throws IOException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (JsonProcessingException e) {
                throw new ExportFormatException(file, "is not JSON (" + where(e.getLocation()) + ")");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new ExportFormatException(file, first == null ? "is empty"
                        : "is not a JSON array of records (it starts with " + describe(first) + ")");
            }
            long index = 0;
            while (true) {
                JsonToken token;
                try {
                    token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        return index;
                    }
                    if (token == null) {
                        sink.rejected(file, index, null, "the file ends before its array is closed (was it cut off?)", null);
                        return index;
                    }
                    if (token != JsonToken.START_OBJECT) {
                        String raw = token.isScalarValue() ? parser.getText() : null;
                        parser.skipChildren();
                        sink.rejected(file, index, null, "is " + describe(token) + ", not a record object", raw);
                        index++;
                        continue;
                    }
                    ObjectNode record = parser.readValueAsTree();
                    handler.record(index, record);
                    index++;
                } catch (JsonProcessingException e) {
                    sink.rejected(file, index, null, endsEarly(e)
                            ? "the file ends in the middle of this record (was it cut off?)"
                            : "malformed JSON at " + where(e.getLocation()) + "; the rest of the file could not be read", null);
                    return index + 1;
                }
            }
        }
    }

    /** Whether the parser failed because the input ended, whatever token it was expecting then. */
    private static boolean endsEarly(JsonProcessingException e) {
        return e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
    }

    private static String where(JsonLocation location) {
        return location == null ? "an unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String describe(JsonToken token) {
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
}
