package dev.earshot.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills an {@link EventDraft} from the fields of one JSON object. A value of the wrong JSON type is
 * recorded as a violation and skipped, so that one bad field never hides the others. Unknown fields are
 * ignored: clients may send more than we read.
 */
final class EventFieldReader {
    /** One bit per field we read, to spot a field sent twice without a set per event on the hot path. */
    private static final Map<String, Long> FIELD_BITS = bits("event_id", "event_type", "user_id", "track_id",
            "timestamp", "sent_at", "platform", "session_id", "device", "position_ms", "ms_played", "duration_ms",
            "location", "context", "track");
    private static final Map<String, Long> LOCATION_BITS = bits("country", "region", "city");
    private static final Map<String, Long> CONTEXT_BITS = bits("type", "id");
    private static final Map<String, Long> TRACK_BITS = bits("title", "artist", "album", "duration_ms", "genres",
            "audio_features");

    private EventFieldReader() {
    }

    private static Map<String, Long> bits(String... names) {
        Map<String, Long> bits = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            bits.put(names[i], 1L << i);
        }
        return Map.copyOf(bits);
    }

    /** Reads the object whose START_OBJECT is the current token, up to and including its END_OBJECT. */
    static void readEvent(JsonParser p, EventDraft d) throws IOException {
        long seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            long marked = mark(FIELD_BITS, name, seen);
            if (marked < 0) {
                repeated(p, d, name);
                continue;
            }
            seen = marked;
            switch (name) {
                case "event_id" -> d.eventId = string(p, d, name);
                case "event_type" -> d.eventType = string(p, d, name);
                case "user_id" -> d.userId = string(p, d, name);
                case "track_id" -> d.trackId = string(p, d, name);
                case "timestamp" -> d.timestamp = string(p, d, name);
                case "sent_at" -> d.sentAt = string(p, d, name);
                case "platform" -> d.platform = string(p, d, name);
                case "session_id" -> d.sessionId = string(p, d, name);
                case "device" -> d.device = string(p, d, name);
                case "position_ms" -> d.positionMs = integer(p, d, name);
                case "ms_played" -> d.msPlayed = integer(p, d, name);
                case "duration_ms" -> d.durationMs = integer(p, d, name);
                case "location" -> readLocation(p, d);
                case "context" -> readContext(p, d);
                case "track" -> readTrack(p, d);
                default -> p.skipChildren();
            }
        }
    }

    private static void readLocation(JsonParser p, EventDraft d) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            d.locationText = p.getText();
        } else if (t == JsonToken.START_OBJECT) {
            d.locationObject = true;
            long seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                String path = "location." + name;
                long marked = mark(LOCATION_BITS, name, seen);
                if (marked < 0) {
                    repeated(p, d, path);
                    continue;
                }
                seen = marked;
                switch (name) {
                    case "country" -> d.country = string(p, d, path);
                    case "region" -> d.region = string(p, d, path);
                    case "city" -> d.city = string(p, d, path);
                    default -> p.skipChildren();
                }
            }
        } else if (t != JsonToken.VALUE_NULL) {
            wrongType(p, d, "location", "a string or an object");
        }
    }

    private static void readContext(JsonParser p, EventDraft d) throws IOException {
        if (!expectObject(p, d, "context")) {
            return;
        }
        d.contextPresent = true;
        long seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            long marked = mark(CONTEXT_BITS, name, seen);
            if (marked < 0) {
                repeated(p, d, "context." + name);
                continue;
            }
            seen = marked;
            switch (name) {
                case "type" -> d.contextType = string(p, d, "context.type");
                case "id" -> d.contextId = string(p, d, "context.id");
                default -> p.skipChildren();
            }
        }
    }

    private static void readTrack(JsonParser p, EventDraft d) throws IOException {
        if (!expectObject(p, d, "track")) {
            return;
        }
        d.trackPresent = true;
        long seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            String path = "track." + name;
            long marked = mark(TRACK_BITS, name, seen);
            if (marked < 0) {
                repeated(p, d, path);
                continue;
            }
            seen = marked;
            switch (name) {
                case "title" -> d.trackTitle = string(p, d, path);
                case "artist" -> d.trackArtist = string(p, d, path);
                case "album" -> d.trackAlbum = string(p, d, path);
                case "duration_ms" -> d.trackDurationMs = integer(p, d, path);
                case "genres" -> d.trackGenres = stringList(p, d, path);
                case "audio_features" -> readAudioFeatures(p, d);
                default -> p.skipChildren();
            }
        }
    }

    private static void readAudioFeatures(JsonParser p, EventDraft d) throws IOException {
        if (!expectObject(p, d, "track.audio_features")) {
            return;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            String path = "track.audio_features." + name;
            if (!seen.add(name)) {
                repeated(p, d, path);
                continue;
            }
            Double value = number(p, d, path);
            if (value != null) {
                d.putAudioFeature(name, value);
            }
        }
    }

    /**
     * The mask with {@code name} marked, or -1 when it was marked already: a field given twice in one object
     * is refused (the first value stands), wherever the object is. Names outside {@code bits} are not tracked.
     */
    private static long mark(Map<String, Long> bits, String name, long seen) {
        long bit = bits.getOrDefault(name, 0L);
        return (seen & bit) != 0 ? -1 : seen | bit;
    }

    private static void repeated(JsonParser p, EventDraft d, String path) throws IOException {
        d.addViolation(path, "appears more than once");
        p.skipChildren();
    }

    private static boolean expectObject(JsonParser p, EventDraft d, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(p, d, path, "an object");
        }
        return false;
    }

    private static String string(JsonParser p, EventDraft d, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(p, d, path, "a string");
        }
        return null;
    }

    private static Long integer(JsonParser p, EventDraft d, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                d.addViolation(path, "is out of range");
                return null;
            }
            return p.getLongValue();
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(p, d, path, "an integer");
        }
        return null;
    }

    private static Double number(JsonParser p, EventDraft d, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = p.getDoubleValue();
            if (!Double.isFinite(value)) {
                d.addViolation(path, "is out of range");
                return null;
            }
            return value;
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(p, d, path, "a number");
        }
        return null;
    }

    private static List<String> stringList(JsonParser p, EventDraft d, String path) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(p, d, path, "an array of strings");
            return null;
        }
        List<String> values = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String value = string(p, d, path + "[" + i++ + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static void wrongType(JsonParser p, EventDraft d, String path, String expected) throws IOException {
        d.addViolation(path, "must be " + expected + ", got " + JsonTypes.describe(p.currentToken()));
        p.skipChildren();
    }
}
