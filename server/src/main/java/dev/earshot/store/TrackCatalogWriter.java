package dev.earshot.store;

import dev.earshot.event.TrackMetadata;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Upserts inline track metadata into the {@code tracks} catalog, in the writer's transaction. Clients send
 * the same metadata with every play of a track, so only what differs from the last write is written: the
 * changed tracks go through the Appender into a temporary table, then one upsert.
 */
final class TrackCatalogWriter {
    /** Audio feature columns of {@code tracks}, in table order. */
    static final List<String> FEATURES = List.of("danceability", "energy", "valence", "tempo", "acousticness",
            "instrumentalness", "speechiness", "liveness", "loudness");
    /** Remembered tracks; past this the memory is dropped and tracks are simply written again. */
    private static final int MAX_REMEMBERED = 500_000;

    /** Field by field, as the in-memory catalog merges: newer metadata that leaves a field out keeps what was known. */
    private static final String UPSERT = "INSERT INTO tracks SELECT * FROM tracks_incoming ON CONFLICT (track_id) DO UPDATE SET "
            + String.join(", ", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("title", "artist", "album", "duration_ms", "genres"), FEATURES.stream())
                    .map(c -> c + " = coalesce(excluded." + c + ", tracks." + c + ")").toList())
            + ", updated_at = excluded.updated_at";

    private final Map<String, TrackMetadata> written = new HashMap<>();
    private boolean stagingReady;

    /** Stages and upserts the tracks whose metadata changed; returns them, to {@link #committed} after commit. */
    Map<String, TrackMetadata> write(DuckDBConnection conn, List<StoredEvent> events, long nowMicros) throws SQLException {
        Map<String, TrackMetadata> changed = new LinkedHashMap<>();
        for (StoredEvent stored : events) {
            TrackMetadata track = stored.event().track();
            if (track != null && !track.equals(written.get(stored.event().trackId()))) {
                changed.put(stored.event().trackId(), track);
            }
        }
        return upsert(conn, changed, nowMicros);
    }

    /** Stages and upserts these tracks (a catalog import); returns them, to {@link #committed} after commit. */
    Map<String, TrackMetadata> upsert(DuckDBConnection conn, Map<String, TrackMetadata> changed, long nowMicros)
            throws SQLException {
        if (changed.isEmpty()) {
            return changed;
        }
        try (Statement st = conn.createStatement()) {
            if (!stagingReady) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS tracks_incoming AS SELECT * FROM tracks LIMIT 0");
                stagingReady = true;
            }
            try (DuckDBAppender a = conn.createAppender("temp", "main", "tracks_incoming")) {
                for (Map.Entry<String, TrackMetadata> t : changed.entrySet()) {
                    append(a, t.getKey(), t.getValue(), nowMicros);
                }
            }
            st.execute(UPSERT);
            st.execute("DELETE FROM tracks_incoming");
        }
        return changed;
    }

    void committed(Map<String, TrackMetadata> changed) {
        if (written.size() + changed.size() > MAX_REMEMBERED) {
            written.clear();
        }
        written.putAll(changed);
    }

    private static void append(DuckDBAppender a, String trackId, TrackMetadata t, long nowMicros) throws SQLException {
        a.beginRow();
        a.append(trackId);
        EventRowWriter.nullable(a, t.title());
        EventRowWriter.nullable(a, t.artist());
        EventRowWriter.nullable(a, t.album());
        EventRowWriter.nullable(a, t.durationMs());
        if (t.genres().isEmpty()) {
            a.appendNull();
        } else {
            a.append(t.genres());
        }
        for (String feature : FEATURES) {
            Double value = t.audioFeatures().get(feature);
            if (value == null) {
                a.appendNull();
            } else {
                a.append(value.doubleValue());
            }
        }
        a.appendEpochMicros(nowMicros);
        a.endRow();
    }
}
