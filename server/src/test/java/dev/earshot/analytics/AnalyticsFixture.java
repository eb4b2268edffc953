package dev.earshot.analytics;

import dev.earshot.event.EventType;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.StoredEvent;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Events;
import dev.earshot.testkit.Listen;
import dev.earshot.vocab.Mood;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    static final Location SF = Listen.SAN_FRANCISCO;
    static final Location BERLIN = Listen.BERLIN;
    /** A place without a known time zone: its events have no local time. */
    static final Location NOWHERE = new Location(null, null, "Atlantis");
    /** t4 to t6 are the cleanup rules' cases: a credit of two artists, and two other spellings of Alpha. */
    static final Map<String, TrackMetadata> TRACKS = Map.of(
            "t1", meta("One", "Alpha"), "t2", meta("Two", "Beta"), "t3", meta("Three", "Alpha"),
            "t4", meta("Four", "Alpha & Beta"), "t5", meta("Five", "ALPHA"), "t6", meta("Six", "Alfa"));

    @TempDir
    Path dir;
    DuckDbWarehouse warehouse;
    Analytics analytics;

    static List<StoredEvent> week() {
        return List.of(
                Stored.of(of("c1", "u1", "t1", "2024-01-16T12:00:00Z").ms(60_000).mood(Mood.ENERGETIC).genre("rock").engagement(0.8)),
                Stored.of(of("c2", "u1", "t1", "2024-01-16T12:05:00Z").ms(120_000).mood(Mood.ENERGETIC).genre("rock").engagement(0.6)),
                Stored.of(of("c3", "u2", "t2", "2024-01-16T13:00:00Z").platform(Platform.APPLE_MUSIC).location(BERLIN)
                        .ms(60_000).mood(Mood.CALM).genre("jazz").engagement(0.4)),
                Stored.of(of("c4", "u2", "t1", "2024-01-16T13:10:00Z").platform(Platform.APPLE_MUSIC).location(BERLIN)
                        .type(EventType.SKIP).position(30_000, 200_000).ms(30_000)),
                Stored.of(of("c5", "u1", "t1", "2024-01-17T09:00:00Z").type(EventType.LIKE)),
                Stored.of(of("c6", "u3", "t2", "2024-01-18T20:00:00Z").platform(Platform.SPOTIFY).location(NOWHERE).ms(180_000)
                        .mood(Mood.CALM).genre("jazz").engagement(0.2)),
                Stored.of(of("c7", "u3", "t3", "2024-01-18T20:10:00Z").platform(Platform.SPOTIFY).location(NOWHERE)
                        .type(EventType.SKIP).position(190_000, 200_000).ms(190_000)),
                Stored.of(of("c8", "u2", "t2", "2024-01-19T10:00:00Z").platform(Platform.APPLE_MUSIC).location(BERLIN).type(EventType.SHARE)),
                Stored.of(of("p1", "u1", "t2", "2024-01-10T12:00:00Z").ms(60_000)),
                Stored.of(of("p2", "u4", "t2", "2024-01-10T13:00:00Z").ms(60_000)),
                Stored.of(of("p3", "u4", "t1", "2024-01-11T13:00:00Z").ms(60_000)),
                Stored.of(of("o1", "u5", "t3", "2024-01-22T00:00:00Z").platform(Platform.SPOTIFY).location(SF).ms(60_000)));
    }

    /**
     * A play of {@code track} (its title and artist from {@link #TRACKS}, else "T…" by "Artist t") on Spotify in San
     * Francisco, at {@code at}, with no session, no timing and no insight unless told.
     */
    static Listen of(String id, String user, String track, String at) {
        return Listen.play(id, user, Instant.parse(at))
                .track(track, TRACKS.getOrDefault(track, meta(track.toUpperCase(), "Artist " + track.charAt(0))))
                .location(SF).session(null).unknownTiming().noInsight();
    }

    static TrackMetadata meta(String title, String artist) {
        return new TrackMetadata(title, artist, null, 200_000L, List.of(), Map.of());
    }

    @BeforeEach
    void load() {
        warehouse = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "512MB", Events.CLOCK);
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
