package dev.earshot.analytics;

import static dev.earshot.analytics.Sql.binds;
import static dev.earshot.analytics.Sql.ratio;

import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How much listening there is and when: the overview KPIs, the event mix over time, the heatmap, the skip curve. */
public final class ActivityAnalytics {
    private static final String TOTALS = """
            SELECT sum(events), count(DISTINCT user_id), sum(plays), coalesce(sum(ms_played), 0) / 60000.0, sum(skips),
                   sum(likes), sum(shares), sum(engagement_sum) / nullif(sum(engagement_n), 0)
            FROM (%s)""";
    private static final String ACTIVE_USERS = """
            SELECT (SELECT count(DISTINCT user_id) FROM (%s)), (SELECT count(DISTINCT user_id) FROM (%s)),
                   (SELECT count(DISTINCT user_id) FROM (%s))""";
    private static final String MIX = """
            SELECT epoch_us(date_trunc('%s', ts)), event_type, count(*) FROM listens WHERE %s GROUP BY ALL""";
    // Events whose zone is unknown have no local_ts and are left out: a guessed zone would put them in the wrong hour.
    private static final String HEATMAP = """
            SELECT isodow(local_ts), hour(local_ts), count(*) FROM listens
            WHERE %s AND event_type = 'play' AND local_ts IS NOT NULL GROUP BY ALL""";
    private static final String SKIPS = """
            SELECT least(greatest(floor(position_ms * 10.0 / duration_ms), 0), 9)::INTEGER, count(*) FROM listens
            WHERE %s AND event_type = 'skip' AND position_ms IS NOT NULL AND duration_ms > 0 GROUP BY ALL""";

    private final SqlReader reader;
    private final EventSource source;

    ActivityAnalytics(SqlReader reader, EventSource source) {
        this.reader = reader;
        this.source = source;
    }

    public Overview overview(AnalyticsFilter f) {
        BoundSql all = source.userRows(f, f.from(), f.to());
        BoundSql day = source.userRows(f, f.to().minus(Duration.ofDays(1)), f.to());
        BoundSql week = source.userRows(f, f.to().minus(Duration.ofDays(7)), f.to());
        BoundSql month = source.userRows(f, f.to().minus(Duration.ofDays(30)), f.to());
        return reader.read(conn -> {
            long[] active = Sql.one(conn, ACTIVE_USERS.formatted(day.sql(), week.sql(), month.sql()), binds(day, week, month),
                    rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            return Sql.one(conn, TOTALS.formatted(all.sql()), all.binds(), rs -> {
                long listeners = rs.getLong(2);
                long plays = rs.getLong(3);
                double minutes = rs.getDouble(4);
                Double engagement = rs.getObject(8) == null ? null : rs.getDouble(8);
                return new Overview(f.range(), rs.getLong(1), listeners, active[0], active[1], active[2], plays,
                        minutes, ratio(rs.getLong(5), plays), ratio(rs.getLong(6), plays), ratio(rs.getLong(7), plays),
                        engagement, ratio(minutes, listeners));
            });
        });
    }

    public EventMix eventMix(AnalyticsFilter f, Bucket bucket) {
        Bucket b = bucket.resolve(f.range());
        BoundSql where = Sql.where(f);
        List<Instant> times = b.starts(f.range());
        Map<Instant, Integer> index = Series.index(times);
        Map<String, long[]> counts = new LinkedHashMap<>();
        reader.read(conn -> Sql.each(conn, MIX.formatted(b.truncPart(), where.sql()) + " ORDER BY 2", where.binds(), rs -> {
            long[] row = counts.computeIfAbsent(rs.getString(2), k -> new long[times.size()]);
            row[index.get(Cursor.instant(rs.getLong(1)))] = rs.getLong(3);
        }));
        List<EventMix.Series> series = new ArrayList<>();
        counts.forEach((type, values) -> series.add(new EventMix.Series(type, Series.boxed(values))));
        return new EventMix(f.range(), b.wire(), times, series);
    }

    public Heatmap heatmap(AnalyticsFilter f) {
        BoundSql where = Sql.where(f);
        long[][] listens = new long[7][24];
        reader.read(conn -> Sql.each(conn, HEATMAP.formatted(where.sql()), where.binds(), rs -> {
            listens[rs.getInt(1) - 1][rs.getInt(2)] = rs.getLong(3);
        }));
        List<Heatmap.Cell> cells = new ArrayList<>(7 * 24);
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                cells.add(new Heatmap.Cell(day + 1, hour, listens[day][hour]));
            }
        }
        return new Heatmap(f.range(), cells);
    }

    public SkipCurve skipCurve(AnalyticsFilter f) {
        BoundSql where = Sql.where(f);
        long[] skips = new long[10];
        reader.read(conn -> Sql.each(conn, SKIPS.formatted(where.sql()), where.binds(), rs -> {
            skips[rs.getInt(1)] = rs.getLong(2);
        }));
        long total = Arrays.stream(skips).sum();
        List<SkipCurve.Bucket> buckets = new ArrayList<>(10);
        for (int i = 0; i < 10; i++) {
            buckets.add(new SkipCurve.Bucket(i * 10, (i + 1) * 10, skips[i], ratio(skips[i], total)));
        }
        return new SkipCurve(f.range(), buckets);
    }
}
