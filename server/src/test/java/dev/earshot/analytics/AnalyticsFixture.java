package dev.earshot.analytics;

import static dev.earshot.analytics.Listens.BERLIN;
import static dev.earshot.analytics.Listens.NOWHERE;
import static dev.earshot.analytics.Listens.SF;
import static dev.earshot.analytics.Listens.of;

import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.StoredEvent;
import dev.earshot.vocab.Mood;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-countable week of listening in a real DuckDB file. The range is Monday 2024-01-15 to Monday 2024-01-22
 * (UTC); the previous period is the week before. San Francisco is UTC−8 and Berlin UTC+1 in January; Atlantis
 * has no known zone. Tracks: t1 "One" and t3 "Three" by Alpha, t2 "Two" by Beta.
 */
abstract class AnalyticsFixture {
    static final Instant FROM = Instant.parse("2024-01-15T00:00:00Z");
    static final Instant TO = Instant.parse("2024-01-22T00:00:00Z");
    static final AnalyticsFilter WEEK = new AnalyticsFilter(FROM, TO, null, null);

    @TempDir
    Path dir;
    DuckDbWarehouse warehouse;
    Analytics analytics;

    static List<StoredEvent> week() {
        return List.of(
                of("c1", "u1", "t1", "2024-01-16T12:00:00Z").played(60_000).insight(Mood.ENERGETIC, "rock", 0.8).build(),
                of("c2", "u1", "t1", "2024-01-16T12:05:00Z").played(120_000).insight(Mood.ENERGETIC, "rock", 0.6).build(),
                of("c3", "u2", "t2", "2024-01-16T13:00:00Z").on(Platform.APPLE_MUSIC, BERLIN).played(60_000)
                        .insight(Mood.CALM, "jazz", 0.4).build(),
                of("c4", "u2", "t1", "2024-01-16T13:10:00Z").on(Platform.APPLE_MUSIC, BERLIN).skippedAt(30_000, 200_000)
                        .played(30_000).build(),
                of("c5", "u1", "t1", "2024-01-17T09:00:00Z").type(EventType.LIKE).build(),
                of("c6", "u3", "t2", "2024-01-18T20:00:00Z").on(Platform.SPOTIFY, NOWHERE).played(180_000)
                        .insight(Mood.CALM, "jazz", 0.2).build(),
                of("c7", "u3", "t3", "2024-01-18T20:10:00Z").on(Platform.SPOTIFY, NOWHERE).skippedAt(190_000, 200_000)
                        .played(190_000).build(),
                of("c8", "u2", "t2", "2024-01-19T10:00:00Z").on(Platform.APPLE_MUSIC, BERLIN).type(EventType.SHARE).build(),
                of("p1", "u1", "t2", "2024-01-10T12:00:00Z").played(60_000).build(),
                of("p2", "u4", "t2", "2024-01-10T13:00:00Z").played(60_000).build(),
                of("p3", "u4", "t1", "2024-01-11T13:00:00Z").played(60_000).build(),
                of("o1", "u5", "t3", "2024-01-22T00:00:00Z").on(Platform.SPOTIFY, SF).played(60_000).build());
    }

    @BeforeEach
    void load() {
        warehouse = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "512MB");
        warehouse.write(events(), List.of());
        analytics = Analytics.over(warehouse);
    }

    List<StoredEvent> events() {
        return week();
    }

    @AfterEach
    void close() {
        warehouse.close();
    }
}
