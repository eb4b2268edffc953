package dev.earshot.store;

import static dev.earshot.testkit.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.earshot.event.Platform;
import dev.earshot.event.PlaybackContext;
import dev.earshot.testkit.Events;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columnar path stores exactly the rows the Appender stores: every column, its type, nulls and lists. */
class BulkInsertTest {
    private static final Location[] PLACES = {new Location("US", "CA", "San Francisco"), new Location("DE", null, "Berlin"),
        new Location(null, null, "Atlantis"), new Location("BR", "SP", "São Paulo"), null};
    /** Runs of one source, as batches have, and a row of unknown source (stored before schema v8). */
    private static final EventOrigin[] ORIGINS = {EventOrigin.API, EventOrigin.API, EventOrigin.SIMULATION,
        EventOrigin.LISTENBRAINZ, null, new EventOrigin("import:spotify")};

    @TempDir
    Path dir;

    @Test
    void bulkRowsEqualAppenderRowsColumnByColumn() throws Exception {
        List<StoredEvent> events = events(5_000);
        assertThat(rows(EventWritePath.BULK, events)).isEqualTo(rows(EventWritePath.APPENDER, events));
    }

    @Test
    void bulkAndAppenderGiveTheSameColumnTypes() throws Exception {
        List<StoredEvent> events = events(10);
        assertThat(types(EventWritePath.BULK, events)).isEqualTo(types(EventWritePath.APPENDER, events));
    }

    private List<List<Object>> rows(EventWritePath path, List<StoredEvent> events) {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve(path + ".duckdb"), "256MB", 0, path, Events.CLOCK)) {
            assertThat(w.writePath()).isEqualTo(path);
            w.write(events.subList(0, events.size() / 2), List.of());
            w.write(events.subList(events.size() / 2, events.size()), List.of());
            return w.read(conn -> {
                List<List<Object>> out = new ArrayList<>();
                try (ResultSet rs = conn.createStatement().executeQuery("SELECT * FROM events ORDER BY event_id")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>(columns);
                        for (int c = 1; c <= columns; c++) {
                            Object value = rs.getObject(c);
                            row.add(value instanceof Array a ? Arrays.asList((Object[]) a.getArray()) : value);
                        }
                        out.add(row);
                    }
                }
                return out;
            });
        }
    }

    private List<String> types(EventWritePath path, List<StoredEvent> events) {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve(path + "-types.duckdb"), "256MB", 0, path, Events.CLOCK)) {
            w.write(events, List.of());
            return w.read(conn -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = conn.createStatement().executeQuery("SELECT * FROM events LIMIT 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        out.add(md.getColumnName(c) + " " + md.getColumnTypeName(c));
                    }
                }
                return out;
            });
        }
    }

    /** Every shape a row can take: each optional part present or absent, one or several genres, no zone, accents. */
    private static List<StoredEvent> events(int n) {
        SplittableRandom random = new SplittableRandom(16);
        List<StoredEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant at = T0.plusSeconds(i * 13L);
            Long played = random.nextInt(4) == 0 ? null : (long) random.nextInt(300_000);
            ListenEvent e = new ListenEvent("e" + i, EventType.values()[i % EventType.values().length], "user" + i % 17,
                    "spotify:track:t" + i % 101, at, random.nextBoolean() ? at : at.minusSeconds(3), Platform.values()[i % 3],
                    PLACES[i % PLACES.length], i % 5 == 0 ? null : "sess" + i / 20, played, played,
                    i % 7 == 0 ? null : 200_000L, i % 3 == 0 ? null : Device.values()[i % Device.values().length],
                    i % 4 == 0 ? null : new PlaybackContext(ContextType.values()[i % ContextType.values().length],
                            i % 8 == 1 ? null : "ctx-ü" + i), null);
            out.add(new StoredEvent(e, at.plusMillis(250), enrichment(i, random), ORIGINS[i % ORIGINS.length]));
        }
        return out;
    }

    private static Enrichment enrichment(int i, SplittableRandom random) {
        return switch (i % 5) {
            case 0 -> null;
            case 1 -> new Enrichment(null, null, null, null, 0.0, "test-1");
            case 2 -> new Enrichment(new MoodAnalysis(Mood.values()[i % Mood.values().length], random.nextDouble(),
                    random.nextDouble(), 0.5, Source.FEATURES),
                    new GenrePrediction(List.of(new GenreProbability("rock", 1.0)), Source.CATALOG, 0),
                    null, List.of(), random.nextDouble(), "test-1");
            default -> new Enrichment(new MoodAnalysis(Mood.CALM, 0.1, 0.2, 0.3, Source.FEATURES),
                    new GenrePrediction(List.of(new GenreProbability("metal", 0.6), new GenreProbability("rock", 0.3),
                            new GenreProbability("jazz", 0.1)), Source.NEIGHBOURS, 12),
                    new ListeningContextInsight(ListeningContext.values()[i % ListeningContext.values().length],
                            TimeOfDay.values()[i % TimeOfDay.values().length], i % 2 == 0, 0.6, Source.RULES),
                    List.of("spotify:track:s" + i, "spotify:track:s" + (i + 1)), random.nextDouble(), "test-2");
        };
    }
}
