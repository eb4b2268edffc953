package dev.earshot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The relations every statistic reads instead of the tables, so that the cleanup rules (schema v7) apply to all
 * history at once and no listen is ever deleted: {@code listens} (the events that are not excluded),
 * {@code kept_user_listens} (the same of the per-user copy) and {@code track_artists} (each catalog track with
 * every artist it counts for, after merges and splits: one row per artist, so a split credit counts for each).
 * The catalog tracks the exclusions match are kept as a set in {@code rule_excluded_tracks}: a question hashes a
 * few thousand ids instead of matching the whole catalog again. Each kind of exclusion still costs a hash probe
 * per event read on the raw path (the rollups have them folded in): see {@code bench rules} for the figures.
 *
 * <p>The views are redefined whenever the rules change, from the kinds of exclusion present only (the rules' values
 * stay in {@code rule_exclusions} and are never spliced into SQL): with no exclusion, {@code listens} is the
 * events as they are and costs nothing. They are also redefined at every open, after the migrations, since a
 * DuckDB view fixes the columns of {@code SELECT *} and a later migration may add one to {@code events}.
 */
public final class RuleViews {
    /** Spoken word by the value of a {@code spoken} exclusion: the track id prefixes and catalog genres that mark it. */
    private static final Map<String, Marks> SPOKEN = Map.of(
            "podcast", new Marks(List.of("spotify:episode:", "spotify:show:"), List.of("podcast", "podcasts")),
            "audiobook", new Marks(List.of("spotify:audiobook:", "spotify:chapter:"), List.of("audiobook", "audiobooks")));
    private static final String TRACK_ARTISTS = """
            CREATE OR REPLACE VIEW track_artists AS
            SELECT t.track_id, coalesce(r.credited, t.artist) AS artist
            FROM tracks t LEFT JOIN rule_artists r ON r.artist = lower(t.artist) WHERE t.artist IS NOT NULL""";
    /** The catalog tracks the exclusions match now; copied into the table rule_excluded_tracks, which listens reads. */
    private static final String MATCHED_TRACKS = """
            CREATE OR REPLACE VIEW rule_matched_tracks AS
            SELECT value AS track_id FROM rule_exclusions WHERE kind = 'track'
            UNION SELECT track_id FROM track_artists WHERE lower(artist) IN (SELECT value FROM rule_exclusions WHERE kind = 'artist')
            UNION SELECT track_id FROM tracks WHERE lower(album) IN (SELECT value FROM rule_exclusions WHERE kind = 'album')
            UNION SELECT track_id FROM tracks WHERE list_has_any(list_transform(genres, g -> lower(g)),
                (SELECT coalesce(list(value), []) FROM rule_exclusions WHERE kind = 'genre'))%s""";
    private static final String CHANGED = """
            CREATE OR REPLACE TEMP TABLE rule_changed_tracks AS
            (SELECT track_id FROM rule_matched_tracks EXCEPT SELECT track_id FROM rule_excluded_tracks)
            UNION ALL (SELECT track_id FROM rule_excluded_tracks EXCEPT SELECT track_id FROM rule_matched_tracks)""";
    private static final String REFILL = """
            DELETE FROM rule_excluded_tracks;
            INSERT INTO rule_excluded_tracks SELECT DISTINCT track_id FROM rule_matched_tracks""";

    private record Marks(List<String> prefixes, List<String> genres) {
    }

    private RuleViews() {
    }

    /** (Re)defines the views for the rules stored now; run it in the transaction that changes them. */
    public static void define(Connection conn) throws SQLException {
        TreeSet<String> kinds = new TreeSet<>();
        List<Marks> spoken = new ArrayList<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT kind, value FROM rule_exclusions WHERE kind <> 'spoken'"
                     + " OR value IN ('podcast', 'audiobook')")) {
            while (rs.next()) {
                kinds.add(rs.getString(1));
                if (rs.getString(1).equals("spoken")) {
                    spoken.add(SPOKEN.get(rs.getString(2)));
                }
            }
        }
        String keep = keep(kinds, spoken);
        try (Statement st = conn.createStatement()) {
            st.execute(TRACK_ARTISTS);
            st.execute(MATCHED_TRACKS.formatted(spokenTracks(spoken)));
            st.execute("CREATE OR REPLACE VIEW listens AS SELECT * FROM events" + keep);
            st.execute("CREATE OR REPLACE VIEW kept_user_listens AS SELECT * FROM user_listens" + keep);
            st.execute(REFILL);
        }
    }

    /**
     * Matches the exclusions against the catalog again: tracks added since the rules were saved (a new song by an
     * excluded artist) or changed (an album renamed). When the set changed, it is replaced and the tracks that
     * went in or out are left in the temporary table {@code rule_changed_tracks} for the caller, whose rollups may
     * have counted them, and true is answered. Run it in the caller's transaction.
     */
    public static boolean rematch(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(CHANGED);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM rule_changed_tracks")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return false;
                }
            }
            st.execute(REFILL);
            return true;
        }
    }

    /** The WHERE clause of both listen views, or "" when nothing is excluded; from code constants only. */
    private static String keep(TreeSet<String> kinds, List<Marks> spoken) {
        List<String> terms = new ArrayList<>();
        if (kinds.contains("listener")) {
            terms.add("user_id NOT IN (SELECT value FROM rule_exclusions WHERE kind = 'listener')");
        }
        if (kinds.contains("source")) {
            // Events stored before schema v8 have no source: their origin is unknown, so no rule leaves them out.
            terms.add("coalesce(source NOT IN (SELECT value FROM rule_exclusions WHERE kind = 'source'), true)");
        }
        if (kinds.contains("genre")) {
            // A listen's genre is one of our lower-case labels (the enrichment's), so it needs no lower() per row.
            terms.add("coalesce(genre NOT IN (SELECT value FROM rule_exclusions WHERE kind = 'genre'), true)");
        }
        if (kinds.contains("track") || kinds.contains("artist") || kinds.contains("album") || kinds.contains("genre")
                || !spoken.isEmpty()) {
            terms.add("track_id NOT IN (SELECT track_id FROM rule_excluded_tracks)");
        }
        for (Marks m : spoken) {
            m.prefixes().forEach(p -> terms.add("NOT starts_with(track_id, '" + p + "')"));
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    /** The catalog tracks whose genres mark them as spoken word of an excluded kind. */
    private static String spokenTracks(List<Marks> spoken) {
        List<String> genres = spoken.stream().flatMap(m -> m.genres().stream()).map(g -> "'" + g + "'").toList();
        return genres.isEmpty() ? "" : "\nUNION SELECT track_id FROM tracks WHERE list_has_any(list_transform(genres, g -> lower(g)), ["
                + String.join(", ", genres) + "])";
    }
}
