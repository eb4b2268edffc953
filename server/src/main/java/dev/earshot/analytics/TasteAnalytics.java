package dev.earshot.analytics;

import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What people listen to, by the enrichment's insight: moods and genres. A listen is a play; plays whose mood or
 * genre is unknown (null) are left out of the shares rather than counted as a made-up "unknown".
 */
public final class TasteAnalytics {
    private static final String DISTRIBUTION = """
            SELECT k, n, n / sum(n) OVER () FROM (
                SELECT %1$s AS k, count(*) AS n FROM listens
                WHERE %2$s AND event_type = 'play' AND %1$s IS NOT NULL GROUP BY 1)
            ORDER BY n DESC, k""";
    // By local hour: events whose zone is unknown (null local_ts) are left out rather than put in a UTC hour.
    private static final String MOOD_BY_HOUR = """
            SELECT hour(local_ts) AS h, mood, count(*) FROM listens
            WHERE %s AND event_type = 'play' AND mood IS NOT NULL AND local_ts IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""";
    private static final String GENRE_OVER_TIME = """
            SELECT t, genre, n / sum(n) OVER (PARTITION BY t) FROM (
                SELECT epoch_us(date_trunc('%s', ts)) AS t, genre, count(*) AS n FROM listens
                WHERE %s AND event_type = 'play' AND genre IS NOT NULL GROUP BY 1, 2)""";

    private final SqlReader reader;

    public TasteAnalytics(SqlReader reader) {
        this.reader = reader;
    }

    public Moods moods(AnalyticsFilter f) {
        BoundSql where = Sql.where(f);
        return reader.read(conn -> new Moods(f.range(),
                Sql.list(conn, DISTRIBUTION.formatted("mood", where.sql()), where.binds(),
                        rs -> new Moods.Share(rs.getString(1), rs.getLong(2), rs.getDouble(3))),
                Sql.list(conn, MOOD_BY_HOUR.formatted(where.sql()), where.binds(),
                        rs -> new Moods.HourMood(rs.getInt(1), rs.getString(2), rs.getLong(3)))));
    }

    public Genres genres(AnalyticsFilter f, Bucket bucket) {
        Bucket b = bucket.resolve(f.range());
        BoundSql where = Sql.where(f);
        List<Instant> times = b.starts(f.range());
        Map<Instant, Integer> index = Series.index(times);
        return reader.read(conn -> {
            List<Genres.Share> distribution = Sql.list(conn, DISTRIBUTION.formatted("genre", where.sql()), where.binds(),
                    rs -> new Genres.Share(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
            Map<String, double[]> shares = new LinkedHashMap<>();
            distribution.forEach(g -> shares.put(g.genre(), new double[times.size()]));
            Sql.each(conn, GENRE_OVER_TIME.formatted(b.truncPart(), where.sql()), where.binds(), rs -> {
                shares.get(rs.getString(2))[index.get(Cursor.instant(rs.getLong(1)))] = rs.getDouble(3);
            });
            List<Genres.Series> series = new ArrayList<>();
            shares.forEach((genre, values) -> series.add(new Genres.Series(genre, boxed(values))));
            return new Genres(f.range(), distribution, b.wire(), times, series);
        });
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
