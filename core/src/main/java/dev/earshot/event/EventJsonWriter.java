package dev.earshot.event;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link ListenEvent} in the wire format of DESIGN §2 with a streaming generator, so that what we
 * write reads back through {@link EventParser} unchanged. Absent optional fields are omitted.
 */
public final class EventJsonWriter {
    private EventJsonWriter() {
    }

    /** Writes the event's fields into the object the generator has open. */
    public static void writeFields(ListenEvent e, JsonGenerator g) throws IOException {
        g.writeStringField("event_id", e.eventId());
        g.writeStringField("event_type", e.eventType().wire());
        g.writeStringField("user_id", e.userId());
        g.writeStringField("track_id", e.trackId());
        g.writeStringField("timestamp", e.timestamp().toString());
        if (e.deviceTimestamp() != null && !e.deviceTimestamp().equals(e.timestamp())) {
            g.writeStringField("device_timestamp", e.deviceTimestamp().toString());
        }
        g.writeStringField("platform", e.platform().wire());
        writeLocation(e.location(), g);
        optional(g, "session_id", e.sessionId());
        optional(g, "position_ms", e.positionMs());
        optional(g, "ms_played", e.msPlayed());
        optional(g, "duration_ms", e.durationMs());
        if (e.device() != null) {
            g.writeStringField("device", e.device().wire());
        }
        if (e.context() != null) {
            g.writeObjectFieldStart("context");
            g.writeStringField("type", e.context().type().wire());
            optional(g, "id", e.context().id());
            g.writeEndObject();
        }
        writeTrack(e.track(), g);
    }

    /** Writes the whole event as one JSON object. */
    public static void write(ListenEvent e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeFields(e, g);
        g.writeEndObject();
    }

    private static void writeLocation(Location l, JsonGenerator g) throws IOException {
        if (l == null) {
            return;
        }
        g.writeObjectFieldStart("location");
        optional(g, "country", l.country());
        optional(g, "region", l.region());
        optional(g, "city", l.city());
        g.writeEndObject();
    }

    private static void writeTrack(TrackMetadata t, JsonGenerator g) throws IOException {
        if (t != null) {
            g.writeFieldName("track");
            writeTrackObject(t, g);
        }
    }

    /** Writes the track metadata as one JSON object at the generator's current position. */
    public static void writeTrackObject(TrackMetadata t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        optional(g, "title", t.title());
        optional(g, "artist", t.artist());
        optional(g, "album", t.album());
        optional(g, "duration_ms", t.durationMs());
        if (!t.genres().isEmpty()) {
            g.writeArrayFieldStart("genres");
            for (String genre : t.genres()) {
                g.writeString(genre);
            }
            g.writeEndArray();
        }
        if (!t.audioFeatures().isEmpty()) {
            g.writeObjectFieldStart("audio_features");
            for (Map.Entry<String, Double> f : t.audioFeatures().entrySet()) {
                g.writeNumberField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void optional(JsonGenerator g, String name, Long value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }
}
