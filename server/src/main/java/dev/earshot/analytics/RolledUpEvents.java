package dev.earshot.analytics;

import static dev.earshot.analytics.Sql.binds;

import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The rows of {@link EventSource} from the {@link Rollups} where they cover the range, and from {@code events}
 * where they do not: the ragged edges of the range (before its first and after its last whole rollup period)
 * and the events received after the watermark. The watermark is read in the same transaction (see
 * {@link Sql#WATERMARK}), so the rollups and the tail are one consistent snapshot and no event is counted twice
 * or missed.
 */
final class RolledUpEvents implements EventSource {
    private static final String UNROLLED = " AND received_at > make_timestamp(?)";
    private static final Grain USER_HOUR = new Grain(Rollups.USER_HOUR, "hour", ChronoUnit.HOURS,
            "user_id, events, plays, ms_played, skips, likes, shares, engagement_sum, engagement_n", RawEvents.USER_COLUMNS, "");
    private static final Grain TRACK_DAY = new Grain(Rollups.TRACK_DAY, "day", ChronoUnit.DAYS,
            "track_id, plays, ms_played", RawEvents.TRACK_COLUMNS, "");
    private static final Grain TRACK_DAY_ALL = new Grain(Rollups.TRACK_DAY_ALL, "day", ChronoUnit.DAYS,
            "track_id, plays, ms_played", RawEvents.TRACK_COLUMNS, "");
    private static final EventSource RAW = RawEvents.INSTANCE;
    private static final Grain USER_TIMES = new Grain(Rollups.USER_DAY, "day", ChronoUnit.DAYS,
            "day AS t, user_id", RawEvents.USER_TIME_COLUMNS, "");
    private static final Grain GENRE_HOUR = new Grain(Rollups.GENRE_HOUR, "hour", ChronoUnit.HOURS,
            "hour AS t, genre, plays", RawEvents.GENRE_COLUMNS, " AND " + RawEvents.GENRE_PLAYS);
    private static final Grain MOOD_HOUR = new Grain(Rollups.MOOD_HOUR, "hour", ChronoUnit.HOURS,
            "mood, local_hour, plays", RawEvents.MOOD_COLUMNS, " AND " + RawEvents.MOOD_PLAYS);

    /**
     * A rollup table, its time column and period, its row columns, the same row computed from one event, and
     * which events the rollup counts (" AND …", or "" for all).
     */
    private record Grain(String table, String timeColumn, ChronoUnit unit, String columns, String rawColumns,
                         String which) {
    }

    @Override
    public BoundSql userRows(AnalyticsFilter f, Instant from, Instant to) {
        return rows(f, from, to, USER_HOUR);
    }

    @Override
    public BoundSql trackRows(AnalyticsFilter f, Instant from, Instant to) {
        boolean unfiltered = f.platform() == null && f.country() == null;
        return rows(f, from, to, unfiltered ? TRACK_DAY_ALL : TRACK_DAY);
    }

    @Override
    public BoundSql userTimes(AnalyticsFilter f, Instant from, Instant to) {
        return rows(f, from, to, USER_TIMES);
    }

    @Override
    public BoundSql genreRows(AnalyticsFilter f, Instant from, Instant to) {
        return rows(f, from, to, GENRE_HOUR);
    }

    @Override
    public BoundSql moodRows(AnalyticsFilter f, Instant from, Instant to) {
        return rows(f, from, to, MOOD_HOUR);
    }

    /** From the events (see {@link Rollups}: no rollup of plays by listener and track pays for itself). */
    @Override
    public BoundSql playRows(AnalyticsFilter f, Instant from, Instant to) {
        return RAW.playRows(f, from, to);
    }

    /** The rolled-up first plays before {@code to}, and the plays received after the watermark. */
    @Override
    public BoundSql firstPlays(AnalyticsFilter f, Instant to) {
        BoundSql dims = f.dimensions("");
        BoundSql tail = Sql.where(f, Range.EARLIEST, to);
        String sql = "SELECT track_id, first_ts FROM " + Rollups.TRACK_FIRST + " WHERE first_ts < make_timestamp(?)"
                + dims.sql() + " UNION ALL SELECT " + RawEvents.FIRST_PLAY_COLUMNS + " FROM listens WHERE " + tail.sql()
                + UNROLLED + " AND " + RawEvents.PLAYS;
        return new BoundSql(sql, binds(Cursor.micros(to), dims, tail, Sql.WATERMARK));
    }

    private static BoundSql rows(AnalyticsFilter f, Instant from, Instant to, Grain g) {
        Instant start = ceil(from, g.unit());
        Instant end = to.truncatedTo(g.unit());
        if (!start.isBefore(end)) {
            start = from;
            end = from;
        }
        BoundSql dims = f.dimensions("");
        BoundSql before = Sql.where(f, from, start);
        BoundSql after = Sql.where(f, end, to);
        BoundSql tail = Sql.where(f, start, end);
        String raw = " UNION ALL SELECT " + g.rawColumns() + " FROM listens WHERE ";
        String sql = "SELECT " + g.columns() + " FROM " + g.table() + " WHERE " + g.timeColumn() + " >= make_timestamp(?) AND "
                + g.timeColumn() + " < make_timestamp(?)" + dims.sql()
                + raw + before.sql() + g.which() + raw + after.sql() + g.which() + raw + tail.sql() + UNROLLED + g.which();
        return new BoundSql(sql, binds(Cursor.micros(start), Cursor.micros(end), dims, before, after, tail,
                Sql.WATERMARK));
    }

    private static Instant ceil(Instant t, ChronoUnit unit) {
        Instant down = t.truncatedTo(unit);
        return down.equals(t) ? t : down.plus(1, unit);
    }
}
