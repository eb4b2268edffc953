package dev.earshot.support;

import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.ListeningContextInsight;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.Source;
import dev.earshot.enrich.TimeOfDay;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.store.StoredEvent;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.time.Instant;
import java.util.List;

/**
 * One listen with its insight, for fixtures whose answers are worked out by hand: by default a three-minute
 * play on Spotify in Berlin (UTC+1 in winter, so its local hour is the UTC hour plus one), rock, energetic,
 * workout, engagement 0.5, of a track by "Queen". Each wither changes one thing; null leaves that insight unknown.
 */
public record Listen(String id, EventType type, String user, String track, Instant at, Instant receivedAt,
                     long msPlayed, String artist, String genre, Mood mood, ListeningContext context,
                     double engagement, Platform platform, Location location) {
    public static final Location BERLIN = new Location("DE", null, "Berlin");
    public static final Location SAN_FRANCISCO = new Location("US", "CA", "San Francisco");

    public static Listen play(String id, String user, Instant at) {
        return new Listen(id, EventType.PLAY, user, "track-a", at, at, 180_000, "Queen", "rock", Mood.ENERGETIC,
                ListeningContext.WORKOUT, 0.5, Platform.SPOTIFY, BERLIN);
    }

    public Listen type(EventType t) {
        return new Listen(id, t, user, track, at, receivedAt, msPlayed, artist, genre, mood, context, engagement, platform, location);
    }

    public Listen id(String i) {
        return new Listen(i, type, user, track, at, receivedAt, msPlayed, artist, genre, mood, context, engagement, platform, location);
    }

    public Listen user(String u) {
        return new Listen(id, type, u, track, at, receivedAt, msPlayed, artist, genre, mood, context, engagement, platform, location);
    }

    /** Moves the listen (and its receipt) to {@code t}. */
    public Listen at(Instant t) {
        return new Listen(id, type, user, track, t, t, msPlayed, artist, genre, mood, context, engagement, platform, location);
    }

    public Listen receivedAt(Instant t) {
        return new Listen(id, type, user, track, at, t, msPlayed, artist, genre, mood, context, engagement, platform, location);
    }

    public Listen track(String t, String by) {
        return new Listen(id, type, user, t, at, receivedAt, msPlayed, by, genre, mood, context, engagement, platform, location);
    }

    public Listen ms(long ms) {
        return new Listen(id, type, user, track, at, receivedAt, ms, artist, genre, mood, context, engagement, platform, location);
    }

    public Listen genre(String g) {
        return new Listen(id, type, user, track, at, receivedAt, msPlayed, artist, g, mood, context, engagement, platform, location);
    }

    public Listen mood(Mood m) {
        return new Listen(id, type, user, track, at, receivedAt, msPlayed, artist, genre, m, context, engagement, platform, location);
    }

    public Listen context(ListeningContext c) {
        return new Listen(id, type, user, track, at, receivedAt, msPlayed, artist, genre, mood, c, engagement, platform, location);
    }

    public Listen engagement(double e) {
        return new Listen(id, type, user, track, at, receivedAt, msPlayed, artist, genre, mood, context, e, platform, location);
    }

    public Listen platform(Platform p) {
        return new Listen(id, type, user, track, at, receivedAt, msPlayed, artist, genre, mood, context, engagement, p, location);
    }

    public Listen location(Location l) {
        return new Listen(id, type, user, track, at, receivedAt, msPlayed, artist, genre, mood, context, engagement, platform, l);
    }

    public StoredEvent stored() {
        TrackMetadata meta = artist == null ? null : new TrackMetadata("Title of " + track, artist, null, null, null, null);
        ListenEvent e = new ListenEvent(id, type, user, track, at, at, platform, location, "s-" + user, 0L, msPlayed,
                240_000L, null, null, meta);
        return new StoredEvent(e, receivedAt, enrichment());
    }

    private Enrichment enrichment() {
        MoodAnalysis m = mood == null ? null : new MoodAnalysis(mood, 0.5, 0.5, 0.7, Source.FEATURES);
        GenrePrediction g = genre == null ? null
                : new GenrePrediction(List.of(new GenreProbability(genre, 0.8)), Source.CATALOG, 0);
        ListeningContextInsight c = context == null ? null
                : new ListeningContextInsight(context, TimeOfDay.AFTERNOON, true, 0.6, Source.RULES);
        return new Enrichment(m, g, c, null, engagement, "test");
    }

    /** The listens as stored events, in order. */
    public static List<StoredEvent> stored(List<Listen> listens) {
        return listens.stream().map(Listen::stored).toList();
    }
}
