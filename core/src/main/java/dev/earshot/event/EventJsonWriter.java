package dev.earshot.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link ListenEvent} in the wire format of DESIGN §2 with a streaming generator, so that what we
 * write reads back through {@link EventParser} unchanged. Absent optional fields are omitted.
 */
public final class EventJsonWriter {
    // Field names encoded once: the generator then copies bytes instead of escaping each name again.
    private static final SerializedString EVENT_ID = new SerializedString("event_id");
    private static final SerializedString EVENT_TYPE = new SerializedString("event_type");
    private static final SerializedString USER_ID = new SerializedString("user_id");
    private static final SerializedString TRACK_ID = new SerializedString("track_id");
    private static final SerializedString TIMESTAMP = new SerializedString("timestamp");
    private static final SerializedString DEVICE_TIMESTAMP = new SerializedString("device_timestamp");
    private static final SerializedString PLATFORM = new SerializedString("platform");
    private static final SerializedString DEVICE = new SerializedString("device");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString TRACK = new SerializedString("track");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString ALBUM = new SerializedString("album");
    private static final SerializedString ARTIST = new SerializedString("artist");
    private static final SerializedString AUDIO_FEATURES = new SerializedString("audio_features");
    private static final SerializedString CITY = new SerializedString("city");
    private static final SerializedString CONTEXT = new SerializedString("context");
    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString DURATION_MS = new SerializedString("duration_ms");
    private static final SerializedString GENRES = new SerializedString("genres");
    private static final SerializedString LOCATION = new SerializedString("location");
    private static final SerializedString MS_PLAYED = new SerializedString("ms_played");
    private static final SerializedString POSITION_MS = new SerializedString("position_ms");
    private static final SerializedString REGION = new SerializedString("region");
    private static final SerializedString SESSION_ID = new SerializedString("session_id");
    private static final SerializedString TITLE = new SerializedString("title");

    private EventJsonWriter() {
    }

    /** Writes the event's fields into the object the generator has open. */
    public static void writeFields(ListenEvent e, JsonGenerator g) throws IOException {
        field(g, EVENT_ID, e.eventId());
        field(g, EVENT_TYPE, e.eventType().wire());
        field(g, USER_ID, e.userId());
        field(g, TRACK_ID, e.trackId());
        field(g, TIMESTAMP, IsoTimestamp.format(e.timestamp()));
        if (!e.deviceTimestamp().equals(e.timestamp())) {
            field(g, DEVICE_TIMESTAMP, IsoTimestamp.format(e.deviceTimestamp()));
        }
        field(g, PLATFORM, e.platform().wire());
        writeLocation(e.location(), g);
        optional(g, SESSION_ID, e.sessionId());
        optional(g, POSITION_MS, e.positionMs());
        optional(g, MS_PLAYED, e.msPlayed());
        optional(g, DURATION_MS, e.durationMs());
        if (e.device() != null) {
            field(g, DEVICE, e.device().wire());
        }
        if (e.context() != null) {
            g.writeFieldName(CONTEXT);
            g.writeStartObject();
            field(g, TYPE, e.context().type().wire());
            optional(g, ID, e.context().id());
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
        g.writeFieldName(LOCATION);
        g.writeStartObject();
        optional(g, COUNTRY, l.country());
        optional(g, REGION, l.region());
        optional(g, CITY, l.city());
        g.writeEndObject();
    }

    private static void writeTrack(TrackMetadata t, JsonGenerator g) throws IOException {
        if (t != null) {
            g.writeFieldName(TRACK);
            writeTrackObject(t, g);
        }
    }

    /** Writes the track metadata as one JSON object at the generator's current position. */
    public static void writeTrackObject(TrackMetadata t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        optional(g, TITLE, t.title());
        optional(g, ARTIST, t.artist());
        optional(g, ALBUM, t.album());
        optional(g, DURATION_MS, t.durationMs());
        if (!t.genres().isEmpty()) {
            g.writeFieldName(GENRES);
            g.writeStartArray();
            for (String genre : t.genres()) {
                g.writeString(genre);
            }
            g.writeEndArray();
        }
        if (!t.audioFeatures().isEmpty()) {
            g.writeFieldName(AUDIO_FEATURES);
            g.writeStartObject();
            for (Map.Entry<String, Double> f : t.audioFeatures().entrySet()) {
                g.writeNumberField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void optional(JsonGenerator g, SerializedString name, String value) throws IOException {
        if (value != null) {
            field(g, name, value);
        }
    }

    private static void optional(JsonGenerator g, SerializedString name, Long value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(value.longValue());
        }
    }
}
