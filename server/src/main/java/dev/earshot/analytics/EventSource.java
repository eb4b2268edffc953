package dev.earshot.analytics;

import dev.earshot.store.BoundSql;
import java.time.Instant;

/**
 * Where the additive questions read their rows from: the raw events, or rollups plus the events they do not cover
 * yet. Both give the same row shapes, so each question has one SQL text either way. Every method answers rows for
 * events with {@code ts} in {@code [from, to)} and the filter's platform and country; a row stands for one event
 * or for a group of them, so questions sum the counts and take the minimum of the times.
 */
interface EventSource {
    /**
     * One row per user and something: {@code user_id, events, plays, ms_played, skips, likes, shares,
     * engagement_sum, engagement_n}.
     */
    BoundSql userRows(AnalyticsFilter f, Instant from, Instant to);

    /** One row per track and something: {@code track_id, plays, ms_played}. */
    BoundSql trackRows(AnalyticsFilter f, Instant from, Instant to);

    /**
     * {@code t, user_id}: a user had events at {@code t}, which is exact or the start of the hour (so good for
     * grouping by week or day, not by minute).
     */
    BoundSql userTimes(AnalyticsFilter f, Instant from, Instant to);

    /** Plays with a genre: {@code t, genre, plays}, {@code t} as in {@link #userTimes}. */
    BoundSql genreRows(AnalyticsFilter f, Instant from, Instant to);

    /** Plays with a mood: {@code mood, local_hour, plays}; local_hour (0–23) is null when the zone is unknown. */
    BoundSql moodRows(AnalyticsFilter f, Instant from, Instant to);

    /** Plays: {@code user_id, track_id, plays, first_ts}, first_ts the earliest play the row counts. */
    BoundSql playRows(AnalyticsFilter f, Instant from, Instant to);
}
