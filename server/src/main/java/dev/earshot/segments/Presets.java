package dev.earshot.segments;

import dev.earshot.store.BoundSql;
import dev.earshot.analytics.Range;
import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The preset segments the dashboard offers, the brief's ad-targeting ideas among them. Each judges taste by
 * share: a listener belongs when enough of their own listens match, not when a heavy listener's long tail does.
 */
public final class Presets {
    static final List<Preset> ALL = List.of(
            new Preset("energetic-rock", "Energetic rock fans",
                    "At least 25% of their listens are rock in an energetic mood: concert ads",
                    rule("rock", "energetic", null, null, null, null).withMinShare(0.25), false),
            new Preset("top-artist-fans", "Fans of the top artist",
                    "At least 10% of their listens are the range's most played artist: ticket ads for that artist",
                    rule(null, null, null, null, null, null).withMinShare(0.10), true),
            new Preset("evening-relaxers", "Evening relaxers",
                    "At least 20% of their listens are relaxing between 18 and 23 h local time",
                    rule(null, null, "relax", null, null, HourRange.parse("18-23")).withMinShare(0.20), false),
            new Preset("workout", "Workout listeners",
                    "At least 20% of their listens are while working out: sports and fitness ads",
                    rule(null, null, "workout", null, null, null).withMinShare(0.20), false),
            highEngagement("spotify", "Spotify"),
            highEngagement("apple_music", "Apple Music"),
            highEngagement("youtube_music", "YouTube Music"));
    static final double HIGH_ENGAGEMENT = 0.7;

    private final SqlReader reader;
    private final RangeCache<Optional<String>> topArtists;

    public Presets(SqlReader reader, Clock clock) {
        this.reader = reader;
        this.topArtists = new RangeCache<>(clock);
    }

    /**
     * Every preset with its rule as it stands for {@code range}; the top-artist preset is left out when
     * nothing was played in the range, since there is no artist to target then.
     */
    public List<Preset> resolve(Range range) {
        Optional<String> top = topArtists.get(range, this::topArtist);
        List<Preset> out = new ArrayList<>();
        for (Preset p : ALL) {
            if (!p.fansOfTopArtist()) {
                out.add(p);
            } else {
                top.ifPresent(a -> out.add(new Preset(p.id(), p.name(), p.description(), p.rule().withArtist(a), true)));
            }
        }
        return out;
    }

    /** The artist with the most plays in the range (ties: by name). */
    public Optional<String> topArtist(Range range) {
        // Plays per track first, then the join: it joins tens of thousands of tracks, not millions of plays
        // (measured at 4.3M events: ~140 ms against ~250-700 ms joining every play).
        BoundSql sql = BoundSql.of("SELECT t.artist FROM (SELECT track_id, count(*) AS plays FROM listens"
                + " WHERE event_type = 'play' AND ts >= make_timestamp(?) AND ts < make_timestamp(?) GROUP BY track_id) e"
                + " JOIN track_artists t ON t.track_id = e.track_id"
                + " GROUP BY t.artist ORDER BY sum(e.plays) DESC, t.artist LIMIT 1",
                Cursor.micros(range.from()), Cursor.micros(range.to()));
        return reader.read(conn -> {
            try (var ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    private static Preset highEngagement(String platform, String label) {
        return new Preset("high-engagement-" + platform, "High-engagement " + label + " listeners",
                "Half or more of their listens are on " + label + " with engagement of at least " + HIGH_ENGAGEMENT
                        + ": premium upsell",
                new Rule(null, null, null, platform, null, HIGH_ENGAGEMENT, null, null, Rule.DEFAULT_MIN_LISTENS, 0.5),
                false);
    }

    private static Rule rule(String genre, String mood, String context, String platform, String country, HourRange hours) {
        return new Rule(genre, mood, context, platform, country, null, hours, null, Rule.DEFAULT_MIN_LISTENS);
    }
}
