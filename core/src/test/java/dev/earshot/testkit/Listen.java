package dev.earshot.testkit;

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
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one fixture builder for a listen, for every module's tests: the event and the insight computed for it. By
 * default a three-minute play on Spotify in Berlin (UTC+1 in winter, so its local hour is the UTC hour plus one),
 * rock, energetic, workout, engagement 0.5, of a track by "Queen", in session "s-" + user, 4 minutes long. Each
 * wither returns a changed copy; null leaves that part unknown, and with no insight at all there is no enrichment.
 * The server's tests turn it into the warehouse's record with their {@code Stored}.
 */
public final class Listen {
    public static final Location BERLIN = new Location("DE", null, "Berlin");
    public static final Location SAN_FRANCISCO = new Location("US", "CA", "San Francisco");

    private String id;
    private EventType type = EventType.PLAY;
    private String user;
    private String track = "track-a";
    private Instant at;
    private Instant receivedAt;
    private Long position = 0L;
    private Long msPlayed = 180_000L;
    private Long durationMs = 240_000L;
    private String session;
    private TrackMetadata metadata = meta("Title of track-a", "Queen");
    private String genre = "rock";
    private Mood mood = Mood.ENERGETIC;
    private ListeningContext context = ListeningContext.WORKOUT;
    private Double engagement = 0.5;
    private Platform platform = Platform.SPOTIFY;
    private Location location = BERLIN;

    private Listen() {
    }

    public static Listen play(String id, String user, Instant at) {
        Listen l = new Listen();
        l.id = id;
        l.user = user;
        l.session = "s-" + user;
        l.at = at;
        l.receivedAt = at;
        return l;
    }

    /** Title and artist only, as a scrobbler or an import knows a track. */
    public static TrackMetadata meta(String title, String artist) {
        return new TrackMetadata(title, artist, null, null, null, null);
    }

    public String id() {
        return id;
    }

    public String user() {
        return user;
    }

    public Instant at() {
        return at;
    }

    public Listen type(EventType t) {
        return with(l -> l.type = t);
    }

    public Listen id(String i) {
        return with(l -> l.id = i);
    }

    /** Another listener, in a session of theirs. */
    public Listen user(String u) {
        return with(l -> {
            l.user = u;
            l.session = "s-" + u;
        });
    }

    /** Moves the listen (and its receipt) to {@code t}. */
    public Listen at(Instant t) {
        return with(l -> {
            l.at = t;
            l.receivedAt = t;
        });
    }

    public Listen receivedAt(Instant t) {
        return with(l -> l.receivedAt = t);
    }

    /** Another track, by the same artist, titled "Title of t". */
    public Listen track(String t) {
        return with(l -> {
            l.track = t;
            l.metadata = metadata == null ? null : meta("Title of " + t, metadata.artist());
        });
    }

    /** Track {@code t} by {@code by}, titled "Title of t"; {@code by} null: a track the event says nothing about. */
    public Listen track(String t, String by) {
        return with(l -> {
            l.track = t;
            l.metadata = by == null ? null : meta("Title of " + t, by);
        });
    }

    /** Track {@code t} with exactly this metadata (null: none). */
    public Listen track(String t, TrackMetadata m) {
        return with(l -> {
            l.track = t;
            l.metadata = m;
        });
    }

    public Listen ms(long ms) {
        return with(l -> l.msPlayed = ms);
    }

    /** Where in the track it happened and the track's length (a skip's position). */
    public Listen position(long positionMs, long trackMs) {
        return with(l -> {
            l.position = positionMs;
            l.durationMs = trackMs;
        });
    }

    /** Neither position, time played nor track length known (a like, a share, a bare scrobble). */
    public Listen unknownTiming() {
        return with(l -> {
            l.position = null;
            l.msPlayed = null;
            l.durationMs = null;
        });
    }

    /** null: no session. */
    public Listen session(String s) {
        return with(l -> l.session = s);
    }

    public Listen genre(String g) {
        return with(l -> l.genre = g);
    }

    public Listen mood(Mood m) {
        return with(l -> l.mood = m);
    }

    public Listen context(ListeningContext c) {
        return with(l -> l.context = c);
    }

    public Listen engagement(double e) {
        return with(l -> l.engagement = e);
    }

    /** No insight at all: as stored with enrichment off. */
    public Listen noInsight() {
        return with(l -> {
            l.genre = null;
            l.mood = null;
            l.context = null;
            l.engagement = null;
        });
    }

    public Listen platform(Platform p) {
        return with(l -> l.platform = p);
    }

    public Listen location(Location where) {
        return with(l -> l.location = where);
    }

    public ListenEvent event() {
        return new ListenEvent(id, type, user, track, at, at, platform, location, session, position, msPlayed,
                durationMs, null, null, metadata);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The insight, or null when the listen has none. */
    public Enrichment enrichment() {
        if (mood == null && genre == null && context == null && engagement == null) {
            return null;
        }
        MoodAnalysis m = mood == null ? null : new MoodAnalysis(mood, 0.5, 0.5, 0.7, Source.FEATURES);
        GenrePrediction g = genre == null ? null
                : new GenrePrediction(List.of(new GenreProbability(genre, 0.8)), Source.CATALOG, 0);
        ListeningContextInsight c = context == null ? null
                : new ListeningContextInsight(context, TimeOfDay.AFTERNOON, true, 0.6, Source.RULES);
        return new Enrichment(m, g, c, null, engagement == null ? 0 : engagement, "test");
    }

    private Listen with(Consumer<Listen> change) {
        Listen copy = new Listen();
        copy.id = id;
        copy.type = type;
        copy.user = user;
        copy.track = track;
        copy.at = at;
        copy.receivedAt = receivedAt;
        copy.position = position;
        copy.msPlayed = msPlayed;
        copy.durationMs = durationMs;
        copy.session = session;
        copy.metadata = metadata;
        copy.genre = genre;
        copy.mood = mood;
        copy.context = context;
        copy.engagement = engagement;
        copy.platform = platform;
        copy.location = location;
        change.accept(copy);
        return copy;
    }
}
