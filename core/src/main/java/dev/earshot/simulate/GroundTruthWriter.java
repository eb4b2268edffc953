package dev.earshot.simulate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.event.Device;
import dev.earshot.event.Platform;
import dev.earshot.vocab.Genre;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes the ground truth of a run as one JSON object: period, tracks (ids per platform, true genre and mood),
 * artists, users (taste, home, rhythm), sessions (true context), held-out listens per user, emerging artists.
 */
public final class GroundTruthWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private GroundTruthWriter() {
    }

    public static void write(World world, GroundTruth truth, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("seed", world.seed());
            g.writeStringField("scenario", world.config().scenario().name());
            g.writeObjectFieldStart("period");
            g.writeStringField("start", world.period().start().toString());
            g.writeStringField("holdout_start", world.period().holdoutStart().toString());
            g.writeStringField("end", world.period().end().toString());
            g.writeEndObject();
            CatalogTruthWriter.write(world.catalog(), g);
            writeUsers(world, g);
            writeSessions(truth, g);
            writeHeldOut(world, truth, g);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeUsers(World world, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("users");
        for (SimUser u : world.users()) {
            g.writeStartObject();
            g.writeStringField("user_id", u.id());
            g.writeStringField("platform", u.platform().wire());
            g.writeStringField("city", u.city().location().city());
            g.writeStringField("country", u.city().location().country());
            g.writeStringField("time_zone", u.city().zone().getId());
            g.writeArrayFieldStart("devices");
            for (Device d : u.devices()) {
                g.writeString(d.wire());
            }
            g.writeEndArray();
            g.writeNumberField("sessions_per_day", Draw.round3(u.sessionsPerDay()));
            g.writeNumberField("engagement", Draw.round3(u.engagement()));
            g.writeBooleanField("premium", u.premium());
            g.writeNumberField("chronotype_hours", u.chronotype());
            writeTaste(u.taste(), g);
            g.writeArrayFieldStart("favourite_tracks");
            for (SimTrack t : u.favourites()) {
                g.writeString(t.id(u.platform()));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeTaste(Taste t, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("taste");
        g.writeNumberField("energy", Draw.round3(t.energy()));
        g.writeNumberField("valence", Draw.round3(t.valence()));
        g.writeObjectFieldStart("genres");
        for (Genre genre : Genre.values()) {
            g.writeNumberField(genre.wire(), Draw.round3(t.weight(genre)));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeSessions(GroundTruth truth, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("sessions");
        for (GroundTruth.SessionTruth s : truth.sessions()) {
            g.writeStartObject();
            g.writeStringField("session_id", s.sessionId());
            g.writeStringField("user_id", s.userId());
            g.writeStringField("context", s.context().wire());
            g.writeStringField("start", s.start().toString());
            g.writeBooleanField("held_out", s.heldOut());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeHeldOut(World world, GroundTruth truth, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("held_out_listens");
        for (SimUser u : world.users()) {
            g.writeArrayFieldStart(u.id());
            for (GroundTruth.HeldOutListen l : truth.heldOut(u.index())) {
                g.writeStartObject();
                g.writeStringField("track_id", l.trackId());
                g.writeStringField("timestamp", l.timestamp().toString());
                g.writeStringField("outcome", l.outcome().wire());
                g.writeNumberField("ms_played", l.msPlayed());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void writeIds(Map<Platform, String> ids, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("ids");
        for (Platform p : Platform.values()) {
            if (ids.containsKey(p)) {
                g.writeStringField(p.wire(), ids.get(p));
            }
        }
        g.writeEndObject();
    }
}
