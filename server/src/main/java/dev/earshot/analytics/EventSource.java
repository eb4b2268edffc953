package dev.earshot.analytics;

import dev.earshot.store.BoundSql;
import java.time.Instant;

/**
 * Where the additive questions (overview, top charts) read their rows from: the raw events, or rollups plus the
 * events they do not cover yet. Both give the same row shapes, so each question has one SQL text either way.
 */
interface EventSource {
    /**
     * One row per user and something: {@code user_id, events, plays, ms_played, skips, likes, shares,
     * engagement_sum, engagement_n}, for events with {@code ts} in {@code [from, to)} and the filter's dimensions.
     */
    BoundSql userRows(AnalyticsFilter f, Instant from, Instant to);

    /** One row per track and something: {@code track_id, plays, ms_played}, as {@link #userRows}. */
    BoundSql trackRows(AnalyticsFilter f, Instant from, Instant to);
}
