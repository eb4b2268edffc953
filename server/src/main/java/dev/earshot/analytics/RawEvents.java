package dev.earshot.analytics;

import dev.earshot.store.BoundSql;
import java.time.Instant;

/** The rows of {@link EventSource} straight from {@code events}: one per event. */
final class RawEvents implements EventSource {
    /** The one instance: it holds nothing, so every question and the rolled-up source share it. */
    static final RawEvents INSTANCE = new RawEvents();

    static final String USER_COLUMNS = """
            user_id, 1 AS events, (event_type = 'play')::BIGINT AS plays, coalesce(ms_played, 0) AS ms_played,
            (event_type = 'skip')::BIGINT AS skips, (event_type = 'like')::BIGINT AS likes,
            (event_type = 'share')::BIGINT AS shares, coalesce(engagement, 0) AS engagement_sum,
            (engagement IS NOT NULL)::BIGINT AS engagement_n""";
    static final String TRACK_COLUMNS = "track_id, (event_type = 'play')::BIGINT AS plays, coalesce(ms_played, 0) AS ms_played";
    /** The user-time rows: the event's own time (a rollup's is its hour, which every week and day it is read by holds). */
    static final String USER_TIME_COLUMNS = "ts AS t, user_id";
    /** Which events the genre rows count, their row from one event, and the same per group when folded. */
    static final String GENRE_PLAYS = "event_type = 'play' AND genre IS NOT NULL";
    static final String GENRE_COLUMNS = "ts AS t, genre, 1 AS plays";
    static final String GENRE_FOLD = "genre, count(*)";
    /** As the genre rows, for moods by the hour of the local day (null when the zone is unknown). */
    static final String MOOD_PLAYS = "event_type = 'play' AND mood IS NOT NULL";
    static final String MOOD_COLUMNS = "mood, hour(local_ts) AS local_hour, 1 AS plays";
    static final String MOOD_FOLD = "mood, hour(local_ts), count(*)";
    /** Plays by listener and track with the time of the first (of one event: its own). */
    static final String PLAYS = "event_type = 'play'";
    static final String PLAY_COLUMNS = "user_id, track_id, 1 AS plays, ts AS first_ts";
    static final String FIRST_PLAY_COLUMNS = "track_id, ts AS first_ts";

    private RawEvents() {
    }

    @Override
    public BoundSql userRows(AnalyticsFilter f, Instant from, Instant to) {
        return rows(USER_COLUMNS, "", f, from, to);
    }

    @Override
    public BoundSql trackRows(AnalyticsFilter f, Instant from, Instant to) {
        return rows(TRACK_COLUMNS, "", f, from, to);
    }

    @Override
    public BoundSql userTimes(AnalyticsFilter f, Instant from, Instant to) {
        return rows(USER_TIME_COLUMNS, "", f, from, to);
    }

    @Override
    public BoundSql genreRows(AnalyticsFilter f, Instant from, Instant to) {
        return rows(GENRE_COLUMNS, " AND " + GENRE_PLAYS, f, from, to);
    }

    @Override
    public BoundSql moodRows(AnalyticsFilter f, Instant from, Instant to) {
        return rows(MOOD_COLUMNS, " AND " + MOOD_PLAYS, f, from, to);
    }

    @Override
    public BoundSql playRows(AnalyticsFilter f, Instant from, Instant to) {
        return rows(PLAY_COLUMNS, " AND " + PLAYS, f, from, to);
    }

    @Override
    public BoundSql firstPlays(AnalyticsFilter f, Instant to) {
        return rows(FIRST_PLAY_COLUMNS, " AND " + PLAYS, f, Range.EARLIEST, to);
    }

    private static BoundSql rows(String columns, String which, AnalyticsFilter f, Instant from, Instant to) {
        BoundSql where = Sql.where(f, from, to);
        return new BoundSql("SELECT " + columns + " FROM listens WHERE " + where.sql() + which, where.binds());
    }
}
