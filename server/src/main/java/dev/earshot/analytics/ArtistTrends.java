package dev.earshot.analytics;

import static dev.earshot.analytics.Sql.binds;

import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;

/** Which artists are on the way up: trending (growing established artists) and emerging (small or new ones). */
public final class ArtistTrends {
    /**
     * Trending needs this many plays in the previous period: below it growth is noise (2 → 4 plays is not
     * "+100%"), since a count of n varies by about √n from chance alone.
     */
    static final int MIN_PREVIOUS_PLAYS = 30;
    /** Emerging: more than this share of the previous period's plays makes an artist established, not small. */
    static final double SMALL_SHARE = 0.01;
    /** Emerging: this many listeners now at least, so that one fan's binge is not a trend. */
    static final int MIN_LISTENERS = 5;
    /**
     * Emerging growth is (plays − previous) / (previous + DAMPING): the pseudo-count keeps an artist that went
     * from 0 to 6 plays from outranking one that went from 40 to 400.
     */
    static final int DAMPING = 20;

    private static final String PERIODS = """
            WITH cur AS (SELECT artist, count(*) AS plays, count(DISTINCT user_id) AS listeners
                         FROM events JOIN tracks USING (track_id)
                         WHERE %s AND event_type = 'play' AND artist IS NOT NULL GROUP BY 1),
                 prev AS (SELECT artist, count(*) AS plays FROM events JOIN tracks USING (track_id)
                          WHERE %s AND event_type = 'play' AND artist IS NOT NULL GROUP BY 1)
            """;
    private static final String TRENDING = PERIODS + """
            SELECT c.artist, c.plays, p.plays, (c.plays - p.plays) / p.plays AS growth, c.listeners
            FROM cur c JOIN prev p USING (artist) WHERE p.plays >= ? AND c.plays > p.plays
            ORDER BY growth DESC, c.plays DESC, c.artist LIMIT ?""";
    private static final String EMERGING = PERIODS + """
            , candidates AS (
                SELECT c.artist, c.plays, coalesce(p.plays, 0) AS before_plays, c.listeners,
                       (c.plays - before_plays) / (before_plays + ?) AS growth
                FROM cur c LEFT JOIN prev p USING (artist)
                WHERE before_plays <= ? * (SELECT coalesce(sum(plays), 0) FROM prev) AND c.listeners >= ? AND c.plays > before_plays
                ORDER BY growth DESC, c.plays DESC, c.artist LIMIT ?)
            SELECT c.artist, epoch_us(min(e.ts)), c.plays, c.before_plays, c.growth, c.listeners
            FROM candidates c JOIN tracks t ON t.artist = c.artist JOIN events e ON e.track_id = t.track_id
            WHERE e.ts < make_timestamp(?) AND e.event_type = 'play' %s
            GROUP BY ALL ORDER BY c.growth DESC, c.plays DESC, c.artist""";

    private final SqlReader reader;

    public ArtistTrends(SqlReader reader) {
        this.reader = reader;
    }

    public TrendingArtists trending(AnalyticsFilter f, int limit) {
        Sql.Part cur = Sql.where(f);
        Sql.Part prev = Sql.where(f.previous());
        return new TrendingArtists(f.range(), reader.read(conn -> Sql.list(conn,
                TRENDING.formatted(cur.sql(), prev.sql()), binds(cur, prev, MIN_PREVIOUS_PLAYS, limit),
                rs -> new TrendingArtists.Item(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4),
                        rs.getLong(5)))));
    }

    /**
     * Emerging artists: small before — at most {@link #SMALL_SHARE} of the previous period's plays, or none at
     * all (new) — with at least {@link #MIN_LISTENERS} listeners now, ranked by damped growth of plays. First
     * seen is looked up only for the artists that make the list, over all history before {@code to}.
     */
    public EmergingArtists emerging(AnalyticsFilter f, int limit) {
        Sql.Part cur = Sql.where(f);
        Sql.Part prev = Sql.where(f.previous());
        Sql.Part dims = Sql.dimensions(f, "e.");
        String sql = EMERGING.formatted(cur.sql(), prev.sql(), dims.sql());
        return new EmergingArtists(f.range(), reader.read(conn -> Sql.list(conn, sql,
                binds(cur, prev, DAMPING, SMALL_SHARE, MIN_LISTENERS, limit, Cursor.micros(f.to()), dims),
                rs -> new EmergingArtists.Item(rs.getString(1), Sql.instant(rs, 2), rs.getLong(3), rs.getLong(4),
                        rs.getDouble(5), rs.getLong(6)))));
    }
}
