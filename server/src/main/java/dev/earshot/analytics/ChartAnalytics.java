package dev.earshot.analytics;

import static dev.earshot.analytics.Sql.binds;

import dev.earshot.store.SqlReader;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Top charts: tracks and artists by plays or minutes, each with its rank in the previous period. Both periods
 * are ranked in one statement; ties rank by id so that a chart is stable from one call to the next.
 */
public final class ChartAnalytics {
    /** %1$s key columns, %2$s the FROM (events, or events joined to tracks), %3$s/%4$s the two ranges, %5$s the metric. */
    private static final String CHART = """
            WITH cur AS (SELECT %1$s, count(*) FILTER (WHERE event_type = 'play') AS plays,
                                coalesce(sum(ms_played), 0) / 60000.0 AS minutes FROM %2$s WHERE %3$s GROUP BY ALL),
                 prev AS (SELECT %1$s, count(*) FILTER (WHERE event_type = 'play') AS plays,
                                 coalesce(sum(ms_played), 0) / 60000.0 AS minutes FROM %2$s WHERE %4$s GROUP BY ALL),
                 rc AS (SELECT *, row_number() OVER (ORDER BY %5$s DESC, key) AS rk FROM cur WHERE %5$s > 0),
                 rp AS (SELECT *, row_number() OVER (ORDER BY %5$s DESC, key) AS rk FROM prev WHERE %5$s > 0)
            SELECT rc.rk, rc.key, rc.plays, rc.minutes, rp.rk, rp.%5$s, rc.%5$s
            FROM rc LEFT JOIN rp ON rc.key = rp.key WHERE rc.rk <= ? ORDER BY rc.rk""";
    private static final String TRACKS = """
            SELECT c.*, t.title, t.artist FROM (%s) c LEFT JOIN tracks t ON t.track_id = c.key ORDER BY 1""";
    /** Events joined to their track's artist; events of tracks the catalog does not know have no artist. */
    private static final String WITH_ARTIST = "events JOIN tracks USING (track_id)";

    private final SqlReader reader;

    public ChartAnalytics(SqlReader reader) {
        this.reader = reader;
    }

    public TopTracks topTracks(AnalyticsFilter f, ChartMetric by, int limit) {
        String chart = CHART.formatted("track_id AS key", "events", Sql.where(f).sql(), Sql.where(f.previous()).sql(),
                by.column());
        return new TopTracks(f.range(), by.wire(), reader.read(conn -> Sql.list(conn, TRACKS.formatted(chart),
                binds(Sql.where(f), Sql.where(f.previous()), limit),
                rs -> new TopTracks.Item(rs.getInt(1), rs.getString(2), rs.getString(8), rs.getString(9),
                        rs.getLong(3), rs.getDouble(4), Sql.integer(rs, 5), change(rs)))));
    }

    public TopArtists topArtists(AnalyticsFilter f, ChartMetric by, int limit) {
        String chart = CHART.formatted("artist AS key", WITH_ARTIST,
                Sql.where(f).sql() + " AND artist IS NOT NULL", Sql.where(f.previous()).sql() + " AND artist IS NOT NULL",
                by.column());
        return new TopArtists(f.range(), by.wire(), reader.read(conn -> Sql.list(conn, chart,
                binds(Sql.where(f), Sql.where(f.previous()), limit),
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
