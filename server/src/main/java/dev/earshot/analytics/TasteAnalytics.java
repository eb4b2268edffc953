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
    /** %1$s the key column of the rows %2$s (genre or mood rows of the {@link EventSource}). */
    private static final String DISTRIBUTION = """
            SELECT k, n, n / sum(n) OVER () FROM (SELECT %1$s AS k, sum(plays)::BIGINT AS n FROM (%2$s) GROUP BY 1)
            ORDER BY n DESC, k""";
    // By local hour: events whose zone is unknown (null local_hour) are left out rather than put in a UTC hour.
    private static final String MOOD_BY_HOUR = """
            SELECT local_hour, mood, sum(plays)::BIGINT FROM (%s) WHERE local_hour IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""";
    private static final String GENRE_OVER_TIME = """
            SELECT t, genre, n / sum(n) OVER (PARTITION BY t) FROM (
                SELECT epoch_us(date_trunc('%s', t)) AS t, genre, sum(plays)::BIGINT AS n FROM (%s) GROUP BY 1, 2)""";
    private static final EventSource RAW = RawEvents.INSTANCE;

    private final SqlReader reader;
    private final EventSource source;

    TasteAnalytics(SqlReader reader, EventSource source) {
        this.reader = reader;
        this.source = source;
    }

    public Moods moods(AnalyticsFilter f) {
        BoundSql rows = source.moodRows(f, f.from(), f.to());
        return reader.read(conn -> new Moods(f.range(),
                Sql.list(conn, DISTRIBUTION.formatted("mood", rows.sql()), rows.binds(),
                        rs -> new Moods.Share(rs.getString(1), rs.getLong(2), rs.getDouble(3))),
                Sql.list(conn, MOOD_BY_HOUR.formatted(rows.sql()), rows.binds(),
                        rs -> new Moods.HourMood(rs.getInt(1), rs.getString(2), rs.getLong(3)))));
    }

    public Genres genres(AnalyticsFilter f, Bucket bucket) {
        Bucket b = bucket.resolve(f.range());
        BoundSql where = source.genreRows(f, f.from(), f.to());
        // The rollups count by the hour: minute buckets (ranges of 3 hours at most, cheap raw) read the raw events.
        BoundSql overTime = (b == Bucket.MINUTE ? RAW : source).genreRows(f, f.from(), f.to());
        List<Instant> times = b.starts(f.range());
        Map<Instant, Integer> index = Series.index(times);
        return reader.read(conn -> {
            List<Genres.Share> distribution = Sql.list(conn, DISTRIBUTION.formatted("genre", where.sql()), where.binds(),
                    rs -> new Genres.Share(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
            Map<String, double[]> shares = new LinkedHashMap<>();
            distribution.forEach(g -> shares.put(g.genre(), new double[times.size()]));
            Sql.each(conn, GENRE_OVER_TIME.formatted(b.truncPart(), overTime.sql()), overTime.binds(), rs -> {
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
