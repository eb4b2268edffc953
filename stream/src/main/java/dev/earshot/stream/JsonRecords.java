package dev.earshot.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.enrich.Enrichment;
import dev.earshot.event.EventJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.util.function.SerializableFunction;

/** The JSON messages of the job's output topics: enriched events, late events, per-minute counts, sessions. */
final class JsonRecords {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonRecords() {
    }

    interface Fields<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    static <T> byte[] object(T value, Fields<T> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(value, g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An enriched event: the event's wire fields, when it was received, and its insight (flat, as the lake's columns). */
    static byte[] enriched(Enriched e) {
        return object(e, (v, g) -> {
            EventJsonWriter.writeFields(v.stored().event(), g);
            g.writeStringField("received_at", v.stored().receivedAt().toString());
            if (v.artist() != null) {
                g.writeStringField("artist", v.artist());
            }
            Enrichment x = v.stored().enrichment();
            if (x == null) {
                return;
            }
            if (x.moodAnalysis() != null) {
                g.writeStringField("mood", x.moodAnalysis().mood().wire());
            }
            if (x.genrePrediction() != null) {
                g.writeStringField("genre", x.genrePrediction().top().genre());
                g.writeNumberField("genre_p", x.genrePrediction().top().p());
            }
            if (x.listeningContext() != null) {
                g.writeStringField("context", x.listeningContext().context().wire());
            }
            g.writeNumberField("engagement", x.engagementScore());
            if (x.similarTracks() != null) {
                g.writeArrayFieldStart("similar_tracks");
                for (String id : x.similarTracks()) {
                    g.writeString(id);
                }
                g.writeEndArray();
            }
            g.writeStringField("model_version", x.modelVersion());
        });
    }

    static byte[] minute(MinuteCount c) {
        return object(c, (v, g) -> {
            g.writeStringField("dimension", v.dimension());
            g.writeStringField("key", v.key());
            g.writeNumberField("minute", v.minuteStartMillis());
            g.writeNumberField("plays", v.plays());
            g.writeNumberField("listeners", v.listeners());
        });
    }

    static byte[] session(SessionFact s) {
        return object(s, (v, g) -> {
            g.writeStringField("user_id", v.userId());
            g.writeNumberField("start", v.startMillis());
            g.writeNumberField("end", v.endMillis());
            g.writeNumberField("events", v.events());
            g.writeNumberField("plays", v.plays());
            g.writeNumberField("ms_played", v.msPlayed());
            g.writeNumberField("tracks", v.tracks());
        });
    }

    /** Enriched (and late) events, keyed by listener. */
    static Schema<Enriched> enrichedKey() {
        return new Schema<>(Enriched.class, e -> utf8(e.stored().event().userId()));
    }

    static Schema<Enriched> enrichedValue() {
        return new Schema<>(Enriched.class, JsonRecords::enriched);
    }

    /** Per-minute counts, keyed by dimension and value, so each one's emissions stay in order. */
    static Schema<MinuteCount> minuteKey() {
        return new Schema<>(MinuteCount.class, c -> utf8(c.dimension() + ':' + c.key()));
    }

    static Schema<MinuteCount> minuteValue() {
        return new Schema<>(MinuteCount.class, JsonRecords::minute);
    }

    /** Session facts, keyed by listener. */
    static Schema<SessionFact> sessionKey() {
        return new Schema<>(SessionFact.class, s -> utf8(s.userId()));
    }

    static Schema<SessionFact> sessionValue() {
        return new Schema<>(SessionFact.class, JsonRecords::session);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A topic's key or value. It names its element type because the Kafka sink reads that for lineage, and a
     * lambda's type cannot be inferred there.
     */
    static final class Schema<T> implements SerializationSchema<T>, ResultTypeQueryable<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> type;
        private final SerializableFunction<T, byte[]> write;

        Schema(Class<T> type, SerializableFunction<T, byte[]> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public byte[] serialize(T value) {
            return write.apply(value);
        }

        @Override
        public TypeInformation<T> getProducedType() {
            return TypeInformation.of(type);
        }
    }
}
