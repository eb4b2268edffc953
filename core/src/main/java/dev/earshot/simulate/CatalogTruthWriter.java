package dev.earshot.simulate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The catalog part of the ground truth: tracks with their true genre and mood, artists, emerging artists. */
final class CatalogTruthWriter {
    private CatalogTruthWriter() {
    }

    static void write(SimCatalog catalog, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("tracks");
        for (SimTrack t : catalog.tracks()) {
            g.writeStartObject();
            GroundTruthWriter.writeIds(t.ids(), g);
            g.writeStringField("title", t.title());
            g.writeStringField("artist_id", t.artist().id());
            g.writeStringField("genre", t.genre().wire());
            g.writeStringField("mood", t.mood().wire());
            g.writeNumberField("valence", t.audio().valence());
            g.writeNumberField("energy", t.audio().energy());
            g.writeStringField("release_date", t.released().toString());
            g.writeNumberField("popularity", t.popularity());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("artists");
        for (SimArtist a : catalog.artists()) {
            writeArtist(a, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("emerging_artists");
        for (SimArtist a : catalog.emergingArtists()) {
            g.writeString(a.id());
        }
        g.writeEndArray();
    }

    private static void writeArtist(SimArtist a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("artist_id", a.id());
        g.writeStringField("name", a.name());
        g.writeArrayFieldStart("genres");
        g.writeString(a.primary().wire());
        if (a.secondary() != null) {
            g.writeString(a.secondary().wire());
        }
        g.writeEndArray();
        g.writeBooleanField("emerging", a.emerging());
        g.writeStringField("debut", a.debut().toString());
        g.writeEndObject();
    }
}
