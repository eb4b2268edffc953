package dev.earshot.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.TrackMetadata;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test kit's events, for every module's tests: a fixed instant, the wire JSON a client sends (valid by default,
 * tweaked field by field), and the plain event of {@link Listen} that stores and pipelines take.
 */
public final class Events {
    /** The tests' "now": the server clock's instant, and the start of their batches. */
    public static final Instant T0 = Instant.parse("2024-01-16T12:00:00Z");
    /** A clock stopped at {@link #T0}, for a test whose answers do not depend on time passing. */
    public static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    /** The default wire event's timestamp, two minutes before {@link #T0}. */
    public static final String TIMESTAMP = "2024-01-16T11:58:00Z";
    public static final String TRACK = "spotify:track:4iV5W9uYEdYUVa79Axb7Rh";

    private static final JsonFactory FACTORY = new JsonFactory();

    private Events() {
    }

    /** The seven fields of DESIGN §2 as a client sends them, valid as of {@link #T0}. */
    public static Wire wire() {
        return new Wire()
                .with("event_id", "evt_user123_1705406280")
                .with("event_type", "play")
                .with("user_id", "user123")
                .with("track_id", TRACK)
                .with("timestamp", TIMESTAMP)
                .with("platform", "spotify")
                .with("location", "San Francisco, CA");
    }

    /** A valid event as wire JSON, for HTTP tests. */
    public static String json(String id, String userId, Instant at) {
        return json(id, userId, at, "play", "spotify");
    }

    public static String json(String id, String userId, Instant at, String type, String platform) {
        return wire().with("event_id", id).with("event_type", type).with("user_id", userId)
                .with("timestamp", at.toString()).with("platform", platform).json();
    }

    /** A JSON array of {@code n} valid events with ids {@code prefix0..prefix(n-1)}, one second apart. */
    public static String batch(String prefix, int n, Instant start) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(json(prefix + i, "user" + (i % 7), start.plusSeconds(i)));
        }
        return out.append(']').toString();
    }

    /**
     * The event a client sends as {@link #json}: a one-second play of {@link #TRACK} on Spotify in San Francisco,
     * no metadata, no insight.
     */
    public static Listen listen(String id, String userId, Instant at) {
        return Listen.play(id, userId, at).track(TRACK, (TrackMetadata) null)
                .location(Listen.SAN_FRANCISCO).session("s1").ms(1000).position(0, 200_000).noInsight();
    }

    /** {@link #listen}'s event. */
    public static ListenEvent event(String id, String userId, Instant at) {
        return listen(id, userId, at).event();
    }

    /** A JSON fragment written as is, for values a map cannot express (1e400, NaN, duplicate keys...). */
    public record Raw(String json) {
    }

    public static Raw raw(String json) {
        return new Raw(json);
    }

    /** Wire JSON built field by field. */
    public static final class Wire {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Wire with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        public Wire without(String field) {
            fields.remove(field);
            return this;
        }

        public String json() {
            return render(fields);
        }

        public byte[] bytes() {
            return json().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Renders maps, lists, strings, numbers, booleans, null and {@link Raw} as compact JSON. */
    public static String render(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Object value, JsonGenerator g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Raw r) {
            g.writeRawValue(r.json());
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(o, g);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot render " + value.getClass());
        }
    }
}
