package dev.earshot.stream.export;

import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.ListeningContextInsight;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.Source;
import dev.earshot.enrich.TimeOfDay;
import dev.earshot.event.ContextType;
import dev.earshot.event.Device;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.PlaybackContext;
import dev.earshot.event.Platform;
import dev.earshot.store.ParquetEvents;
import dev.earshot.store.StoredEvent;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Rows for the warehouse sinks' tests, and the rows the events table holds for them: seeded enriched events that
 * cover every column, full (location, context, several genres, similar tracks, a clock-skewed device time) and
 * bare (the optional parts and the insight null), compared value by value across databases.
 */
final class ExportRows {
    static final Instant T0 = Instant.parse("2026-10-20T12:00:00Z");

    private ExportRows() {
    }

    static List<StoredEvent> events(int count, long seed) {
        Random r = new Random(seed);
        List<StoredEvent> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = T0.plusSeconds(i * 97L + r.nextInt(60));
            boolean full = i % 3 != 0;
            ListenEvent e = new ListenEvent("evt-" + seed + "-" + i, EventType.values()[r.nextInt(5)], "user-" + (i % 7),
                    "track:" + r.nextInt(40), at, full ? at.plusSeconds(3) : null, Platform.values()[i % 4],
                    full ? new Location("DE", "Berlin", "Berlin") : null, full ? "s-" + (i / 10) : null,
                    full ? (long) r.nextInt(1000) : null, full ? (long) r.nextInt(200_000) : null,
                    full ? 200_000L : null, full ? Device.values()[i % 7] : null,
                    full ? new PlaybackContext(ContextType.values()[i % 6], "ctx-" + i) : null, null);
            out.add(new StoredEvent(e, at.plusSeconds(1), full ? insight(r, i) : null));
        }
        return out;
    }

    private static Enrichment insight(Random r, int i) {
        double v = r.nextDouble();
        double a = r.nextDouble();
        List<GenreProbability> genres = i % 2 == 0
                ? List.of(new GenreProbability("rock", 0.7), new GenreProbability("indie", 0.3))
                : List.of(new GenreProbability("jazz", 0.9));
        return new Enrichment(new MoodAnalysis(Mood.of(v, a), v, a, 0.6, Source.FEATURES),
                new GenrePrediction(genres, Source.CATALOG, 0),
                new ListeningContextInsight(ListeningContext.values()[i % 7], TimeOfDay.values()[i % 4], i % 5 != 0,
                        0.5, Source.RULES),
                i % 4 == 0 ? List.of() : List.of("track:" + (i + 1), "track:" + (i + 2)), r.nextDouble(), "2026.11-1");
    }

    /** The events table's rows for {@code events}, as the lake's Parquet writer makes them, ordered by event_id. */
    static List<List<Object>> expected(List<StoredEvent> events, Path dir) throws SQLException {
        Path file = dir.resolve("expected.parquet");
        try (ParquetEvents buffer = new ParquetEvents()) {
            events.forEach(buffer::add);
            buffer.writeTo(file);
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file + "') ORDER BY event_id, ts")) {
            return read(rs);
        }
    }

    /** Each row's values in column order, in one form whatever the database: lists, LocalDateTime, Long, Double. */
    static List<List<Object>> read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                Object value = meta.getColumnType(c) == Types.TIMESTAMP ? rs.getObject(c, LocalDateTime.class)
                        : rs.getObject(c);
                row.add(value instanceof Array array ? same(Arrays.asList((Object[]) array.getArray())) : same(value));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object same(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(ExportRows::same).toList();
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }
}
