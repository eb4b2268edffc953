package dev.earshot.analytics;

import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.Source;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.store.StoredEvent;
import dev.earshot.vocab.Mood;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tiny builder for stored events in analytics tests: a play on Spotify in San Francisco unless told otherwise. */
final class Listens {
    static final Location SF = new Location("US", "CA", "San Francisco");
    static final Location BERLIN = new Location("DE", null, "Berlin");
    /** A place without a known time zone: its events have no local time. */
    static final Location NOWHERE = new Location(null, null, "Atlantis");
    /** t4 to t6 are the cleanup rules' cases: a credit of two artists, and two other spellings of Alpha. */
    static final Map<String, TrackMetadata> TRACKS = Map.of(
            "t1", meta("One", "Alpha"), "t2", meta("Two", "Beta"), "t3", meta("Three", "Alpha"),
            "t4", meta("Four", "Alpha & Beta"), "t5", meta("Five", "ALPHA"), "t6", meta("Six", "Alfa"));

    private final String id;
    private final String user;
    private final String track;
    private final Instant at;
    private EventType type = EventType.PLAY;
    private Platform platform = Platform.SPOTIFY;
    private Location location = SF;
    private Long position;
    private Long played;
    private Long duration;
    private Mood mood;
    private String genre;
    private Double engagement;

    private Listens(String id, String user, String track, Instant at) {
        this.id = id;
        this.user = user;
        this.track = track;
        this.at = at;
    }

    static Listens of(String id, String user, String track, String at) {
        return new Listens(id, user, track, Instant.parse(at));
    }

    static TrackMetadata meta(String title, String artist) {
        return new TrackMetadata(title, artist, null, 200_000L, List.of(), Map.of());
    }

    Listens type(EventType t) {
        type = t;
        return this;
    }

    Listens on(Platform p, Location l) {
        platform = p;
        location = l;
        return this;
    }

    Listens played(long ms) {
        played = ms;
        return this;
    }

    Listens skippedAt(long positionMs, long durationMs) {
        type = EventType.SKIP;
        position = positionMs;
        duration = durationMs;
        return this;
    }

    Listens insight(Mood m, String g, double e) {
        mood = m;
        genre = g;
        engagement = e;
        return this;
    }

    StoredEvent build() {
        TrackMetadata meta = TRACKS.getOrDefault(track, meta(track.toUpperCase(), "Artist " + track.charAt(0)));
        ListenEvent e = new ListenEvent(id, type, user, track, at, at, platform, location, null, position, played,
                duration, null, null, meta);
        return new StoredEvent(e, at, engagement == null ? null : new Enrichment(
                new MoodAnalysis(mood, 0.5, 0.5, 0.9, Source.FEATURES),
                new GenrePrediction(List.of(new GenreProbability(genre, 0.9)), Source.CATALOG, 0),
                null, null, engagement, "test"));
    }
}
