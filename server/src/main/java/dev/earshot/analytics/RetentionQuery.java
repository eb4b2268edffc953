package dev.earshot.analytics;

import static dev.earshot.analytics.Sql.binds;

import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly retention cohorts over the last {@code weeks} ISO weeks (Monday 00:00 UTC) up to the one holding the
 * filter's {@code to}. A listener's cohort is the week of their first event ever (before {@code to}), so a
 * cohort holds new listeners only; week k counts those of them with any event in the k-th week after.
 */
public final class RetentionQuery {
    private static final String COHORTS = """
            WITH firsts AS (SELECT user_id, date_trunc('week', min(t)) AS cw FROM (%1$s) GROUP BY 1),
                 active AS (SELECT DISTINCT user_id, date_trunc('week', t) AS w FROM (%2$s))
            SELECT epoch_us(f.cw), (datediff('day', f.cw, a.w) / 7)::INTEGER AS k, count(*)
            FROM firsts f JOIN active a USING (user_id)
            WHERE f.cw >= make_timestamp(?) AND a.w >= f.cw GROUP BY 1, 2 ORDER BY 1, 2""";

    private final SqlReader reader;
    private final EventSource source;

    RetentionQuery(SqlReader reader, EventSource source) {
        this.reader = reader;
        this.source = source;
    }

    public Retention cohorts(AnalyticsFilter f, int weeks) {
        Instant lastWeek = f.to().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
        long first = Cursor.micros(lastWeek.minus(7L * (weeks - 1), ChronoUnit.DAYS));
        // Every event before to counts for a first week; a week holds whole hours, so the rollups' hours serve.
        BoundSql ever = source.userTimes(f, Range.EARLIEST, f.to());
        BoundSql active = source.userTimes(f, Cursor.instant(first), f.to());
        Map<Long, long[]> counts = new LinkedHashMap<>();
        reader.read(conn -> Sql.each(conn, COHORTS.formatted(ever.sql(), active.sql()), binds(ever, active, first), rs -> {
            long cohort = rs.getLong(1);
            long[] row = counts.computeIfAbsent(cohort, c -> new long[weeksUntil(c, lastWeek) + 1]);
            row[rs.getInt(2)] = rs.getLong(3);
        }));
        List<Retention.Cohort> cohorts = new ArrayList<>();
        counts.forEach((start, row) -> cohorts.add(new Retention.Cohort(Cursor.instant(start), row[0], fractions(row))));
        return new Retention(Collections.unmodifiableList(cohorts));
    }

    private static int weeksUntil(long cohortMicros, Instant lastWeek) {
        return (int) ChronoUnit.DAYS.between(Cursor.instant(cohortMicros), lastWeek) / 7;
    }

    private static List<Double> fractions(long[] row) {
        List<Double> out = new ArrayList<>(row.length);
        for (long n : row) {
            out.add(row[0] == 0 ? 0.0 : (double) n / row[0]);
        }
        return out;
    }
}
