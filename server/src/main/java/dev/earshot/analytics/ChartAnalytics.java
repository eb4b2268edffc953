package dev.earshot.analytics;

import static dev.earshot.analytics.Sql.binds;

import dev.earshot.store.BoundSql;
import dev.earshot.store.SqlReader;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Top charts: tracks and artists by plays or minutes, each with its rank in the previous period. Both periods
 * are ranked in one statement; ties rank by id so that a chart is stable from one call to the next.
 */
public final class ChartAnalytics {
    /** %1$s the key, %2$s/%4$s the track rows of the two periods, %3$s the join to the key, %5$s the metric. */
    private static final String CHART = """
            WITH cur AS (SELECT %1$s AS key, sum(s.plays) AS plays, sum(s.ms_played) / 60000.0 AS minutes
                         FROM (%2$s) s %3$s GROUP BY 1),
                 prev AS (SELECT %1$s AS key, sum(s.plays) AS plays, sum(s.ms_played) / 60000.0 AS minutes
                          FROM (%4$s) s %3$s GROUP BY 1),
                 rc AS (SELECT *, row_number() OVER (ORDER BY %5$s DESC, key) AS rk FROM cur WHERE %5$s > 0),
                 rp AS (SELECT *, row_number() OVER (ORDER BY %5$s DESC, key) AS rk FROM prev WHERE %5$s > 0)
            SELECT rc.rk, rc.key, rc.plays, rc.minutes, rp.rk, rp.%5$s, rc.%5$s
            FROM rc LEFT JOIN rp ON rc.key = rp.key WHERE rc.rk <= ? ORDER BY rc.rk""";
    private static final String TRACKS = """
            SELECT c.*, t.title, t.artist FROM (%s) c LEFT JOIN tracks t ON t.track_id = c.key ORDER BY 1""";
    /**
     * Track rows joined to each artist they count for after the cleanup rules' merges and splits (a split credit
     * counts for each of its artists); tracks the catalog does not know, or without an artist, are left out.
     */
    private static final String TO_ARTIST = "JOIN track_artists t ON t.track_id = s.track_id";

    private final SqlReader reader;
    private final EventSource source;

    ChartAnalytics(SqlReader reader, EventSource source) {
        this.reader = reader;
        this.source = source;
    }

    public TopTracks topTracks(AnalyticsFilter f, ChartMetric by, int limit) {
        BoundSql cur = source.trackRows(f, f.from(), f.to());
        BoundSql prev = source.trackRows(f, f.previous().from(), f.from());
        String chart = CHART.formatted("s.track_id", cur.sql(), "", prev.sql(), by.column());
        return new TopTracks(f.range(), by.wire(), reader.read(conn -> Sql.list(conn, TRACKS.formatted(chart),
                binds(cur, prev, limit),
                rs -> new TopTracks.Item(rs.getInt(1), rs.getString(2), rs.getString(8), rs.getString(9),
                        rs.getLong(3), rs.getDouble(4), Sql.integer(rs, 5), change(rs)))));
    }

    public TopArtists topArtists(AnalyticsFilter f, ChartMetric by, int limit) {
        BoundSql cur = source.trackRows(f, f.from(), f.to());
        BoundSql prev = source.trackRows(f, f.previous().from(), f.from());
        String chart = CHART.formatted("t.artist", cur.sql(), TO_ARTIST, prev.sql(), by.column());
        return new TopArtists(f.range(), by.wire(), reader.read(conn -> Sql.list(conn, chart, binds(cur, prev, limit),
                rs -> new TopArtists.Item(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getDouble(4),
                        Sql.integer(rs, 5), change(rs)))));
    }

    /** The change of the metric in percent against the previous period; null when it had none. */
    private static Double change(ResultSet rs) throws SQLException {
        double previous = rs.getDouble(6);
        if (rs.wasNull() || previous == 0) {
            return null;
        }
        return (rs.getDouble(7) - previous) / previous * 100;
    }
}
