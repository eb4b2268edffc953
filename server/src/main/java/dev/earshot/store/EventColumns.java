package dev.earshot.store;

import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.ListeningContextInsight;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.TimeZones;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.PlaybackContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Events as columns: one Arrow vector per column of {@code events}, named as in the store's migrations, holding the
 * same values {@link EventRowWriter} appends row by row (nulls, lists, local time and insight alike), so that
 * DuckDB can insert a whole group with one statement. Public for the stream job's warehouse sinks (BigQuery,
 * PostgreSQL), which send the same columns: one mapping from an event to the events table's values.
 */
public final class EventColumns {
    private static final ArrowType TEXT = new ArrowType.Utf8();
    private static final ArrowType MICROS = new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
    private static final ArrowType LONG = new ArrowType.Int(64, true);
    private static final ArrowType DOUBLE = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);

    public static final Schema SCHEMA = new Schema(List.of(
            required("event_id", TEXT), required("event_type", TEXT), required("user_id", TEXT), required("track_id", TEXT),
            required("ts", MICROS), required("device_ts", MICROS), required("received_at", MICROS), required("platform", TEXT),
            optional("country", TEXT), optional("region", TEXT), optional("city", TEXT), optional("session_id", TEXT),
            optional("position_ms", LONG), optional("ms_played", LONG), optional("duration_ms", LONG),
            optional("device", TEXT), optional("context_type", TEXT), optional("context_id", TEXT),
            optional("mood", TEXT), optional("valence", DOUBLE), optional("arousal", DOUBLE),
            optional("mood_confidence", DOUBLE), optional("mood_source", TEXT), optional("genre", TEXT),
            optional("genre_p", DOUBLE), optional("genre_source", TEXT), optional("context", TEXT),
            optional("time_of_day", TEXT), optional("weekday", new ArrowType.Bool()),
            optional("context_confidence", DOUBLE), optional("engagement", DOUBLE), list("similar_tracks", TEXT),
            optional("model_version", TEXT), optional("local_ts", MICROS), list("genre_names", TEXT),
            list("genre_probs", DOUBLE), optional("source", TEXT)));

    private EventColumns() {
    }

    /** A new batch of {@code events}; the caller closes it. */
    public static VectorSchemaRoot of(BufferAllocator allocator, List<StoredEvent> events) {
        VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
        try {
            for (FieldVector v : root.getFieldVectors()) {
                v.setInitialCapacity(events.size());
                v.allocateNew();
            }
            SourceBytes sources = new SourceBytes();
            for (int row = 0; row < events.size(); row++) {
                raw(root, row, events.get(row));
                insight(root, row, events.get(row).enrichment());
                ArrowVectors.micros(micros(root, 33), row, localMicros(events.get(row).event()));
                ArrowVectors.bytes(text(root, 36), row, sources.of(events.get(row).source()));
            }
            root.setRowCount(events.size());
            return root;
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
    }

    private static void raw(VectorSchemaRoot r, int row, StoredEvent stored) {
        ListenEvent e = stored.event();
        ArrowVectors.string(text(r, 0), row, e.eventId());
        ArrowVectors.wire(text(r, 1), row, e.eventType());
        ArrowVectors.string(text(r, 2), row, e.userId());
        ArrowVectors.string(text(r, 3), row, e.trackId());
        ArrowVectors.micros(micros(r, 4), row, Cursor.micros(e.timestamp()));
        ArrowVectors.micros(micros(r, 5), row, Cursor.micros(e.deviceTimestamp()));
        ArrowVectors.micros(micros(r, 6), row, Cursor.micros(stored.receivedAt()));
        ArrowVectors.wire(text(r, 7), row, e.platform());
        Location l = e.location();
        if (l != null) {
            ArrowVectors.string(text(r, 8), row, l.country());
            ArrowVectors.string(text(r, 9), row, l.region());
            ArrowVectors.string(text(r, 10), row, l.city());
        }
        ArrowVectors.string(text(r, 11), row, e.sessionId());
        ArrowVectors.number(bigint(r, 12), row, e.positionMs());
        ArrowVectors.number(bigint(r, 13), row, e.msPlayed());
        ArrowVectors.number(bigint(r, 14), row, e.durationMs());
        ArrowVectors.wire(text(r, 15), row, e.device());
        PlaybackContext c = e.context();
        if (c != null) {
            ArrowVectors.wire(text(r, 16), row, c.type());
            ArrowVectors.string(text(r, 17), row, c.id());
        }
    }

    private static void insight(VectorSchemaRoot r, int row, Enrichment e) {
        if (e == null) {
            return;
        }
        MoodAnalysis mood = e.moodAnalysis();
        if (mood != null) {
            ArrowVectors.wire(text(r, 18), row, mood.mood());
            ArrowVectors.number(float8(r, 19), row, mood.valence());
            ArrowVectors.number(float8(r, 20), row, mood.arousal());
            ArrowVectors.number(float8(r, 21), row, mood.confidence());
            ArrowVectors.wire(text(r, 22), row, mood.source());
        }
        GenrePrediction genre = e.genrePrediction();
        if (genre != null) {
            ArrowVectors.string(text(r, 23), row, genre.top().genre());
            ArrowVectors.number(float8(r, 24), row, genre.top().p());
            ArrowVectors.wire(text(r, 25), row, genre.source());
            genres(r, row, genre);
        }
        ListeningContextInsight context = e.listeningContext();
        if (context != null) {
            ArrowVectors.wire(text(r, 26), row, context.context());
            ArrowVectors.wire(text(r, 27), row, context.timeOfDay());
            ArrowVectors.flag((BitVector) r.getVector(28), row, context.weekday());
            ArrowVectors.number(float8(r, 29), row, context.confidence());
        }
        ArrowVectors.number(float8(r, 30), row, e.engagementScore());
        ArrowVectors.strings((ListVector) r.getVector(31), row, e.similarTracks());
        ArrowVectors.string(text(r, 32), row, e.modelVersion());
    }

    /** As {@link EnrichmentColumns#appendGenres}: the lists only when there is more than one genre. */
    private static void genres(VectorSchemaRoot r, int row, GenrePrediction genre) {
        if (genre.genres().size() == 1) {
            return;
        }
        List<String> names = new ArrayList<>(genre.genres().size());
        double[] probs = new double[genre.genres().size()];
        for (int i = 0; i < probs.length; i++) {
            GenreProbability g = genre.genres().get(i);
            names.add(g.genre());
            probs[i] = g.p();
        }
        ArrowVectors.strings((ListVector) r.getVector(34), row, names);
        ArrowVectors.numbers((ListVector) r.getVector(35), row, probs);
    }

    /** As {@link EventRowWriter#localTime}: the wall-clock time at the listener's place, or null. */
    private static Long localMicros(ListenEvent e) {
        ZoneId zone = TimeZones.of(e.location());
        if (zone == null) {
            return null;
        }
        return Cursor.micros(LocalDateTime.ofInstant(e.timestamp(), zone).toInstant(ZoneOffset.UTC));
    }

    /** A batch nearly always has one source: its bytes are encoded once, not once per row. */
    private static final class SourceBytes {
        private EventOrigin last;
        private byte[] bytes;

        byte[] of(EventOrigin source) {
            if (source == null) {
                return null;
            }
            if (!source.equals(last)) {
                last = source;
                bytes = source.wire().getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        }
    }

    private static VarCharVector text(VectorSchemaRoot r, int column) {
        return (VarCharVector) r.getVector(column);
    }

    private static TimeStampMicroVector micros(VectorSchemaRoot r, int column) {
        return (TimeStampMicroVector) r.getVector(column);
    }

    private static BigIntVector bigint(VectorSchemaRoot r, int column) {
        return (BigIntVector) r.getVector(column);
    }

    private static Float8Vector float8(VectorSchemaRoot r, int column) {
        return (Float8Vector) r.getVector(column);
    }

    private static Field required(String name, ArrowType type) {
        return new Field(name, FieldType.notNullable(type), null);
    }

    private static Field optional(String name, ArrowType type) {
        return new Field(name, FieldType.nullable(type), null);
    }

    private static Field list(String name, ArrowType item) {
        return new Field(name, FieldType.nullable(new ArrowType.List()), List.of(optional("item", item)));
    }
}
