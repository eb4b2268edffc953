package dev.earshot.analytics;

import static dev.earshot.analytics.Sql.binds;

import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly chart history: ISO weeks (Monday 00:00 UTC), the last {@code weeks} of them up to the one holding
 * the filter's {@code to}; each week ranks tracks by plays, ties by track id.
 */
public final class ChartHistoryQuery {
    private static final String RANKS = """
            SELECT epoch_us(r.wk), r.track_id, r.plays, r.rk, t.title, t.artist FROM (
                SELECT wk, track_id, plays, row_number() OVER (PARTITION BY wk ORDER BY plays DESC, track_id) AS rk FROM (
                    SELECT date_trunc('week', ts) AS wk, track_id, count(*) AS plays FROM events
                    WHERE %s AND event_type = 'play' GROUP BY 1, 2)) r
            LEFT JOIN tracks t ON t.track_id = r.track_id WHERE r.rk <= ? ORDER BY r.rk, r.wk""";

    private final SqlReader reader;

    public ChartHistoryQuery(SqlReader reader) {
        this.reader = reader;
    }

    public ChartHistory history(AnalyticsFilter f, int weeks, int limit) {
        Instant lastWeek = f.to().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant first = lastWeek.minus(7L * (weeks - 1), ChronoUnit.DAYS);
        Sql.Part where = Sql.where(f, first, f.to());
        List<Instant> starts = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            starts.add(first.plus(7L * w, ChronoUnit.DAYS));
        }
        Map<Instant, Integer> index = Series.index(starts);
        ChartHistory.NumberOne[] numberOnes = new ChartHistory.NumberOne[weeks];
        Map<String, ChartHistory.Track> series = new LinkedHashMap<>();
        reader.read(conn -> Sql.each(conn, RANKS.formatted(where.sql()), binds(where, limit), rs -> {
            int week = index.get(Cursor.instant(rs.getLong(1)));
            String track = rs.getString(2);
            int rank = rs.getInt(4);
            String title = rs.getString(5);
            String artist = rs.getString(6);
            if (rank == 1) {
                numberOnes[week] = new ChartHistory.NumberOne(track, title, artist, rs.getLong(3));
            }
            series.computeIfAbsent(track, id -> new ChartHistory.Track(id, title, artist,
                    Arrays.asList(new Integer[weeks]))).ranks().set(week, rank);
        }));
        List<ChartHistory.Week> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            out.add(new ChartHistory.Week(starts.get(w), numberOnes[w]));
        }
        return new ChartHistory(out, List.copyOf(series.values()));
    }
}
