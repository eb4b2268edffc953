package dev.earshot.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Replaces the insight columns (and the listener's local time) of events already stored, for a backfill: the
 * new values go through the Appender into a temporary table, then one UPDATE joins them in by event_id.
 * It only ever updates rows; the ingest writer only ever appends, so the two never touch the same row.
 */
final class EnrichmentUpdater {
    private static final String COLUMNS = "mood, valence, arousal, mood_confidence, mood_source, genre, genre_p,"
            + " genre_source, context, time_of_day, weekday, context_confidence, engagement, similar_tracks,"
            + " model_version, local_ts, genre_names, genre_probs";
    private static final String UPDATE = "UPDATE events SET " + String.join(", ",
            java.util.Arrays.stream(COLUMNS.split(",")).map(String::strip).map(c -> c + " = i." + c).toList())
            + " FROM enrichment_incoming i WHERE events.event_id = i.event_id";

    private EnrichmentUpdater() {
    }

    /** Updates in {@code conn}'s open transaction; the caller commits. */
    static void update(DuckDBConnection conn, List<StoredEvent> events) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS enrichment_incoming AS SELECT event_id, " + COLUMNS
                    + " FROM events LIMIT 0");
            try (DuckDBAppender a = conn.createAppender("temp", "main", "enrichment_incoming")) {
                for (StoredEvent e : events) {
                    a.beginRow();
                    a.append(e.event().eventId());
                    EnrichmentColumns.append(a, e.enrichment());
                    EventRowWriter.localTime(a, e.event());
                    EnrichmentColumns.appendGenres(a, e.enrichment());
                    a.endRow();
                }
            }
            st.execute(UPDATE);
            st.execute("DELETE FROM enrichment_incoming");
        }
    }
}
