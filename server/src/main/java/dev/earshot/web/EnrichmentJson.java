package dev.earshot.web;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.ListeningContextInsight;
import dev.earshot.enrich.MoodAnalysis;
import java.io.IOException;

/** Writes an event's insight as the {@code enrichments} object of DESIGN §2; unknown parts are null. */
final class EnrichmentJson {
    private EnrichmentJson() {
    }

    static void write(Enrichment e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("mood_analysis");
        mood(e.moodAnalysis(), g);
        g.writeFieldName("genre_prediction");
        genre(e.genrePrediction(), g);
        g.writeFieldName("listening_context");
        context(e.listeningContext(), g);
        g.writeFieldName("similar_tracks");
        if (e.similarTracks() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (String id : e.similarTracks()) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        g.writeNumberField("engagement_score", e.engagementScore());
        g.writeStringField("model_version", e.modelVersion());
        g.writeEndObject();
    }

    private static void mood(MoodAnalysis m, JsonGenerator g) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("mood", m.mood().wire());
        g.writeNumberField("valence", m.valence());
        g.writeNumberField("arousal", m.arousal());
        g.writeNumberField("confidence", m.confidence());
        g.writeStringField("source", m.source().wire());
        g.writeEndObject();
    }

    private static void genre(GenrePrediction p, JsonGenerator g) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeArrayFieldStart("genres");
        for (GenreProbability gp : p.genres()) {
            g.writeStartObject();
            g.writeStringField("genre", gp.genre());
            g.writeNumberField("p", gp.p());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("source", p.source().wire());
        g.writeEndObject();
    }

    private static void context(ListeningContextInsight c, JsonGenerator g) throws IOException {
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("context", c.context().wire());
        g.writeStringField("time_of_day", c.timeOfDay().wire());
        g.writeBooleanField("weekday", c.weekday());
        g.writeNumberField("confidence", c.confidence());
        g.writeStringField("source", c.source().wire());
        g.writeEndObject();
    }
}
