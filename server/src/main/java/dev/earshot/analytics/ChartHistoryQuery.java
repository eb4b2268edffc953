package dev.earshot.analytics;

import dev.earshot.store.BoundSql;
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
 * the filter's {@code to}; each week ranks tracks by plays, ties by track id. Each week's plays come from the
 * {@link EventSource}'s track rows for that week (rollups plus the unrolled tail, or the raw events), so the
 * question reads a few thousand rollup rows a week instead of every event.
 */
public final class ChartHistoryQuery {
    /** %s the weeks' track rows, each tagged with the week's index. */
    private static final String RANKS = """
            SELECT r.wk, r.track_id, r.plays, r.rk, t.title, t.artist FROM (
                SELECT wk, track_id, plays, row_number() OVER (PARTITION BY wk ORDER BY plays DESC, track_id) AS rk FROM (
                    SELECT wk, track_id, sum(plays) AS plays FROM (%s) GROUP BY 1, 2 HAVING sum(plays) > 0)) r
            LEFT JOIN tracks t ON t.track_id = r.track_id WHERE r.rk <= ? ORDER BY r.rk, r.wk""";

    private final SqlReader reader;
    private final EventSource source;

    ChartHistoryQuery(SqlReader reader, EventSource source) {
        this.reader = reader;
        this.source = source;
    }

    public ChartHistory history(AnalyticsFilter f, int weeks, int limit) {
        Instant lastWeek = f.to().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant first = lastWeek.minus(7L * (weeks - 1), ChronoUnit.DAYS);
        List<Instant> starts = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            starts.add(first.plus(7L * w, ChronoUnit.DAYS));
        }
        List<String> parts = new ArrayList<>(weeks);
        List<Object> binds = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            Instant end = w == weeks - 1 ? f.to() : starts.get(w + 1);
            BoundSql rows = source.trackRows(f, starts.get(w), end);
            parts.add("SELECT " + w + " AS wk, track_id, plays FROM (" + rows.sql() + ")");
            binds.addAll(rows.binds());
        }
        binds.add(limit);
        ChartHistory.NumberOne[] numberOnes = new ChartHistory.NumberOne[weeks];
        Map<String, ChartHistory.Track> series = new LinkedHashMap<>();
        reader.read(conn -> Sql.each(conn, RANKS.formatted(String.join(" UNION ALL ", parts)), binds, rs -> {
            int week = rs.getInt(1);
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
